import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApplicationDetail } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { cohortRecruitmentRoutes } from '../../enrollment.routes';
import {
  byTestId,
  descriptionOf,
  flushApiError,
  paramsOf,
  settle,
  textOf,
} from '@mentorbridge/web-shared-ui/testing';
import { application, applicationDetail, HR_LEAD, page } from '../testing/fixtures';

const URL = '/programs/p1/cohorts/c1/recruitment/applications/a7?tab=screening&flagged=true';

describe('ApplicationReviewPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(detail: ApplicationDetail = applicationDetail()): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(URL);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/applications/a7').flush(detail);
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

  it('shows who applied, why the goal needs a conversation and every answer', async () => {
    await open();

    expect(textOf(view.querySelector('h1'))).toBe('Ana Silva');
    expect(textOf(byTestId(view, 'application-status'))).toBe('To screen');
    const profile = textOf(byTestId(view, 'applicant-profile'));
    expect(profile).toContain('Software engineer');
    expect(profile).toContain('Mo Ali');
    expect(profile).toContain('English, Portuguese');
    expect(profile).toContain('Professional');
    expect(textOf(byTestId(view, 'goal-flag-reasons'))).toContain(
      'The goal does not say what the mentee wants to reach',
    );
    expect(textOf(byTestId(view, 'answer-preferred_seniority'))).toBe('One level above me');
    expect(view.querySelector('.back-link')?.getAttribute('href')).toBe(
      '/programs/p1/cohorts/c1/recruitment?tab=screening&flagged=true',
    );
  });

  it('approves the application and shows its new status', async () => {
    await open();

    byTestId(view, 'decision-approve').click();
    await stable();
    byTestId(dialog(), 'decision-confirm').click();
    await stable();

    const request = backend.expectOne('/api/applications/a7/decision');
    expect(request.request.body).toEqual({ decision: 'approve' });
    request.flush(
      application(7, {
        applicant: { id: 'u7', displayName: 'Ana Silva', email: 'ana@example.org' },
        status: 'approved',
        decidedAt: '2027-02-02T10:00:00Z',
      }),
    );
    await stable();

    expect(textOf(byTestId(view, 'application-status'))).toBe('Approved');
    backend.expectOne('/api/applications/a7').flush(
      applicationDetail({
        status: 'approved',
        decidedAt: '2027-02-02T10:00:00Z',
        decidedBy: { id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' },
      }),
    );
    await stable();
    expect(textOf(byTestId(view, 'decision-history'))).toContain('Approved Hana Reyes');
  });

  it('disables decisions the status does not allow, saying why', async () => {
    await open(
      applicationDetail({
        status: 'waitlisted',
        decidedAt: '2027-02-02T10:00:00Z',
        decisionMessage: 'You are on the waiting list.',
      }),
    );

    const waitlist = byTestId(view, 'decision-waitlist');
    expect(waitlist.getAttribute('aria-disabled')).toBe('true');
    await stable();
    expect(descriptionOf(waitlist)).toBe(
      'This application is already waitlisted: approve or reject it.',
    );
    expect(byTestId(view, 'decision-approve').getAttribute('aria-disabled')).not.toBe('true');
    expect(byTestId(view, 'decision-reject').getAttribute('aria-disabled')).not.toBe('true');
    expect(textOf(byTestId(view, 'decision-history'))).toContain('“You are on the waiting list.”');
  });

  it('shows a refusal of the API in the dialog', async () => {
    await open();

    byTestId(view, 'decision-waitlist').click();
    await stable();
    byTestId(dialog(), 'decision-confirm').click();
    await stable();
    flushApiError(backend.expectOne('/api/applications/a7/decision'), {
      status: 409,
      code: 'conflict',
      message: 'An application that is withdrawn cannot be given "waitlist".',
    });
    await stable();

    expect(textOf(byTestId(dialog(), 'decision-problems'))).toContain(
      'An application that is withdrawn cannot be given "waitlist".',
    );
  });

  it('opens the next application to screen once this one is decided', async () => {
    await open(applicationDetail({ status: 'rejected', decidedAt: '2027-02-02T10:00:00Z' }));

    byTestId(view, 'next-to-screen').click();
    await stable();
    const request = backend.expectOne((r) => r.url === '/api/cohorts/c1/applications');
    expect(paramsOf(request)).toEqual({
      status: 'submitted',
      sort: 'submittedAt',
      direction: 'asc',
      page: '1',
      pageSize: '2',
    });
    request.flush(page([application(8)]));
    await stable();

    expect(TestBed.inject(Router).url).toBe(
      '/programs/p1/cohorts/c1/recruitment/applications/a8?tab=screening&flagged=true',
    );
    backend.expectOne('/api/applications/a8').flush(applicationDetail({ id: 'a8' }));
  });
});
