import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  CohortDetail,
  DEFAULT_MATCHING_SETTINGS,
  MentorRequestView,
  Page,
  ProgramDetail,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MATCH_RUN_POLL_INTERVAL } from '@mentorbridge/web-matching-data-access';
import { cohortMatchingRoutes } from '../matching.routes';
import {
  allByTestId,
  byTestId,
  descriptionOf,
  flushApiError,
  paramsOf,
  settle,
  textOf,
} from '@mentorbridge/web-shared-ui/testing';
import { cohort, criteria, HR_LEAD, MENTEES, MENTORS, PROGRAM } from '../testing/fixtures';
import { shortlistResultMessage } from './mentee-choice-section.component';

const BASE = '/programs/p1/cohorts/c1/matching';
const REQUESTS = '/api/cohorts/c1/mentor-requests';
const SHORTLISTS = '/api/cohorts/c1/shortlists';

const MENTEE_CHOICE = { ...PROGRAM, matchingMode: 'mentee_choice' } as ProgramDetail;

function request(overrides: Partial<MentorRequestView> = {}): MentorRequestView {
  return {
    id: 'q1',
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    programName: 'Growth Circles',
    state: 'open',
    mentor: MENTORS.mo,
    mentee: MENTEES.ben,
    message: 'I would love to learn negotiation from you.',
    score: 71.5,
    criteria: criteria(),
    createdAt: '2027-04-02T09:00:00Z',
    expiresAt: '2027-04-09T09:00:00Z',
    respondedAt: null,
    closedReason: null,
    matchId: null,
    ...overrides,
  };
}

function page(items: MentorRequestView[], total = items.length, at = 1): Page<MentorRequestView> {
  return { items, total, page: at, pageSize: 25 };
}

