import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CohortDetail } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { byTestId, descriptionOf, settle, textOf, typeInto } from '../testing/dom';
import {
  cohortDetail,
  flushApiError,
  HANA,
  ORG_HR_LEAD,
  READINESS_GATE,
} from '../testing/fixtures';
import { CohortPage } from './cohort.page';

const BLOCKED: CohortDetail = cohortDetail({
  nextSteps: [{ to: 'recruiting', allowed: false, blockedBy: READINESS_GATE, overridable: true }],
});

describe('CohortPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(cohort: CohortDetail): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/programs/p1/cohorts/c1');
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohort);
    await stable();
    flushFunnel();
    await stable();
  }

  /** Recruiting and matching cohorts show how many applications wait for screening. */
  function flushFunnel(): void {
    for (const request of backend.match('/api/cohorts/c1/funnel')) {
      request.flush({ cohortId: 'c1', byRole: {}, toScreen: 12, waitlisted: 0, withdrawn: 0 });
    }
  }

  function dialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mb-transition-dialog');
    if (!element) {
      throw new Error('The transition dialog is not open');
    }
    return element;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'programs/:programId/cohorts/:cohortId', component: CohortPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(ORG_HR_LEAD);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    flushFunnel();
    backend.verify();
  });

  it('shows where the cohort is in its life cycle', async () => {
    await open(cohortDetail({ state: 'matching', nextSteps: [] }));

    expect(textOf(byTestId(view, 'cohort-state'))).toBe('Matching');
    const steps = [...view.querySelectorAll('mb-cohort-timeline li .label')].map((label) =>
      textOf(label),
    );
    expect(steps).toEqual([
      'Draft (passed)',
      'Recruiting (passed)',
      'Matching (current state)',
      'Active',
      'Closing',
      'Closed (archived)',
    ]);
    expect(view.querySelector('[aria-current="step"]')?.textContent).toContain('Matching');
  });

  it('links to the cohort’s recruitment with the number of applications to screen', async () => {
    await open(cohortDetail({ state: 'recruiting', nextSteps: [] }));

    const link = byTestId(view, 'recruitment-link');
    expect(link.getAttribute('href')).toBe('/programs/p1/cohorts/c1/recruitment');
    expect(textOf(link)).toBe('Recruitment · 12 to screen');
  });

  it('links to the cohort’s matching runs, pairs, closures and dashboard', async () => {
    await open(cohortDetail({ state: 'matching', nextSteps: [] }));

    const link = byTestId(view, 'matching-link');
    expect(link.getAttribute('href')).toBe('/programs/p1/cohorts/c1/matching');
    expect(textOf(link)).toBe('Matching');
    const pairs = byTestId(view, 'pairs-link');
    expect(pairs.getAttribute('href')).toBe('/programs/p1/cohorts/c1/pairs');
    expect(textOf(pairs)).toBe('Pairs');
    const closures = byTestId(view, 'closures-link');
    expect(closures.getAttribute('href')).toBe('/programs/p1/cohorts/c1/closures');
    expect(textOf(closures)).toBe('Closures');
    const dashboard = byTestId(view, 'dashboard-link');
    expect(dashboard.getAttribute('href')).toBe('/reports/cohorts/c1');
    expect(textOf(dashboard)).toBe('Dashboard');
  });

  it('disables a move the readiness gate blocks, says why and links to readiness', async () => {
    await open(BLOCKED);

    const action = byTestId<HTMLButtonElement>(view, 'cohort-action-recruiting');
    expect(textOf(action)).toBe('Open recruitment');
    expect(action.getAttribute('aria-disabled')).toBe('true');
    await stable();
    expect(descriptionOf(action)).toBe(READINESS_GATE);
    expect(textOf(view)).toContain(READINESS_GATE);
    const link = [...view.querySelectorAll('a')].find((a) => textOf(a) === 'Open readiness');
    expect(link?.getAttribute('href')).toBe('/programs/p1/readiness');

    action.click();
    await stable();
    expect(document.querySelector('mb-transition-dialog')).toBeNull();
  });

  it('overrides the gate only with a written reason of at least 20 characters', async () => {
    await open(BLOCKED);

    byTestId(view, 'cohort-override').click();
    await stable();
    expect(textOf(byTestId(dialog(), 'gate-message'))).toBe(READINESS_GATE);

    typeInto(byTestId<HTMLTextAreaElement>(dialog(), 'transition-reason'), 'Budget agreed');
    await stable();
    expect(textOf(byTestId(dialog(), 'reason-counter'))).toBe('13 / 20');
    byTestId(dialog(), 'confirm-transition').click();
    await stable();

    backend.expectNone('/api/cohorts/c1/transitions');
    expect(textOf(dialog().querySelector('mat-error'))).toBe(
      'Write at least 20 characters: why is it right to go ahead?',
    );

    const reason = 'Budget approved by the CFO on 3 March';
    typeInto(byTestId<HTMLTextAreaElement>(dialog(), 'transition-reason'), reason);
    await stable();
    byTestId(dialog(), 'confirm-transition').click();
    await stable();

    const request = backend.expectOne('/api/cohorts/c1/transitions');
    expect(request.request.body).toEqual({ to: 'recruiting', reason, overrideGate: true });
    request.flush(
      cohortDetail({
        state: 'recruiting',
        version: 2,
        nextSteps: [{ to: 'matching', allowed: true, blockedBy: null, overridable: false }],
        transitions: [
          {
            id: 't1',
            from: 'draft',
            to: 'recruiting',
            actor: HANA,
            at: '2027-02-01T09:30:00Z',
            reason,
            gateOverridden: true,
          },
        ],
      }),
    );
    await stable(50);

    expect(textOf(byTestId(view, 'cohort-state'))).toBe('Recruiting');
    const log = textOf(byTestId(view, 'transition-log'));
    expect(log).toContain('Gate overridden');
    expect(log).toContain('Hana Reyes');
    expect(log).toContain(reason);
  });

  it('asks before a move, posts it and shows the cohort in its new state', async () => {
    await open(cohortDetail());

    byTestId(view, 'cohort-action-recruiting').click();
    await stable();
    expect(textOf(dialog().querySelector('h2'))).toBe('Open recruitment for Spring 2027?');
    byTestId(dialog(), 'confirm-transition').click();
    await stable();

    const request = backend.expectOne('/api/cohorts/c1/transitions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'recruiting' });
    request.flush(
      cohortDetail({
        state: 'recruiting',
        version: 2,
        nextSteps: [{ to: 'matching', allowed: true, blockedBy: null, overridable: false }],
      }),
    );
    await stable(50);

    expect(textOf(byTestId(view, 'cohort-state'))).toBe('Recruiting');
    expect(textOf(byTestId(view, 'cohort-action-matching'))).toBe('Start matching');
    expect(view.querySelector('[data-testid="cohort-action-recruiting"]')).toBeNull();
  });

  it('explains a refused move in the dialog and refreshes the cohort behind it', async () => {
    await open(cohortDetail());

    byTestId(view, 'cohort-action-recruiting').click();
    await stable();
    byTestId(dialog(), 'confirm-transition').click();
    await stable();
    flushApiError(backend.expectOne('/api/cohorts/c1/transitions'), {
      status: 409,
      code: 'gate_blocked',
      message: READINESS_GATE,
    });
    await stable();

    expect(textOf(byTestId(dialog(), 'transition-error'))).toBe(READINESS_GATE);
    backend.expectOne('/api/cohorts/c1').flush(BLOCKED);
    await stable();
    expect(byTestId(view, 'cohort-action-recruiting').getAttribute('aria-disabled')).toBe('true');
  });
});
