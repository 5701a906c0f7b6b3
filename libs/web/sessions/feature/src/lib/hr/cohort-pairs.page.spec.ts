import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CheckInView,
  CohortDetail,
  FlagView,
  PairHealthView,
  PulseAnswerView,
  SessionView,
} from '@mentorbridge/shared-contracts';
import { cohortPairsRoutes } from './cohort-pairs.routes';

const BASE = '/programs/p1/cohorts/c1/pairs';

const COHORT: CohortDetail = {
  id: 'c1',
  programId: 'p1',
  programName: 'Growth Circles',
  name: 'Spring 2027',
  state: 'active',
  startDate: '2027-03-01',
  endDate: '2027-12-31',
  transitions: [],
  nextSteps: [],
  version: 1,
};

function pair(overrides: Partial<PairHealthView> = {}): PairHealthView {
  return {
    matchId: 'm1',
    mentor: { userId: 'u1', displayName: 'Mo Ali' },
    mentee: { userId: 'u2', displayName: 'Ana Silva' },
    activatedAt: '2027-03-10T09:00:00Z',
    sessionsHeld: 2,
    lastSessionAt: '2027-04-01T09:00:00Z',
    nextCheckInDue: '2027-04-09',
    checkInOverdue: false,
    checkIns: 1,
    openFlags: 0,
    risks: [],
    ...overrides,
  };
}

const AT_RISK = pair({
  matchId: 'm1',
  checkInOverdue: true,
  openFlags: 1,
  risks: [
    { reason: 'no_recent_session', detail: 'No session for 45 days' },
    { reason: 'open_flags', detail: '1 open concern' },
  ],
});
const ON_TRACK = pair({
  matchId: 'm2',
  mentor: { userId: 'u3', displayName: 'Lin Chen' },
  mentee: { userId: 'u4', displayName: 'Ben Okafor' },
});

const FLAG: FlagView = {
  id: 'f1',
  matchId: 'm1',
  raisedBy: 'mentee',
  topic: 'time',
  urgency: 'medium',
  message: 'We keep postponing.',
  status: 'open',
  createdAt: '2027-04-02T09:00:00Z',
  resolvedAt: null,
  resolution: null,
};

const SESSION: SessionView = {
  id: 's1',
  matchId: 'm1',
  scheduledAt: '2027-04-01T09:00:00Z',
  durationMinutes: 45,
  mode: 'video',
  status: 'no_show',
  location: null,
  agenda: null,
  cancelledBy: null,
  cancelReason: null,
  cancelNoticeHours: null,
  noShowBy: 'mentor',
  loggedAt: '2027-04-01T10:00:00Z',
  createdBy: 'mentor',
  notes: 0,
};

const PULSE: PulseAnswerView = {
  id: 'q1',
  side: 'mentee',
  dueOn: '2027-04-09',
  satisfaction: 2,
  comment: 'Hard to find time.',
  answeredAt: '2027-04-10T09:00:00Z',
};

const CHECK_IN: CheckInView = {
  id: 'k1',
  matchId: 'm1',
  at: '2027-03-24T12:00:00Z',
  channel: 'call',
  outcome: 'Off to a good start.',
  by: { id: 'hr-1', displayName: 'Hana Reyes' },
};

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function all(root: ParentNode, id: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
}

function one(root: ParentNode, id: string): HTMLElement {
  const [element] = all(root, id);
  if (!element) {
    throw new Error(`No element with data-testid="${id}"`);
  }
  return element;
}

function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('blur'));
}