describe('Mentee choice on the cohort matching page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(
    requests: Page<MentorRequestView>,
    detail: CohortDetail = cohort(),
    program: ProgramDetail = MENTEE_CHOICE,
  ): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(detail);
    backend.expectOne('/api/cohorts/c1/match-runs').flush([]);
    backend.expectOne('/api/cohorts/c1/match-constraints').flush([]);
    await stable();
    backend.expectOne('/api/programs/p1').flush(program);
    await stable();
    backend
      .expectOne('/api/programs/p1/matching-settings')
      .flush({ ...DEFAULT_MATCHING_SETTINGS, shortlistSize: 4, requestExpiryDays: 5 });
    const list = backend.expectOne((r) => r.url === REQUESTS);
    expect(paramsOf(list)).toEqual({ page: '1', pageSize: '25' });
    list.flush(requests);
    await stable();
  }

  function section(): HTMLElement {
    return byTestId(view, 'mentee-choice');
  }

  function confirmButton(): HTMLButtonElement {
    const button = document.querySelector<HTMLButtonElement>(
      'mb-confirm-dialog [data-testid="confirm-dialog-confirm"]',
    );
    if (!button) {
      throw new Error('The confirm dialog is not open');
    }
    return button;
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
    TestBed.inject(MatSnackBar).dismiss();
    await settle();
    backend.verify();
  });

  it('explains mentee choice next to the runs, with an empty state until requests come', async () => {
    await open(page([]));

    expect(textOf(section().querySelector('h2'))).toBe('Mentee choice');
    expect(textOf(byTestId(section(), 'choice-intro'))).toContain(
      'a ranked list of suggested mentors (up to 4 mentors)',
    );
    expect(textOf(byTestId(section(), 'choice-intro'))).toContain(
      'within 5 days, or the request expires',
    );
    expect(textOf(byTestId(section(), 'no-requests'))).toContain('No requests yet');
    // HR may still run matching in a mentee-choice program.
    expect(textOf(view)).toContain('No match runs yet');
    expect(byTestId(view, 'new-run')).toBeTruthy();
  });

  it('publishes shortlists after a confirmation and tells how many mentees got one', async () => {
    await open(page([]));

    byTestId(section(), 'publish-shortlists').click();
    await stable();
    const dialog = document.querySelector('mb-confirm-dialog');
    expect(textOf(dialog?.querySelector('h2') ?? null)).toBe('Publish shortlists?');
    expect(textOf(dialog)).toContain(
      'No mentor is shown to more mentees than they have free places',
    );
    backend.expectNone(SHORTLISTS);

    confirmButton().click();
    await stable();
    const publish = backend.expectOne({ method: 'POST', url: SHORTLISTS });
    expect(publish.request.body).toEqual({});
    publish.flush({
      mentees: 12,
      withShortlist: 12,
      entries: 48,
      maxExposure: 2,
      generatedAt: '2027-04-01T09:00:00Z',
    });
    await stable();

    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain(
      '12 mentees got a shortlist; each mentor is shown to at most 2 mentees.',
    );
  });

  it('does nothing when HR cancels the confirmation', async () => {
    await open(page([]));

    byTestId(section(), 'publish-shortlists').click();
    await stable();
    const cancel = [
      ...document.querySelectorAll<HTMLButtonElement>('mb-confirm-dialog button'),
    ].find((button) => textOf(button) === 'Cancel');
    cancel?.click();
    await stable();

    backend.expectNone(SHORTLISTS);
  });

  it('shows why shortlists could not be published', async () => {
    await open(page([]));

    byTestId(section(), 'publish-shortlists').click();
    await stable();
    confirmButton().click();
    await stable();
    flushApiError(backend.expectOne(SHORTLISTS), {
      status: 409,
      code: 'conflict',
      message: 'Growth Circles does not let mentees choose.',
    });
    await stable();

    expect(textOf(byTestId(section(), 'shortlists-problem'))).toContain(
      'Growth Circles does not let mentees choose.',
    );
  });

  it('allows publishing only while the cohort is Matching or Active, and says why', async () => {
    await open(page([]), cohort({ state: 'recruiting' }));

    const publish = byTestId(section(), 'publish-shortlists');
    expect(publish.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(publish)).toBe(
      'Shortlists can be published while the cohort is Matching or Active; Spring 2027 is Recruiting.',
    );
    publish.click();
    await stable();
    expect(document.querySelector('mb-confirm-dialog')).toBeNull();
  });

  it('lists the requests with their state, dates and why they closed, page by page', async () => {
    await open(
      page(
        [
          request(),
          request({
            id: 'q2',
            state: 'declined',
            mentor: MENTORS.lin,
            mentee: MENTEES.ana,
            respondedAt: '2027-04-03T10:00:00Z',
            closedReason: 'No time this spring',
          }),
          request({
            id: 'q3',
            state: 'withdrawn',
            mentor: MENTORS.kai,
            mentee: MENTEES.ben,
            respondedAt: '2027-04-04T10:00:00Z',
            closedReason: 'Another mentor accepted this mentee first',
          }),
        ],
        30,
      ),
    );

    const rows = allByTestId(section(), 'request-row');
    expect(rows).toHaveLength(3);
    expect(textOf(rows[0] ?? null)).toContain('Ben Okafor');
    expect(textOf(rows[0] ?? null)).toContain('Mo Ali');
    expect(textOf(byTestId(rows[0] as HTMLElement, 'request-state'))).toBe(
      'Waiting for the mentor',
    );
    expect(textOf(rows[0] ?? null)).toMatch(/Expires .*2027/);
    expect(textOf(byTestId(rows[1] as HTMLElement, 'request-state'))).toBe('Declined');
    expect(textOf(rows[1] ?? null)).toMatch(/Answered .*2027/);
    expect(textOf(rows[1] ?? null)).toContain('No time this spring');
    expect(textOf(rows[2] ?? null)).toContain('Another mentor accepted this mentee first');

    const next = section().querySelector<HTMLButtonElement>('.mat-mdc-paginator-navigation-next');
    next?.click();
    await stable();
    const second = backend.expectOne((r) => r.url === REQUESTS);
    expect(paramsOf(second)).toEqual({ page: '2', pageSize: '25' });
    second.flush(page([request({ id: 'q9', mentee: MENTEES.cleo })], 30, 2));
    await stable();
    expect(allByTestId(section(), 'request-row').map((row) => textOf(row))).toEqual([
      expect.stringContaining('Cleo Duarte'),
    ]);
  });

  it('offers a retry when the requests cannot be loaded', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohort());
    backend.expectOne('/api/cohorts/c1/match-runs').flush([]);
    backend.expectOne('/api/cohorts/c1/match-constraints').flush([]);
    await stable();
    backend.expectOne('/api/programs/p1').flush(MENTEE_CHOICE);
    await stable();
    backend.expectOne('/api/programs/p1/matching-settings').flush(DEFAULT_MATCHING_SETTINGS);
    backend
      .expectOne((r) => r.url === REQUESTS)
      .flush(null, { status: 500, statusText: 'Server Error' });
    await stable();

    expect(textOf(section())).toContain("We couldn't load the requests");
    [...section().querySelectorAll('button')].find((b) => textOf(b) === 'Try again')?.click();
    await stable();
    backend.expectOne((r) => r.url === REQUESTS).flush(page([request()]));
    await stable();
    expect(allByTestId(section(), 'request-row')).toHaveLength(1);
  });

  it('stays out of programs where HR runs the matching', async () => {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(BASE);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(cohort());
    backend.expectOne('/api/cohorts/c1/match-runs').flush([]);
    backend.expectOne('/api/cohorts/c1/match-constraints').flush([]);
    await stable();
    backend
      .expectOne('/api/programs/p1')
      .flush({ ...PROGRAM, matchingMode: 'admin_bulk' } as ProgramDetail);
    await stable();

    expect(view.querySelector('[data-testid="mentee-choice"]')).toBeNull();
    backend.expectNone((r) => r.url === REQUESTS);
    backend.expectNone('/api/programs/p1/matching-settings');
  });
});

describe('shortlistResultMessage', () => {
  const base = { entries: 0, generatedAt: '2027-04-01T09:00:00Z' };

  it('says who got a list, and who did not', () => {
    expect(shortlistResultMessage({ ...base, mentees: 1, withShortlist: 1, maxExposure: 1 })).toBe(
      '1 mentee got a shortlist; each mentor is shown to at most 1 mentee.',
    );
    expect(shortlistResultMessage({ ...base, mentees: 5, withShortlist: 3, maxExposure: 2 })).toBe(
      '3 mentees got a shortlist; each mentor is shown to at most 2 mentees. 2 mentees got none: no mentor with a free place fits them.',
    );
    expect(shortlistResultMessage({ ...base, mentees: 0, withShortlist: 0, maxExposure: 0 })).toBe(
      'No shortlist published: every approved mentee already has a mentor.',
    );
  });
});
