import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CohortDetail,
  MatchConstraintView,
  MatchRunComparison,
  MatchRunSummary,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MATCH_RUN_POLL_INTERVAL } from '@mentorbridge/web-matching-data-access';
import { cohortMatchingRoutes } from '../matching.routes';
import {
  allByTestId,
  byTestId,
  descriptionOf,
  flushApiError,
  settle,
  textOf,
} from '@mentorbridge/web-shared-ui/testing';
import {
  cohort,
  constraint,
  HR_LEAD,
  MENTEES,
  MENTORS,
  PROGRAM,
  runDetail,
  runSummary,
} from '../testing/fixtures';

const BASE = '/programs/p1/cohorts/c1/matching';
const RUNS = '/api/cohorts/c1/match-runs';
const CONSTRAINTS = '/api/cohorts/c1/match-constraints';

describe('CohortMatchingPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(
    runs: MatchRunSummary[],
    constraints: MatchConstraintView[] = [],
    detail: CohortDetail = cohort(),
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(detail);
    backend.expectOne(RUNS).flush(runs);
    backend.expectOne(CONSTRAINTS).flush(constraints);
    await stable();
    // The program says whether mentees choose (not here: the mentee-choice section stays out).
    backend.expectOne('/api/programs/p1').flush(PROGRAM);
    await stable();
  }

  function dialog(selector: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`${selector} is not open`);
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
            path: 'programs/:programId/cohorts/:cohortId/matching',
            children: cohortMatchingRoutes,
          },
          { path: 'programs/:programId/cohorts/:cohortId', children: [] },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MATCH_RUN_POLL_INTERVAL, useValue: 5 },
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

  it('explains what a run does when there is none yet', async () => {
    await open([]);

    expect(textOf(view.querySelector('h1'))).toBe('Matching · Spring 2027');
    expect(textOf(view)).toContain('No match runs yet');
    expect(textOf(view)).toContain('Nothing is sent to anyone until you review the proposal');
    expect(byTestId(view, 'no-constraints')).toBeTruthy();
    expect(view.querySelector('.back-link')?.getAttribute('href')).toBe('/programs/p1/cohorts/c1');
    expect(view.querySelector('[data-testid="mentee-choice"]')).toBeNull();
  });

  it('starts a run, shows its progress, then lists it as a draft to review', async () => {
    await open([]);

    byTestId(view, 'new-run').click();
    await stable();
    const start = backend.expectOne({ method: 'POST', url: RUNS });
    expect(start.request.body).toEqual({});
    const running = runSummary({
      state: 'running',
      objective: null,
      durationMs: null,
      progress: { phase: 'scoring', percent: 35 },
    });
    start.flush(running, { status: 202, statusText: 'Accepted' });
    await stable();
    backend.expectOne({ method: 'GET', url: RUNS }).flush([running]);
    await stable();

    const progress = byTestId(view, 'run-progress');
    expect(textOf(progress)).toContain('Run #2 is running');
    expect(textOf(byTestId(progress, 'run-phase'))).toBe('Scoring every pair · 35%');
    expect(progress.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('35');
    const newRun = byTestId<HTMLButtonElement>(view, 'new-run');
    expect(newRun.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(newRun)).toBe('Run #2 is still running: wait for it to finish.');

    await stable(10);
    backend.expectOne({ method: 'GET', url: RUNS }).flush([runSummary()]);
    await stable();

    expect(view.querySelector('[data-testid="run-progress"]')).toBeNull();
    const [row] = allByTestId(view, 'run-row');
    expect(textOf(row ?? null)).toContain('Run #2');
    expect(textOf(row ?? null)).toContain('Draft — to review');
    expect(textOf(row ?? null)).toContain('3 of 4');
    expect(textOf(row ?? null)).toContain('182.5');
    expect(textOf(row ?? null)).toContain('Proven optimal');
    expect(textOf(row ?? null)).toContain('4.2 s');
    expect(textOf(row ?? null)).toContain('Hana Reyes');
    expect(byTestId(view, 'new-run').getAttribute('aria-disabled')).toBeNull();
  });

  it('shows why a run could not start', async () => {
    await open([runSummary()]);

    byTestId(view, 'new-run').click();
    await stable();
    flushApiError(backend.expectOne({ method: 'POST', url: RUNS }), {
      status: 409,
      code: 'conflict',
      message: 'A run of this cohort is already running.',
    });
    await stable();
    backend.expectOne({ method: 'GET', url: RUNS }).flush([runSummary()]);
    await stable();

    expect(textOf(byTestId(view, 'matching-problem'))).toContain(
      'A run of this cohort is already running.',
    );
  });

  it('allows runs only while the cohort is matching, and says why', async () => {
    await open([], [], cohort({ state: 'recruiting' }));

    const newRun = byTestId<HTMLButtonElement>(view, 'new-run');
    expect(newRun.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(newRun)).toBe(
      'Runs are possible while the cohort is Matching; Spring 2027 is Recruiting.',
    );
    newRun.click();
    await stable();
    backend.expectNone({ method: 'POST', url: RUNS });
  });

  it('opens a run from its row', async () => {
    await open([runSummary(), runSummary({ id: 'run-1', number: 1, state: 'discarded' })]);

    allByTestId(view, 'run-row')[1]?.click();
    await stable();

    expect(TestBed.inject(Router).url).toBe(`${BASE}/runs/run-1`);
    backend.expectOne('/api/cohorts/c1').flush(cohort());
    backend.expectOne('/api/match-runs/run-1').flush(runDetail({ id: 'run-1', number: 1 }));
    backend.expectOne(CONSTRAINTS).flush([]);
    await stable();
    expect(textOf(view.ownerDocument.querySelector('h1'))).toBe('Run #1 of Spring 2027');
  });

  it('lists the pins and bans and removes one', async () => {
    await open(
      [],
      [
        constraint('k1', 'pin', MENTORS.mo, MENTEES.ben),
        constraint('k2', 'ban', MENTORS.lin, MENTEES.ana, 'They share a project'),
      ],
    );

    const rows = allByTestId(view, 'constraint-row');
    expect(rows.map((row) => textOf(row.querySelector('mb-status-chip')))).toEqual([
      'Pinned',
      'Excluded',
    ]);
    expect(textOf(rows[1] ?? null)).toContain('Lin Chen mentors Ana Silva');
    expect(textOf(rows[1] ?? null)).toContain('“They share a project”');

    const remove = byTestId<HTMLButtonElement>(rows[1] as HTMLElement, 'remove-constraint');
    expect(remove.getAttribute('aria-label')).toBe('Allow Lin Chen and Ana Silva again');
    remove.click();
    await stable();
    backend.expectOne({ method: 'DELETE', url: '/api/match-constraints/k2' }).flush(null);
    await stable();
    backend.expectOne(CONSTRAINTS).flush([constraint('k1', 'pin', MENTORS.mo, MENTEES.ben)]);
    await stable();

    expect(allByTestId(view, 'constraint-row')).toHaveLength(1);
  });

  it('compares two runs: pairs in both, and pairs only one of them proposes', async () => {
    const older = runSummary({ id: 'run-1', number: 1, state: 'discarded' });
    const newer = runSummary();
    await open([newer, older]);

    byTestId(view, 'compare-runs').click();
    await stable();
    const comparison: MatchRunComparison = {
      a: older,
      b: newer,
      same: 2,
      onlyInA: [{ mentor: MENTORS.mo, mentee: MENTEES.ana, score: 58 }],
      onlyInB: [{ mentor: MENTORS.mo, mentee: MENTEES.ben, score: 71.5 }],
    };
    backend.expectOne('/api/match-runs/run-1/compare/run-2').flush(comparison);
    await stable();

    const open_ = dialog('mb-compare-runs-dialog');
    expect(textOf(byTestId(open_, 'compare-same'))).toBe('2 pairs in both');
    expect(textOf(byTestId(open_, 'compare-only-a'))).toContain('Mo Ali → Ana Silva, score 58');
    expect(textOf(byTestId(open_, 'compare-only-b'))).toContain('Mo Ali → Ben Okafor, score 71.5');

    const loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const runA = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="compare-run-a"]' }),
    );
    await runA.clickOptions({ text: /Run #2/ });
    await stable();
    expect(textOf(open_)).toContain('Choose two different runs.');
  });

  it('needs two finished runs to compare', async () => {
    await open([runSummary()]);

    const compare = byTestId(view, 'compare-runs');
    expect(compare.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(compare)).toBe('Comparing needs two finished runs.');
  });
});
