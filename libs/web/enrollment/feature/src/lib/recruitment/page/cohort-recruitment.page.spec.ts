import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { cohortRecruitmentRoutes } from '../../enrollment.routes';
import {
  allByTestId,
  byTestId,
  flushApiError,
  settle,
  textOf,
} from '@mentorbridge/web-shared-ui/testing';
import { cohort, funnel, HR_LEAD, message, page } from '../testing/fixtures';

const BASE = '/programs/p1/cohorts/c1/recruitment';

describe('CohortRecruitmentPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohort());
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
    await stable();
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
          { path: 'programs/:programId/cohorts/:cohortId', children: [] },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(() => backend.verify());

  it('names the cohort, its program and state, and links back to the cohort', async () => {
    await open(`${BASE}?tab=funnel`);

    expect(textOf(view.querySelector('h1'))).toBe('Recruitment · Spring 2027');
    expect(textOf(view)).toContain('Growth Circles');
    expect(textOf(byTestId(view, 'cohort-state'))).toBe('Recruiting');
    expect(view.querySelector('.back-link')?.getAttribute('href')).toBe('/programs/p1/cohorts/c1');
  });

  it('keeps the open tab in the URL', async () => {
    await open(`${BASE}?tab=funnel`);
    expect(byTestId(view, 'recruitment-tab-funnel').getAttribute('aria-selected')).toBe('true');

    byTestId(view, 'recruitment-tab-messages').click();
    await stable();

    expect(TestBed.inject(Router).url).toBe(`${BASE}?tab=messages`);
    backend.expectOne((r) => r.url === '/api/cohorts/c1/messages').flush(page([]));
    await stable();
    expect(textOf(view)).toContain('No messages yet');
  });

  it('shows the funnel per role with counts and conversion from the stage before', async () => {
    await open(`${BASE}?tab=funnel`);

    const mentees = byTestId(view, 'funnel-mentee');
    const rows = [...mentees.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => textOf(cell)),
    );
    expect(rows).toEqual([
      ['Invited', '80 people', '—'],
      ['Applied', '50 people', '63% of invited'],
      ['Approved', '20 people', '40% of applied'],
      ['Matched', '0 people', '0% of approved'],
    ]);
    const mentors = byTestId(view, 'funnel-mentor');
    expect(textOf(mentors.querySelector('[data-stage="matched"]'))).toContain(
      'No one approved yet',
    );
    expect(textOf(byTestId(view, 'funnel-to-screen'))).toContain('23');
    expect(textOf(view)).toContain('How is this computed?');
  });

  it('says when the funnel cannot be loaded and tries again', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`${BASE}?tab=funnel`);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohort());
    flushApiError(backend.expectOne('/api/cohorts/c1/funnel'), {
      status: 404,
      code: 'not_found',
      message: 'Not found',
    });
    await stable();

    expect(textOf(view)).toContain("We couldn't load the funnel");
    [...view.querySelectorAll('button')].find((b) => textOf(b) === 'Try again')?.click();
    await stable();
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
    await stable();
    expect(textOf(byTestId(view, 'funnel-mentee'))).toContain('63% of invited');
  });

  it('shows every message with its status and the full text as it was sent', async () => {
    await open(`${BASE}?tab=messages`);
    backend
      .expectOne((r) => r.url === '/api/cohorts/c1/messages')
      .flush(
        page([
          message(1),
          message(2, {
            status: 'failed',
            kind: 'application-decision',
            sentAt: null,
            error: 'Mailbox unavailable',
          }),
        ]),
      );
    await stable();

    const messages = allByTestId(view, 'message');
    expect(textOf(messages[0] ?? null)).toContain('You are invited to Growth Circles (1)');
    expect(textOf(messages[0]?.querySelector('mb-status-chip') ?? null)).toBe('Sent');
    expect(textOf(messages[1]?.querySelector('mb-status-chip') ?? null)).toBe('Failed');
    expect(textOf(messages[1] ?? null)).toContain('Decision');

    messages[1]?.querySelector<HTMLElement>('mat-expansion-panel-header')?.click();
    await stable();
    expect(byTestId(messages[1] as HTMLElement, 'message-text').textContent).toBe(
      'Hello,\n\nYou are invited.\n\nHana',
    );
    expect(textOf(messages[1] ?? null)).toContain('Mailbox unavailable');
  });

  it('says so when the cohort is not one the HR lead runs', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    flushApiError(backend.expectOne('/api/cohorts/c1'), {
      status: 404,
      code: 'not_found',
      message: 'Not found',
    });
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
    await stable();

    expect(textOf(view.querySelector('h1'))).toBe('Cohort not found');
  });
});
