import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApplicationSummary, CohortDetail } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { cohortRecruitmentRoutes } from '../../enrollment.routes';
import {
  allByTestId,
  byTestId,
  clickChip,
  descriptionOf,
  errorByLabel,
  flushApiError,
  paramsOf,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { application, cohort, funnel, HR_LEAD, page } from '../testing/fixtures';

const BASE = '/programs/p1/cohorts/c1/recruitment';

describe('Screening', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/cohorts/c1/applications');
  }

  /** Opens the recruitment page and answers the cohort, funnel and facets calls. */
  async function open(url: string, detail: CohortDetail = cohort()): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(detail);
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
    await stable();
    backend
      .expectOne('/api/users/facets')
      .flush({ departments: ['Engineering', 'Sales'], locations: [] });
  }

  async function showRows(rows: ApplicationSummary[], total = rows.length): Promise<void> {
    expectList().flush(page(rows, total));
    await stable();
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mb-decision-dialog');
    if (!element) {
      throw new Error('The decision dialog is not open');
    }
    return element;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'programs/:programId/cohorts/:cohortId/recruitment',
            children: cohortRecruitmentRoutes,
          },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('shows what is still to screen by default, with the count on the tab', async () => {
    await open(BASE);

    expect(paramsOf(expectList())).toEqual({ status: 'submitted', page: '1', pageSize: '25' });
    expect(textOf(byTestId(view, 'recruitment-tab-screening'))).toContain('23');
    expect(byTestId(view, 'recruitment-tab-screening').getAttribute('aria-selected')).toBe('true');
  });

  it('asks the API for exactly the filters, sorting and page in the URL', async () => {
    await open(
      `${BASE}?tab=screening&role=mentee&status=all&flagged=true&department=Sales&search=ana&sort=name&direction=desc&page=2&pageSize=50`,
    );

    expect(paramsOf(expectList())).toEqual({
      role: 'mentee',
      flagged: 'true',
      department: 'Sales',
      search: 'ana',
      sort: 'name',
      direction: 'desc',
      page: '2',
      pageSize: '50',
    });
  });

  it('filters to goals that need a conversation from page 1, and shows the flags', async () => {
    await open(`${BASE}?page=3`);
    await showRows([application(1)], 80);

    clickChip(view, 'Needs a conversation');
    await stable();

    expect(paramsOf(expectList())).toEqual({
      status: 'submitted',
      flagged: 'true',
      page: '1',
      pageSize: '25',
    });
    expect(TestBed.inject(Router).url).toBe(`${BASE}?tab=screening&flagged=true`);
  });

  it('shows each applicant with a status chip in words and a goal flag explaining the conversation', async () => {
    await open(BASE);
    await showRows([
      application(1, {
        applicant: { id: 'u1', displayName: 'Ana Silva', email: 'ana@example.org' },
        goalFlag: 'generic',
        highlight: 'I want to grow',
      }),
      application(2, {
        applicant: { id: 'u2', displayName: 'Bo Chen', email: 'bo@example.org' },
        status: 'waitlisted',
      }),
    ]);

    const rows = allByTestId(view, 'application-row');
    expect(rows.map((row) => textOf(row.querySelector('.name')))).toEqual(['Ana Silva', 'Bo Chen']);
    expect(rows.map((row) => textOf(row.querySelector('mb-status-chip')))).toEqual([
      'To screen',
      'Waitlisted',
    ]);
    const flag = byTestId(rows[0] as HTMLElement, 'goal-flag');
    expect(textOf(flag)).toBe('Goal too generic');
    await stable();
    expect(descriptionOf(flag)).toContain('Ask the mentee for a concrete outcome');
    expect(rows[1]?.querySelector('[data-testid="goal-flag"]')).toBeNull();
  });

  it('says there is nothing to screen when the queue is empty', async () => {
    await open(BASE);
    await showRows([]);

    expect(textOf(view)).toContain('Nothing to screen — everyone has an answer');
  });

  it('approves the selected applications in one call and reports the ones that could not be', async () => {
    await open(BASE);
    await showRows([
      application(1, { applicant: { id: 'u1', displayName: 'Ana Silva', email: 'a@x.org' } }),
      application(2, { applicant: { id: 'u2', displayName: 'Bo Chen', email: 'b@x.org' } }),
      application(3, { applicant: { id: 'u3', displayName: 'Cy Diaz', email: 'c@x.org' } }),
    ]);

    const boxes = allByTestId(view, 'select-application');
    boxes[0]?.querySelector('input')?.click();
    boxes[2]?.querySelector('input')?.click();
    await stable();
    expect(textOf(view)).toContain('2 selected');

    byTestId(view, 'bulk-approve').click();
    await stable();
    byTestId(dialog(), 'decision-confirm').click();
    await stable();

    const request = backend.expectOne('/api/cohorts/c1/applications/decisions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ decision: 'approve', applicationIds: ['a1', 'a3'] });
    request.flush({
      decided: 1,
      failed: [{ applicationId: 'a3', message: 'The applicant withdrew the application.' }],
    });
    await stable();

    const outcome = byTestId(view, 'bulk-outcome');
    expect(textOf(outcome)).toContain('1 decided, 1 could not be:');
    expect(textOf(outcome)).toContain('Cy Diaz — The applicant withdrew the application.');
    // The queue and the counts are refreshed.
    expectList().flush(page([application(2)]));
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel({ toScreen: 22 }));
    await stable();
    expect(allByTestId(view, 'select-application')).toHaveLength(1);
  });

  it('refuses to reject without a reason and a message, and shows the server’s field errors', async () => {
    await open(BASE);
    await showRows([application(1)]);

    allByTestId(view, 'select-application')[0]?.querySelector('input')?.click();
    await stable();
    byTestId(view, 'bulk-reject').click();
    await stable();

    expect(textOf(byTestId(dialog(), 'message-counter'))).toBe('0 / 20 minimum');
    byTestId(dialog(), 'decision-confirm').click();
    await stable();
    backend.expectNone('/api/cohorts/c1/applications/decisions');
    expect(errorByLabel(dialog(), 'Internal reason')).toBe('Enter the reason (kept for HR).');
    expect(errorByLabel(dialog(), 'Message to the applicant')).toBe(
      'Write the message the applicant will read.',
    );

    typeInto(byTestId<HTMLTextAreaElement>(dialog(), 'decision-reason'), 'Too junior');
    typeInto(byTestId<HTMLTextAreaElement>(dialog(), 'decision-message'), 'Thanks for applying');
    await stable();
    expect(errorByLabel(dialog(), 'Message to the applicant')).toBe(
      'The message needs at least 20 characters.',
    );
    typeInto(
      byTestId<HTMLTextAreaElement>(dialog(), 'decision-message'),
      'Thanks for applying — please try the next cohort.',
    );
    await stable();
    byTestId(dialog(), 'decision-confirm').click();
    await stable();

    const request = backend.expectOne('/api/cohorts/c1/applications/decisions');
    expect(request.request.body).toEqual({
      decision: 'reject',
      applicationIds: ['a1'],
      reason: 'Too junior',
      message: 'Thanks for applying — please try the next cohort.',
    });
    flushApiError(request, {
      status: 400,
      code: 'validation_failed',
      message: 'Rejecting needs a reason and a message to the applicant.',
      details: [{ field: 'reason', message: 'a reason is required to reject (kept for HR)' }],
    });
    await stable();

    expect(errorByLabel(dialog(), 'Internal reason')).toBe(
      'A reason is required to reject (kept for HR).',
    );
    expect(textOf(byTestId(dialog(), 'decision-problems'))).toContain(
      'Rejecting needs a reason and a message to the applicant.',
    );
  });

  it('disables bulk decisions with the reason when the cohort is past screening', async () => {
    await open(BASE, cohort({ state: 'active' }));
    await showRows([application(1)]);

    allByTestId(view, 'select-application')[0]?.querySelector('input')?.click();
    await stable();
    const approve = byTestId(view, 'bulk-approve');
    expect(approve.getAttribute('aria-disabled')).toBe('true');
    await stable();
    expect(descriptionOf(approve)).toContain(
      'Screening is possible while the cohort is Recruiting',
    );
  });
});