const settle = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('CohortPairsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(pairs: PairHealthView[]): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(COHORT);
    backend.expectOne('/api/cohorts/c1/pairs').flush(pairs);
    await stable();
  }

  /** Opens the first pair's details and answers its four requests. */
  async function openDetails(
    flags: FlagView[] = [FLAG],
    checkIns: CheckInView[] = [CHECK_IN],
  ): Promise<HTMLElement> {
    one(view, 'pair-toggle').click();
    await stable();
    backend.expectOne('/api/matches/m1/sessions').flush([SESSION]);
    backend.expectOne('/api/matches/m1/check-ins').flush(checkIns);
    backend.expectOne('/api/matches/m1/flags').flush(flags);
    backend.expectOne('/api/matches/m1/pulses').flush([PULSE]);
    await stable();
    return one(view, 'pair-panel');
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'programs/:programId/cohorts/:cohortId/pairs', children: cohortPairsRoutes },
          { path: '**', children: [] },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('lists the pairs with their risks, the overdue check-in and the rules', async () => {
    await open([AT_RISK, ON_TRACK]);

    expect(textOf(view.querySelector('h1'))).toBe('Pairs · Spring 2027');
    expect(one(view, 'pairs-closures-link').getAttribute('href')).toBe(
      '/programs/p1/cohorts/c1/closures',
    );
    const rows = all(view, 'pair-row');
    expect(rows).toHaveLength(2);
    expect(textOf(rows[0] ?? null)).toContain('Mo Ali');
    expect(textOf(rows[0] ?? null)).toContain('Ana Silva');
    const chips = all(rows[0] ?? view, 'risk-chip').map(textOf);
    expect(chips).toEqual(['No session for a long time', 'A concern is open']);
    expect(textOf(rows[0] ?? null)).toContain('No session for 45 days');
    expect(all(rows[0] ?? view, 'check-in-overdue').map(textOf)).toEqual(['Overdue']);
    expect(all(rows[1] ?? view, 'risk-chip')).toHaveLength(0);
    expect(all(rows[1] ?? view, 'check-in-overdue')).toHaveLength(0);
    expect(textOf(rows[1] ?? null)).toContain('On track');
    expect(textOf(view)).toContain('1 of 2 pairs at risk');
    const rules = textOf(one(view, 'risk-rules'));
    expect(rules).toContain('1.5 × the program’s meeting cadence');
    expect(rules).toContain('day 14 and day 30');
  });

  it('filters to the pairs at risk', async () => {
    await open([AT_RISK, ON_TRACK]);

    one(view, 'at-risk-only').querySelector('button')?.click();
    await stable();

    expect(all(view, 'pair-row')).toHaveLength(1);
    expect(textOf(all(view, 'pair-row')[0] ?? null)).toContain('Mo Ali');
  });

  it('says what to do when the cohort has no active pairs', async () => {
    await open([]);

    expect(textOf(view)).toContain('No active pairs yet');
    expect(all(view, 'pair-row')).toHaveLength(0);
  });

  it('offers a retry when the pairs cannot be loaded', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(COHORT);
    backend
      .expectOne('/api/cohorts/c1/pairs')
      .flush({ statusCode: 500, message: 'Boom' }, { status: 500, statusText: 'Error' });
    await stable();

    expect(textOf(view)).toContain("We couldn't load the pairs");
  });

  it('shows a pair’s sessions, concerns, pulse answers and check-ins', async () => {
    await open([AT_RISK, ON_TRACK]);
    const toggle = one(view, 'pair-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');

    const panel = await openDetails();

    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(textOf(one(panel, 'pair-session'))).toContain('The mentor did not show up');
    expect(textOf(one(panel, 'pair-session'))).toContain('45 min');
    expect(textOf(one(panel, 'pair-flag'))).toContain('We keep postponing.');
    expect(textOf(one(panel, 'pair-pulse'))).toContain('Satisfaction 2/5');
    expect(textOf(one(panel, 'pair-pulse'))).toContain('Hard to find time.');
    expect(textOf(one(panel, 'pair-check-in'))).toContain('Off to a good start.');
  });

  it('logs a check-in, then refreshes the check-ins and the pairs', async () => {
    await open([AT_RISK]);
    const panel = await openDetails();
    const form = one(panel, 'log-check-in');
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');

    submit?.click();
    await stable();
    backend.expectNone('/api/matches/m1/check-ins');
    expect(textOf(form)).toContain('Write what you learned');

    const date = form.querySelector<HTMLInputElement>('input[type="date"]');
    if (!date) {
      throw new Error('No date field');
    }
    typeInto(date, '2027-04-12');
    const channel = form.querySelector<HTMLSelectElement>('select');
    if (channel) {
      channel.value = 'meeting';
      channel.dispatchEvent(new Event('change'));
    }
    const outcome = form.querySelector<HTMLTextAreaElement>('textarea');
    if (!outcome) {
      throw new Error('No outcome field');
    }
    typeInto(outcome, 'They agreed on a fortnightly slot.');
    submit?.click();
    await stable();

    const post = backend.expectOne(
      (request) => request.method === 'POST' && request.url === '/api/matches/m1/check-ins',
    );
    expect(post.request.body).toEqual({
      at: new Date('2027-04-12T12:00:00').toISOString(),
      channel: 'meeting',
      outcome: 'They agreed on a fortnightly slot.',
    });
    post.flush({ ...CHECK_IN, id: 'k2' }, { status: 201, statusText: 'Created' });
    await stable();

    backend
      .expectOne(
        (request) => request.method === 'GET' && request.url === '/api/matches/m1/check-ins',
      )
      .flush([CHECK_IN, { ...CHECK_IN, id: 'k2', outcome: 'They agreed on a fortnightly slot.' }]);
    backend.expectOne('/api/cohorts/c1/pairs').flush([{ ...AT_RISK, checkInOverdue: false }]);
    await stable();

    expect(all(panel, 'pair-check-in')).toHaveLength(2);
    expect(all(view, 'check-in-overdue')).toHaveLength(0);
  });

  it('resolves a concern only with a note, and sends the note', async () => {
    await open([AT_RISK]);
    const panel = await openDetails();

    one(panel, 'resolve-flag').click();
    await stable();
    const dialog = document.querySelector<HTMLElement>('mb-resolve-flag-dialog');
    if (!dialog) {
      throw new Error('The resolve dialog is not open');
    }
    one(dialog, 'resolve-confirm').click();
    await stable();
    backend.expectNone('/api/flags/f1/resolve');
    expect(textOf(dialog)).toContain('Write a short note');

    typeInto(one(dialog, 'resolve-note') as HTMLTextAreaElement, 'Talked to both; new slot.');
    one(dialog, 'resolve-confirm').click();
    await stable();

    const request = backend.expectOne('/api/flags/f1/resolve');
    expect(request.request.body).toEqual({ note: 'Talked to both; new slot.' });
    request.flush({ ...FLAG, status: 'resolved', resolution: 'Talked to both; new slot.' });
    await stable();
    await settle(10);

    backend.expectOne('/api/matches/m1/flags').flush([
      {
        ...FLAG,
        status: 'resolved',
        resolvedAt: '2027-04-12T09:00:00Z',
        resolution: 'Talked to both; new slot.',
      },
    ]);
    backend.expectOne('/api/cohorts/c1/pairs').flush([{ ...AT_RISK, openFlags: 0, risks: [] }]);
    await stable();

    expect(document.querySelector('mb-resolve-flag-dialog')).toBeNull();
    expect(all(view, 'resolve-flag')).toHaveLength(0);
    expect(textOf(one(view, 'pair-flag'))).toContain('Talked to both; new slot.');
    expect(all(view, 'risk-chip')).toHaveLength(0);
  });
});
