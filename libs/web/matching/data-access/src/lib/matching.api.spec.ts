import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  DEFAULT_MATCHING_SETTINGS,
  MatchRunDetail,
  MatchRunSummary,
  MatchView,
} from '@mentorbridge/shared-contracts';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { MATCH_RUN_POLL_INTERVAL, MatchingApi } from './matching.api';
import { matchStateChip, mentorRequestStateChip, runOptimalityChip } from './matching-status';

function summary(overrides: Partial<MatchRunSummary> = {}): MatchRunSummary {
  return {
    id: 'r1',
    cohortId: 'c1',
    number: 1,
    state: 'running',
    createdAt: '2027-04-01T09:00:00Z',
    createdBy: null,
    finishedAt: null,
    durationMs: null,
    solverVersion: '1',
    progress: { phase: 'scoring', percent: 40 },
    objective: null,
    mentees: 10,
    mentors: 5,
    unmatchedMentees: 0,
    edits: 0,
    error: null,
    ...overrides,
  };
}

function detail(overrides: Partial<MatchRunDetail> = {}): MatchRunDetail {
  return {
    ...summary(),
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    settings: DEFAULT_MATCHING_SETTINGS,
    proposals: [],
    unmatched: [],
    mentorsWithFreeCapacity: [],
    ...overrides,
  };
}

function match(overrides: Partial<MatchView> = {}): MatchView {
  const person = { department: null, title: null, seniorityLevel: null };
  return {
    id: 'm1',
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    state: 'proposed',
    mentor: { userId: 'u1', displayName: 'Mo Ali', ...person },
    mentee: { userId: 'u2', displayName: 'Ana Silva', ...person },
    mentorResponse: 'pending',
    menteeResponse: 'pending',
    score: 72,
    criteria: [],
    proposedAt: '2027-04-02T09:00:00Z',
    respondBy: '2027-04-09T09:00:00Z',
    activatedAt: null,
    plannedEnd: null,
    endedAt: null,
    declineReason: null,
    mySide: 'mentee',
    ...overrides,
  };
}

