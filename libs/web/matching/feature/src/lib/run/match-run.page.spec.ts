import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CohortDetail,
  HARD_RULE_LABELS,
  MatchConstraintView,
  MatchRunDetail,
  PublishResult,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MATCH_RUN_POLL_INTERVAL } from '@mentorbridge/web-matching-data-access';
import { cohortMatchingRoutes } from '../matching.routes';
import {
  allByTestId,
  buttonByText,
  byTestId,
  descriptionOf,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import {
  cohort,
  constraint,
  explanation,
  HR_LEAD,
  MENTEES,
  MENTORS,
  proposal,
  runDetail,
  runningRun,
  runSummary,
} from '../testing/fixtures';

const BASE = '/programs/p1/cohorts/c1/matching';
const RUN = '/api/match-runs/run-2';
const CONSTRAINTS = '/api/cohorts/c1/match-constraints';

describe('MatchRunPage', () => {
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
    run: MatchRunDetail = runDetail(),
    constraints: MatchConstraintView[] = [],
    cohortDetail: CohortDetail = cohort(),
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`${BASE}/runs/run-2`);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohortDetail);
    backend.expectOne(RUN).flush(run);
    backend.expectOne(CONSTRAINTS).flush(constraints);
    await stable();
  }

  function rows(): HTMLElement[] {
    return allByTestId(view, 'proposal-row');
  }

  function rowOf(name: string): HTMLElement {
    const row = rows().find((element) => textOf(element).includes(name));
    if (!row) {
      throw new Error(`No proposal row with ${name}`);
    }
    return row;
  }

  function dialog(selector: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`${selector} is not open`);
    }
    return element;
  }

  function check(row: HTMLElement): void {
    const input = byTestId(row, 'select-pair').querySelector('input') as HTMLInputElement;
    input.click();
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

  it('shows the progress while the run works, then the proposed pairs once it is a draft', async () => {
    await open(runningRun(40), [constraint('k3', 'pin', MENTORS.kai, MENTEES.cleo)]);

    const progress = byTestId(view, 'run-progress');
    expect(textOf(byTestId(progress, 'run-phase'))).toBe('Scoring every pair · 40%');
    expect(progress.querySelector('mat-progress-bar')?.getAttribute('mode')).toBe('determinate');
    expect(rows()).toHaveLength(0);
    expect(byTestId(view, 'publish-run').getAttribute('aria-disabled')).toBe('true');

    await stable(10);
    backend.expectOne(RUN).flush(runningRun(80));
    await stable();
    expect(textOf(byTestId(view, 'run-phase'))).toBe('Finding the best pairs · 80%');

    await stable(10);
    backend.expectOne(RUN).flush(runDetail());
    await stable(10);
    backend.expectNone(RUN);

    expect(view.querySelector('[data-testid="run-progress"]')).toBeNull();
    expect(rows()).toHaveLength(3);
    expect(allByTestId(view, 'proposal-score').map((cell) => textOf(cell))).toEqual([
      '71.5',
      '64',
      '47',
    ]);
    expect(textOf(byTestId(view, 'objective-matched'))).toBe('3 of 4');
    expect(textOf(byTestId(view, 'objective-score'))).toBe('182.5');
    expect(textOf(byTestId(view, 'run-quality'))).toBe('Proven optimal');
    expect(textOf(byTestId(view, 'warning-summary'))).toBe('No common availability: 1 pair');
    expect(textOf(rowOf('Kai Berg'))).toContain('Pinned');
    const unmatched = byTestId(view, 'unmatched-mentee');
    expect(textOf(unmatched.querySelector('.name'))).toBe('Dev Patel');
    expect(textOf(unmatched.querySelector('.reason'))).toBe('Every allowed mentor is full');
    expect(textOf(byTestId(view, 'free-mentor'))).toContain('Lin Chen');
    expect(textOf(byTestId(view, 'free-mentor'))).toContain('1 place free');
  });

  it("names the run's cohort and program from the run itself", async () => {
    // The cohort request answers with stale names: the header follows the run.
    await open(
      runDetail({ cohortName: 'Autumn 2027', programName: 'Lead Well' }),
      [],
      cohort({ name: 'Old name', programName: 'Old program' }),
    );

    const header = byTestId(view, 'run-header');
    expect(textOf(header.querySelector('h1'))).toBe('Run #2 of Autumn 2027');
    expect(textOf(header.querySelector('.subtitle'))).toBe('Lead Well');
    expect(textOf(view.querySelector('.back-link'))).toContain('Matching · Autumn 2027');
    expect(textOf(view)).not.toContain('Old name');
  });

  it('says when a run was edited by hand', async () => {
    await open(runDetail({ edits: 1, objective: { matched: 3, totalScore: 170, optimal: false } }));

    expect(textOf(byTestId(view, 'run-quality'))).toBe('Edited by hand');
  });

  it('opens the per-criterion breakdown of a pair', async () => {
    await open();

    rowOf('Lin Chen').click();
    await stable();

    const panel = byTestId(view, 'pair-breakdown');
    expect(textOf(panel.querySelector('h3'))).toBe('Lin Chen and Ana Silva');
    expect(document.activeElement?.id).toBe('pair-breakdown-heading');
    const lines = allByTestId(panel, 'criterion-row').map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => textOf(cell)),
    );
    expect(lines[0]).toEqual([
      'Skills ↔ expertise',
      '67%',
      '5',
      '+34',
      '2 of 3 target skills: Negotiation, Leadership',
    ]);
    expect(lines[1]).toEqual(['Availability', '80%', '3', '0', 'Two common weekly slots']);
    expect(panel.querySelectorAll('mb-criterion-bars li')).toHaveLength(4);
    expect(textOf(panel)).toContain('No common availability');
    expect(byTestId(rowOf('Lin Chen'), 'show-breakdown').getAttribute('aria-expanded')).toBe(
      'true',
    );

    (panel.querySelector('button[aria-label="Close the breakdown"]') as HTMLElement).click();
    await stable();
    expect(view.querySelector('[data-testid="pair-breakdown"]')).toBeNull();
  });

  it('filters the pairs by name and sorts them by score', async () => {
    await open();

    typeInto(byTestId<HTMLInputElement>(view, 'proposal-filter'), 'okafor');
    await stable();
    expect(rows().map((row) => textOf(row.querySelector('.name')))).toEqual(['Mo Ali']);

    typeInto(byTestId<HTMLInputElement>(view, 'proposal-filter'), '');
    await stable();
    const scoreHeader = view.querySelector('th.score-head .mat-sort-header-container');
    (scoreHeader as HTMLElement).click();
    await stable();
    expect(allByTestId(view, 'proposal-score').map((cell) => textOf(cell))).toEqual([
      '47',
      '64',
      '71.5',
    ]);
  });

  it('swaps the mentors of two selected pairs, showing the score change first', async () => {
    await open();
    const swapButton = byTestId(view, 'swap-pairs');
    expect(descriptionOf(swapButton)).toBe('Select two pairs to swap their mentors (0 selected).');

    check(rowOf('Mo Ali'));
    check(rowOf('Lin Chen'));
    await stable();
    expect(swapButton.getAttribute('aria-disabled')).toBeNull();
    expect(byTestId(rowOf('Kai Berg'), 'select-pair').querySelector('input')?.disabled).toBe(true);

    swapButton.click();
    await stable();
    backend
      .expectOne(
        (r) =>
          r.url === `${RUN}/explain` &&
          r.params.get('mentor') === MENTORS.lin.userId &&
          r.params.get('mentee') === MENTEES.ben.userId,
      )
      .flush(explanation(MENTORS.lin, MENTEES.ben, { score: 70 }));
    backend
      .expectOne(
        (r) =>
          r.url === `${RUN}/explain` &&
          r.params.get('mentor') === MENTORS.mo.userId &&
          r.params.get('mentee') === MENTEES.ana.userId,
      )
      .flush(explanation(MENTORS.mo, MENTEES.ana, { score: 60 }));
    await stable();

    const swap = dialog('mb-swap-dialog');
    expect(allByTestId(swap, 'swap-after-pair').map((row) => textOf(row))).toEqual([
      'Lin Chen → Ben Okafor, score 70',
      'Mo Ali → Ana Silva, score 60',
    ]);
    expect(textOf(byTestId(swap, 'swap-change'))).toBe('Together 130 (-5.5 points)');

    byTestId(swap, 'confirm-swap').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: `${RUN}/swap` });
    expect(request.request.body).toEqual({ proposalIds: ['prop-1', 'prop-2'] });
    request.flush(
      runDetail({
        edits: 2,
        objective: { matched: 3, totalScore: 177, optimal: false },
        proposals: [
          proposal('prop-1', MENTORS.lin, MENTEES.ben, 70, { edited: true }),
          proposal('prop-2', MENTORS.mo, MENTEES.ana, 60, { edited: true }),
          proposal('prop-3', MENTORS.kai, MENTEES.cleo, 47, { pinned: true }),
        ],
      }),
    );
    await stable();

    expect(textOf(rows()[0] ?? null)).toContain('Lin Chen');
    expect(textOf(rows()[0] ?? null)).toContain('Ben Okafor');
    expect(textOf(rows()[0] ?? null)).toContain('Placed by hand');
    expect(textOf(byTestId(view, 'run-quality'))).toBe('Edited by hand');
    expect(textOf(byTestId(view, 'objective-score'))).toBe('177');
    expect(document.querySelector('mb-swap-dialog')).toBeNull();
  });

  it('does not offer a swap that would break a hard rule, and shows a refused swap', async () => {
    await open();
    check(rowOf('Mo Ali'));
    check(rowOf('Lin Chen'));
    await stable();
    byTestId(view, 'swap-pairs').click();
    await stable();
    const [first, second] = backend.match((r) => r.url === `${RUN}/explain`);
    first?.flush(
      explanation(MENTORS.lin, MENTEES.ben, { score: null, forbidden: ['reporting_line'] }),
    );
    second?.flush(explanation(MENTORS.mo, MENTEES.ana, { score: 52 }));
    await stable();

    const swap = dialog('mb-swap-dialog');
    expect(textOf(swap)).toContain('Lin Chen → Ben Okafor, score Not allowed');
    expect(textOf(swap)).toContain(HARD_RULE_LABELS.reporting_line);
    expect(byTestId<HTMLButtonElement>(swap, 'confirm-swap').disabled).toBe(true);
  });

  it('says why a pinned pair, or two pairs of one mentor, cannot be swapped', async () => {
    await open(
      runDetail({
        proposals: [
          proposal('prop-1', MENTORS.mo, MENTEES.ben, 71.5),
          proposal('prop-2', MENTORS.mo, MENTEES.ana, 64),
          proposal('prop-3', MENTORS.kai, MENTEES.cleo, 47, { pinned: true }),
        ],
      }),
      [constraint('k1', 'pin', MENTORS.kai, MENTEES.cleo)],
    );
    const swapButton = byTestId(view, 'swap-pairs');

    check(rowOf('Ben Okafor'));
    check(rowOf('Cleo Duarte'));
    await stable();
    expect(swapButton.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(swapButton)).toBe(
      'Kai Berg and Cleo Duarte are pinned: unpin them to swap.',
    );

    check(rowOf('Cleo Duarte'));
    await stable();
    check(rowOf('Ana Silva'));
    await stable();
    expect(descriptionOf(swapButton)).toBe('Mo Ali mentors both pairs: swapping changes nothing.');
    swapButton.click();
    await stable();
    expect(document.querySelector('mb-swap-dialog')).toBeNull();
    backend.expectNone(`${RUN}/explain`);
  });

  it('keeps the dialog open with the server’s reason when a swap is refused', async () => {
    await open();
    check(rowOf('Mo Ali'));
    check(rowOf('Lin Chen'));
    await stable();
    byTestId(view, 'swap-pairs').click();
    await stable();
    // The first failure cancels the other preview request.
    backend.match((r) => r.url === `${RUN}/explain`)[0]?.error(new ProgressEvent('offline'));
    await stable();
    const swap = dialog('mb-swap-dialog');
    expect(textOf(swap)).toContain('The new scores could not be worked out; you can still swap.');

    byTestId(swap, 'confirm-swap').click();
    await stable();
    flushApiError(backend.expectOne(`${RUN}/swap`), {
      status: 409,
      code: 'conflict',
      message: 'Kai Berg may not mentor Ben Okafor: they are in the same reporting line.',
    });
    await stable();

    expect(textOf(byTestId(swap, 'swap-problem'))).toContain('same reporting line');
  });

  it('asks before publishing, says both sides are notified, then publishes', async () => {
    await open();

    byTestId(view, 'publish-run').click();
    await stable();
    const confirm = dialog('mb-confirm-dialog');
    expect(textOf(confirm.querySelector('h2'))).toBe('Publish 3 pairs?');
    expect(textOf(confirm)).toContain('each mentor and each mentee — will be notified');
    expect(textOf(confirm)).toContain('1 mentee stays unmatched.');
    backend.expectNone(`${RUN}/publish`);

    byTestId(confirm, 'confirm-dialog-confirm').click();
    await stable();
    const publish = backend.expectOne({ method: 'POST', url: `${RUN}/publish` });
    const result: PublishResult = {
      run: runSummary({ state: 'published' }),
      published: 3,
      notified: 6,
    };
    publish.flush(result);
    await stable();
    backend.expectOne(RUN).flush(runDetail({ state: 'published' }));
    await stable();

    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain(
      'Published 3 pairs; 6 people notified.',
    );
    expect(textOf(byTestId(view, 'run-state'))).toBe('Published');
    const publishButton = byTestId(view, 'publish-run');
    expect(publishButton.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(publishButton)).toBe(
      'Only a draft can be published; this run is Published.',
    );
  });

  it('publishes nothing when the HR lead cancels', async () => {
    await open();

    byTestId(view, 'publish-run').click();
    await stable();
    buttonByText(dialog('mb-confirm-dialog'), 'Cancel').click();
    await stable();

    backend.expectNone(`${RUN}/publish`);
  });

  it('asks for a reason before excluding a pair from later runs', async () => {
    await open();

    byTestId(rowOf('Lin Chen'), 'ban-pair').click();
    await stable();
    const ban = dialog('mb-reason-dialog');
    expect(textOf(ban.querySelector('h2'))).toBe('Never pair Lin Chen and Ana Silva?');
    byTestId(ban, 'confirm-ban').click();
    await stable();
    expect(textOf(ban.querySelector('mat-error'))).toBe('Enter the reason.');
    backend.expectNone(CONSTRAINTS);

    typeInto(byTestId<HTMLTextAreaElement>(ban, 'ban-reason'), '  They work on the same project  ');
    await stable();
    byTestId(ban, 'confirm-ban').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: CONSTRAINTS });
    expect(request.request.body).toEqual({
      kind: 'ban',
      mentorUserId: MENTORS.lin.userId,
      menteeUserId: MENTEES.ana.userId,
      reason: 'They work on the same project',
    });
    const created = constraint(
      'k9',
      'ban',
      MENTORS.lin,
      MENTEES.ana,
      'They work on the same project',
    );
    request.flush(created);
    await stable();
    backend.expectOne({ method: 'GET', url: CONSTRAINTS }).flush([created]);
    await stable();

    expect(textOf(rowOf('Lin Chen'))).toContain('Excluded from later runs');
    expect(byTestId(rowOf('Lin Chen'), 'ban-pair').getAttribute('aria-label')).toBe(
      'Allow Lin Chen and Ana Silva again',
    );
  });

  it('pins a pair so every re-run keeps it, and unpins it', async () => {
    await open(runDetail(), [constraint('k3', 'pin', MENTORS.kai, MENTEES.cleo)]);

    const pin = byTestId(rowOf('Mo Ali'), 'pin-pair');
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    pin.click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: CONSTRAINTS });
    expect(request.request.body).toEqual({
      kind: 'pin',
      mentorUserId: MENTORS.mo.userId,
      menteeUserId: MENTEES.ben.userId,
    });
    request.flush(constraint('k4', 'pin', MENTORS.mo, MENTEES.ben));
    await stable();
    backend
      .expectOne({ method: 'GET', url: CONSTRAINTS })
      .flush([
        constraint('k3', 'pin', MENTORS.kai, MENTEES.cleo),
        constraint('k4', 'pin', MENTORS.mo, MENTEES.ben),
      ]);
    await stable();
    expect(byTestId(rowOf('Mo Ali'), 'pin-pair').getAttribute('aria-pressed')).toBe('true');
    expect(textOf(byTestId(view, 'rerun'))).toBe('Re-run with pins kept (2)');

    byTestId(rowOf('Kai Berg'), 'pin-pair').click();
    await stable();
    backend.expectOne({ method: 'DELETE', url: '/api/match-constraints/k3' }).flush(null);
    await stable();
    backend
      .expectOne({ method: 'GET', url: CONSTRAINTS })
      .flush([constraint('k4', 'pin', MENTORS.mo, MENTEES.ben)]);
    await stable();
    expect(textOf(rowOf('Kai Berg'))).not.toContain('Pinned');
  });

  it('explains why a pair is not allowed', async () => {
    await open();
    const whyNot = byTestId(view, 'why-not');
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const [mentor, mentee] = await loader.getAllHarnesses(
      MatAutocompleteHarness.with({ ancestor: '[data-testid="why-not"]' }),
    );

    byTestId(whyNot, 'why-not-explain').click();
    await stable();
    expect(textOf(whyNot)).toContain('Pick a mentor from the list.');
    backend.expectNone((r) => r.url === `${RUN}/explain`);

    await mentor?.enterText('kai');
    await mentor?.selectOption({ text: /Kai Berg/ });
    await mentee?.enterText('ana');
    await mentee?.selectOption({ text: /Ana Silva/ });
    await stable();
    byTestId(whyNot, 'why-not-explain').click();
    await stable();
    const request = backend.expectOne((r) => r.url === `${RUN}/explain`);
    expect(request.request.params.get('mentor')).toBe(MENTORS.kai.userId);
    expect(request.request.params.get('mentee')).toBe(MENTEES.ana.userId);
    request.flush(
      explanation(MENTORS.kai, MENTEES.ana, {
        score: null,
        forbidden: ['reporting_line', 'banned'],
        criteria: [],
      }),
    );
    await stable();

    const result = byTestId(whyNot, 'why-not-result');
    expect(textOf(result)).toContain('This pair is not allowed');
    expect(textOf(byTestId(result, 'forbidden-rules'))).toContain(HARD_RULE_LABELS.reporting_line);
    expect(textOf(byTestId(result, 'forbidden-rules'))).toContain(HARD_RULE_LABELS.banned);
    expect(textOf(byTestId(result, 'breakdown-score'))).toBe('Not scored');
    expect(textOf(result)).toContain("Not in this run's proposal");
  });

  it('starts a new run with the pins kept and opens it', async () => {
    await open();

    byTestId(view, 'rerun').click();
    await stable();
    backend
      .expectOne({ method: 'POST', url: '/api/cohorts/c1/match-runs' })
      .flush(runSummary({ id: 'run-3', number: 3, state: 'running', objective: null }));
    await stable();

    expect(TestBed.inject(Router).url).toBe(`${BASE}/runs/run-3`);
    backend.expectOne('/api/match-runs/run-3').flush(runningRun(5, { id: 'run-3', number: 3 }));
    await stable();
    expect(textOf(view.ownerDocument.querySelector('h1'))).toBe('Run #3 of Spring 2027');
    expect(textOf(byTestId(view, 'run-phase'))).toBe('Scoring every pair · 5%');
    await stable(10);
    backend.expectOne('/api/match-runs/run-3').flush(runDetail({ id: 'run-3', number: 3 }));
    await stable();
  });

  it('offers no re-run once the cohort has moved on, and says why', async () => {
    await open(runDetail({ state: 'published' }), [], cohort({ state: 'active' }));

    const rerun = byTestId(view, 'rerun');
    expect(rerun.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(rerun)).toBe(
      'Runs are possible while the cohort is Matching; Spring 2027 is Active.',
    );
    expect(byTestId(rowOf('Mo Ali'), 'pin-pair').getAttribute('aria-disabled')).toBe('true');
    rerun.click();
    await stable();
    backend.expectNone('/api/cohorts/c1/match-runs');
  });

  it('asks before discarding a draft', async () => {
    await open();

    byTestId(view, 'discard-run').click();
    await stable();
    const confirm = dialog('mb-confirm-dialog');
    expect(textOf(confirm.querySelector('h2'))).toBe('Discard run #2?');
    byTestId(confirm, 'confirm-dialog-confirm').click();
    await stable();
    backend
      .expectOne({ method: 'POST', url: `${RUN}/discard` })
      .flush(runSummary({ state: 'discarded' }));
    await stable();
    backend.expectOne(RUN).flush(runDetail({ state: 'discarded' }));
    await stable();

    expect(textOf(byTestId(view, 'run-state'))).toBe('Discarded');
    expect(byTestId(view, 'swap-pairs').getAttribute('aria-disabled')).toBe('true');
  });

  it('explains an empty proposal and a failed run', async () => {
    await open(
      runDetail({ proposals: [], objective: { matched: 0, totalScore: 0, optimal: true } }),
    );
    expect(textOf(view)).toContain('This run proposes no pairs');
    expect(descriptionOf(byTestId(view, 'publish-run'))).toBe('This run proposes no pairs.');
  });

  it('shows why a run failed', async () => {
    await open(runDetail({ state: 'failed', error: 'No approved mentors', proposals: [] }));

    expect(textOf(byTestId(view, 'run-failed'))).toContain('No approved mentors');
    expect(view.querySelector('[data-testid="why-not"]')).toBeNull();
  });

  it('tells when the run does not exist', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`${BASE}/runs/run-2`);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohort());
    flushApiError(backend.expectOne(RUN), { status: 404, code: 'not_found', message: 'Not found' });
    backend.expectOne(CONSTRAINTS).flush([]);
    await stable();

    expect(textOf(view)).toContain("We couldn't find this match run");
  });
});