describe('MatchingApi', () => {
  let backend: HttpTestingController;
  let api: MatchingApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATCH_RUN_POLL_INTERVAL, useValue: 5 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(MatchingApi);
  });

  afterEach(() => backend.verify());

  it('saves a program’s matching settings and shows refused fields on the form', () => {
    api.saveSettings('p 1', DEFAULT_MATCHING_SETTINGS).subscribe();
    const request = backend.expectOne('/api/programs/p%201/matching-settings');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual(DEFAULT_MATCHING_SETTINGS);
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400]);
    request.flush(DEFAULT_MATCHING_SETTINGS);
  });

  it('starts a run with an empty body and lets the page show a 409 itself', () => {
    api.startRun('c1').subscribe();
    const request = backend.expectOne('/api/cohorts/c1/match-runs');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([409]);
    request.flush(summary());
  });

  it('asks for a running run again until it is a draft, emitting each answer', async () => {
    const seen = lastValueFrom(api.watchRun('r1').pipe(toArray()));

    backend.expectOne('/api/match-runs/r1').flush(detail());
    await new Promise((resolve) => setTimeout(resolve, 10));
    backend
      .expectOne('/api/match-runs/r1')
      .flush(detail({ progress: { phase: 'solving', percent: 80 } }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    backend.expectOne('/api/match-runs/r1').flush(
      detail({
        state: 'draft',
        progress: { phase: 'done', percent: 100 },
        objective: { matched: 10, totalScore: 700, optimal: true },
      }),
    );

    expect((await seen).map((run) => [run.state, run.progress.percent])).toEqual([
      ['running', 40],
      ['running', 80],
      ['draft', 100],
    ]);
  });

  it('stops asking for the run list once no run is running', async () => {
    const seen = lastValueFrom(api.watchRuns('c1').pipe(toArray()));

    backend.expectOne('/api/cohorts/c1/match-runs').flush([summary()]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    backend.expectOne('/api/cohorts/c1/match-runs').flush([summary({ state: 'draft' })]);

    expect((await seen).map((runs) => runs[0]?.state)).toEqual(['running', 'draft']);
  });

  it('explains a pair with the mentor and mentee as query parameters', async () => {
    const result = firstValueFrom(api.explain('r1', 'u1', 'u2'));
    const request = backend.expectOne((r) => r.url === '/api/match-runs/r1/explain');
    expect(request.request.params.get('mentor')).toBe('u1');
    expect(request.request.params.get('mentee')).toBe('u2');
    request.flush({ score: null, forbidden: ['reporting_line'] });
    expect((await result).forbidden).toEqual(['reporting_line']);
  });

  it('swaps two proposals by id and shows a forbidden pair’s 409 in the dialog', () => {
    api.swap('r1', ['p1', 'p2']).subscribe();
    const request = backend.expectOne('/api/match-runs/r1/swap');
    expect(request.request.body).toEqual({ proposalIds: ['p1', 'p2'] });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
    request.flush(detail({ state: 'draft' }));
  });

  it('publishes, discards and compares runs on their own routes', () => {
    api.publish('r1').subscribe();
    api.discard('r2').subscribe();
    api.compare('r1', 'r2').subscribe();
    expect(backend.expectOne('/api/match-runs/r1/publish').request.method).toBe('POST');
    expect(backend.expectOne('/api/match-runs/r2/discard').request.method).toBe('POST');
    expect(backend.expectOne('/api/match-runs/r1/compare/r2').request.method).toBe('GET');
  });

  it('adds and removes the cohort’s pins and bans', () => {
    api
      .addConstraint('c1', { kind: 'ban', mentorUserId: 'u1', menteeUserId: 'u2', reason: 'x' })
      .subscribe();
    api.removeConstraint('k1').subscribe();
    const add = backend.expectOne('/api/cohorts/c1/match-constraints');
    expect(add.request.method).toBe('POST');
    expect(add.request.body).toEqual({
      kind: 'ban',
      mentorUserId: 'u1',
      menteeUserId: 'u2',
      reason: 'x',
    });
    expect(backend.expectOne('/api/match-constraints/k1').request.method).toBe('DELETE');
  });

  it('answers a match with a reason when declining', () => {
    api.myMatches().subscribe();
    api.respond('m1', { accept: false, reason: 'We work on the same team' }).subscribe();
    expect(backend.expectOne('/api/me/matches').request.method).toBe('GET');
    const request = backend.expectOne('/api/matches/m1/respond');
    expect(request.request.body).toEqual({ accept: false, reason: 'We work on the same team' });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
  });

  it('publishes a cohort’s shortlists and lets the page show a 409 itself', async () => {
    const result = firstValueFrom(api.publishShortlists('c 1'));
    const request = backend.expectOne('/api/cohorts/c%201/shortlists');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({});
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([409]);
    request.flush({
      mentees: 4,
      withShortlist: 3,
      entries: 9,
      maxExposure: 2,
      generatedAt: '2027-04-01T09:00:00Z',
    });
    expect((await result).withShortlist).toBe(3);
  });

  it('pages through a cohort’s mentor requests', () => {
    api.cohortMentorRequests('c1', { page: 2, pageSize: 10 }).subscribe();
    api.cohortMentorRequests('c2').subscribe();
    const paged = backend.expectOne((r) => r.url === '/api/cohorts/c1/mentor-requests');
    expect(paged.request.method).toBe('GET');
    expect(paged.request.params.get('page')).toBe('2');
    expect(paged.request.params.get('pageSize')).toBe('10');
    const plain = backend.expectOne((r) => r.url === '/api/cohorts/c2/mentor-requests');
    expect(plain.request.params.keys()).toEqual([]);
    paged.flush({ items: [], total: 0, page: 2, pageSize: 10 });
    plain.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('asks a mentor with a message, withdraws, and reads my shortlists and requests', () => {
    api.myShortlists().subscribe();
    api.myMentorRequests().subscribe();
    api.requestMentor('c1', { mentorUserId: 'u1', message: 'Hello' }).subscribe();
    api.withdrawMentorRequest('q 1').subscribe();
    expect(backend.expectOne('/api/me/shortlists').request.method).toBe('GET');
    expect(backend.expectOne('/api/me/mentor-requests').request.method).toBe('GET');
    const ask = backend.expectOne('/api/cohorts/c1/mentor-requests');
    expect(ask.request.method).toBe('POST');
    expect(ask.request.body).toEqual({ mentorUserId: 'u1', message: 'Hello' });
    expect(ask.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
    const withdraw = backend.expectOne('/api/mentor-requests/q%201/withdraw');
    expect(withdraw.request.method).toBe('POST');
    expect(withdraw.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([404, 409]);
  });

  it('answers a mentor request, with a reason when declining', () => {
    api.respondToMentorRequest('q1', { accept: false, reason: 'No time this spring' }).subscribe();
    const request = backend.expectOne('/api/mentor-requests/q1/respond');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ accept: false, reason: 'No time this spring' });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 404, 409]);
  });
});

describe('matching status chips', () => {
  it('tells an optimal run from one edited by hand', () => {
    const objective = { matched: 3, totalScore: 200, optimal: true };
    expect(runOptimalityChip({ objective, edits: 0 })?.label).toBe('Proven optimal');
    expect(runOptimalityChip({ objective, edits: 2 })?.label).toBe('Edited by hand');
    expect(runOptimalityChip({ objective: null, edits: 0 })).toBeNull();
  });

  it('reads a proposed match from the viewer’s side', () => {
    expect(matchStateChip(match()).label).toBe('Your answer is needed');
    expect(matchStateChip(match({ menteeResponse: 'accepted' })).label).toBe(
      'Waiting for your partner',
    );
    expect(matchStateChip(match({ state: 'active' })).label).toBe('Active');
    expect(matchStateChip(match({ state: 'declined' })).label).toBe('Declined');
  });

  it('tells a completed relationship from one that ended early', () => {
    expect(matchStateChip(match({ state: 'completed' }))).toEqual({
      label: 'Completed',
      tone: 'success',
      icon: 'task_alt',
    });
    expect(matchStateChip(match({ state: 'closed_early' })).label).toBe('Ended early');
  });

  it('labels mentor requests with text and an icon, not colour alone', () => {
    expect(mentorRequestStateChip('open')).toEqual({
      label: 'Waiting for the mentor',
      tone: 'info',
      icon: 'hourglass_top',
    });
    expect(mentorRequestStateChip('accepted').label).toBe('Accepted');
    expect(mentorRequestStateChip('withdrawn').tone).toBe('neutral');
  });
});
