import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  NeedsAction,
  OrganisationStats,
  Page,
  ProgramSummary,
  ScreeningSummary,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { HrHomePage } from './hr-home.page';

const STATS: OrganisationStats = {
  people: 120,
  active: 100,
  invited: 7,
  deactivated: 13,
  departments: 9,
  byRole: { admin: 2, executive: 3, mentor: 30, mentee: 60 },
  withoutManager: 4,
};

function program(overrides: Partial<ProgramSummary>): ProgramSummary {
  return {
    id: 'p1',
    name: 'Emerging Leaders',
    format: 'one_on_one',
    matchingMode: 'admin_bulk',
    owners: [{ id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' }],
    cohortCount: 1,
    currentCohort: { id: 'c1', name: 'Autumn 2026', state: 'active' },
    readiness: {
      assessmentId: 'a1',
      title: 'Second check',
      band: 'strong',
      overall: 86,
      completedAt: '2026-10-01T10:00:00Z',
      status: 'completed',
    },
    createdAt: '2026-09-01T10:00:00Z',
    ...overrides,
  };
}

function page(items: ProgramSummary[]): Page<ProgramSummary> {
  return { items, total: items.length, page: 1, pageSize: 25 };
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function summary(overrides: Partial<ScreeningSummary>): ScreeningSummary {
  return {
    cohortId: 'c2',
    cohortName: 'Spring 2027',
    programId: 'p2',
    programName: 'Growth Circles',
    cohortState: 'recruiting',
    toScreen: 40,
    flagged: 3,
    waitlisted: 15,
    ...overrides,
  };
}

type NeedsCohort = NeedsAction['cohorts'][number];

function cohortRow(overrides: Partial<NeedsCohort>): NeedsCohort {
  return {
    cohortId: 'c1',
    programId: 'p1',
    cohortName: 'Autumn 2026',
    programName: 'Emerging Leaders',
    atRisk: 0,
    checkInsDue: 0,
    openFlags: 0,
    applicationsToScreen: 0,
    undocumentedClosures: 0,
    pendingExtensions: 0,
    runsToReview: 0,
    ...overrides,
  };
}

/** The totals are the sums of the cohorts' counts, as the API sends them. */
function needsAction(cohorts: NeedsCohort[]): NeedsAction {
  const sum = (pick: (row: NeedsCohort) => number) =>
    cohorts.reduce((total, row) => total + pick(row), 0);
  return {
    atRiskPairs: sum((row) => row.atRisk),
    checkInsDue: sum((row) => row.checkInsDue),
    openFlags: sum((row) => row.openFlags),
    applicationsToScreen: sum((row) => row.applicationsToScreen),
    undocumentedClosures: sum((row) => row.undocumentedClosures),
    pendingExtensions: sum((row) => row.pendingExtensions),
    runsToReview: sum((row) => row.runsToReview),
    freshness: { asOf: new Date().toISOString() },
    cohorts,
  };
}

/** Renders the home with the numbers and programs answered; what needs action is still pending. */
async function renderHome() {
  const fixture = TestBed.createComponent(HrHomePage);
  fixture.detectChanges();
  const backend = TestBed.inject(HttpTestingController);
  backend.expectOne('/api/organisation/stats').flush(STATS);
  backend.expectOne((request) => request.url === '/api/programs').flush(page([program({})]));
  const root = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };
  /** Answers "needs action" and the screening summary (null: leave it pending). */
  const answer = async (needs: NeedsAction, screening: ScreeningSummary[] | null = []) => {
    backend.expectOne('/api/reporting/needs-action').flush(needs);
    if (screening) {
      backend.expectOne('/api/recruitment/screening-summary').flush(screening);
    }
    await settle();
  };
  const card = (id: string) => root.querySelector(`[data-testid="${id}"]`);
  return { fixture, backend, root, settle, answer, card };
}

describe('HrHomePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'hr-1',
      email: 'hana@example.org',
      displayName: 'Hana Reyes',
      roles: ['admin'],
      grants: [{ role: 'admin', programId: null }],
      permissions: [
        'users.read',
        'users.manage',
        'roles.assign',
        'users.import',
        'org-stats.read',
        'programs.create',
        'programs.manage',
        'reports.read',
      ],
      orgPermissions: [
        'users.read',
        'users.manage',
        'roles.assign',
        'users.import',
        'org-stats.read',
        'programs.create',
        'programs.manage',
        'reports.read',
      ],
      homeRoute: 'hr',
    });
  });

  it('answers "what needs me now?" with counts that link to the people to act on', async () => {
    const fixture = TestBed.createComponent(HrHomePage);
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/organisation/stats').flush(STATS);
    backend.expectOne((request) => request.url === '/api/programs').flush(page([]));
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    expect(text(root.querySelector('h1'))).toBe('Needs action');
    const cards = [...root.querySelectorAll('mb-stat-card')];
    const invited = cards.find((card) => text(card).startsWith('Invitations not accepted'));
    expect(text(invited?.querySelector('.value') ?? null)).toBe('7');
    expect(invited?.querySelector('a')?.getAttribute('href')).toBe('/admin/users?status=invited');
    const noManager = cards.find((card) =>
      text(card).startsWith('Active people without a manager'),
    );
    expect(text(noManager?.querySelector('.value') ?? null)).toBe('4');
    expect(text(root)).toContain('No programs yet — create the first one');
  });

  it('lists my programs with their cohort state and readiness, and the cohorts held back', async () => {
    const fixture = TestBed.createComponent(HrHomePage);
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/organisation/stats').flush(STATS);
    backend
      .expectOne((request) => request.url === '/api/programs')
      .flush(
        page([
          program({}),
          program({
            id: 'p2',
            name: 'Reverse Mentoring',
            currentCohort: { id: 'c2', name: 'Pilot 2027', state: 'draft' },
            readiness: {
              assessmentId: 'a2',
              title: 'First check',
              band: 'not_ready',
              overall: 56,
              completedAt: '2026-11-05T10:00:00Z',
              status: 'completed',
            },
          }),
        ]),
      );
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    expect(text(root.querySelector('h1'))).toBe('Needs action');
    const rows = [...root.querySelectorAll('[data-testid="home-program"]')];
    expect(rows.map((row) => text(row.querySelector('a')))).toEqual([
      'Emerging Leaders',
      'Reverse Mentoring',
    ]);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/programs/p1');
    expect(text(rows[0] ?? null)).toContain('Active');
    expect(text(rows[0] ?? null)).toContain('Strong · 86%');
    expect(text(rows[1] ?? null)).toContain('Draft');
    expect(text(rows[1] ?? null)).toContain('Not ready · 56%');

    const waiting = [...root.querySelectorAll('mb-stat-card')].find((card) =>
      text(card).startsWith('Draft cohorts waiting for readiness'),
    );
    expect(text(waiting?.querySelector('.value') ?? null)).toBe('1');
    expect(waiting?.querySelector('a')?.getAttribute('href')).toBe('/programs/p2/readiness');
  });

  describe('needs action', () => {
    it('shows every kind of action in one request, with how fresh the figures are', async () => {
      const { answer, root } = await renderHome();
      expect(root.querySelector('[aria-label="Loading what needs action"]')).not.toBeNull();

      await answer(needsAction([cohortRow({})]));

      expect(text(root.querySelector('[data-testid="needs-freshness"]'))).toMatch(
        /^Figures as of /,
      );
      const headings = [...root.querySelectorAll('h2')].map((h) => text(h));
      expect(headings.slice(0, 3)).toEqual(['Recruitment and matching', 'Pairs', 'Closures']);
      const labels = [...root.querySelectorAll('section mb-stat-card h3')]
        .map((h) => text(h))
        .slice(0, 7);
      expect(labels).toEqual([
        'Applications to screen',
        'Match runs to review',
        'Pairs at risk',
        'Check-ins due',
        'Open concerns',
        'Closures undocumented',
        'Extensions to decide',
      ]);
    });

    it('links each count of one cohort straight to the page where to act', async () => {
      const { answer, card } = await renderHome();
      await answer(
        needsAction([
          cohortRow({
            atRisk: 2,
            checkInsDue: 1,
            openFlags: 1,
            applicationsToScreen: 40,
            undocumentedClosures: 3,
            pendingExtensions: 1,
            runsToReview: 1,
          }),
        ]),
        [summary({ cohortId: 'c1', toScreen: 40, flagged: 3 })],
      );

      const link = (id: string) => card(id)?.querySelector('mat-card-actions a');
      expect(link('screening-card')?.getAttribute('href')).toBe(
        '/programs/p1/cohorts/c1/recruitment?tab=screening',
      );
      expect(text(link('screening-card'))).toContain('Open the screening queue');
      expect(link('needs-runs')?.getAttribute('href')).toBe('/programs/p1/cohorts/c1/matching');
      expect(text(link('needs-runs'))).toContain('Review the runs');
      for (const id of ['support-at-risk', 'support-check-ins', 'support-flags']) {
        expect(link(id)?.getAttribute('href')).toBe('/programs/p1/cohorts/c1/pairs');
        expect(text(link(id))).toContain('Open the pairs');
      }
      for (const id of ['needs-closures', 'needs-extensions']) {
        expect(link(id)?.getAttribute('href')).toBe('/programs/p1/cohorts/c1/closures');
        expect(text(link(id))).toContain('Open the closures');
      }
      expect(text(card('screening-card')?.querySelector('.value'))).toBe('40');
      expect(text(card('screening-card')?.querySelector('.hint'))).toBe(
        'In Emerging Leaders · Autumn 2026. 3 mentee goals are flagged for a conversation before a decision.',
      );
      expect(text(card('support-at-risk')?.querySelector('.hint'))).toContain(
        'In Emerging Leaders · Autumn 2026. At risk: no session for 1.5 × the cadence',
      );
      expect(card('needs-closures')?.querySelector('.attention')).not.toBeNull();
    });

    it('lists each cohort with its count when several need the same action', async () => {
      const { answer, card } = await renderHome();
      await answer(
        needsAction([
          cohortRow({ checkInsDue: 3, applicationsToScreen: 1200 }),
          cohortRow({
            cohortId: 'c5',
            programId: 'p5',
            cohortName: 'Pilot 2027',
            programName: 'Sales Mentoring',
            checkInsDue: 1,
            applicationsToScreen: 2,
          }),
        ]),
        [summary({ cohortId: 'c1', flagged: 1 }), summary({ cohortId: 'c5', flagged: 0 })],
      );

      const checkIns = card('support-check-ins');
      expect(text(checkIns?.querySelector('.value'))).toBe('4');
      expect(text(checkIns?.querySelector('.hint'))).toBe(
        'Across 2 cohorts. Your check-ins with each pair are due on day 14 and day 30, then monthly.',
      );
      const rows = [...(checkIns?.querySelectorAll('[data-testid="needs-cohort"]') ?? [])];
      expect(rows.map((row) => text(row))).toEqual([
        'Emerging Leaders · Autumn 2026 3 due',
        'Sales Mentoring · Pilot 2027 1 due',
      ]);
      expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual([
        '/programs/p1/cohorts/c1/pairs',
        '/programs/p5/cohorts/c5/pairs',
      ]);
      expect(checkIns?.querySelector('mat-card-actions')).toBeNull();

      const screening = card('screening-card');
      expect(text(screening?.querySelector('.value'))).toBe('1,202');
      expect(text(screening?.querySelector('.hint'))).toBe(
        'Across 2 cohorts. 1 mentee goal is flagged for a conversation before a decision.',
      );
      const queues = [...(screening?.querySelectorAll('[data-testid="needs-cohort"]') ?? [])];
      expect(queues.map((row) => text(row))).toEqual([
        'Emerging Leaders · Autumn 2026 1,200 to screen · 1 flagged',
        'Sales Mentoring · Pilot 2027 2 to screen',
      ]);
      expect(queues.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual([
        '/programs/p1/cohorts/c1/recruitment?tab=screening',
        '/programs/p5/cohorts/c5/recruitment?tab=screening',
      ]);
    });

    it('says nothing waits when a count is zero, without a link', async () => {
      const { answer, card } = await renderHome();
      await answer(needsAction([cohortRow({})]));

      expect(text(card('screening-card')?.querySelector('.value'))).toBe('0');
      expect(text(card('screening-card')?.querySelector('.hint'))).toBe(
        'Nothing waits for screening.',
      );
      expect(text(card('needs-extensions')?.querySelector('.hint'))).toBe(
        'No extension request waits for you.',
      );
      expect(card('needs-runs')?.querySelector('.attention')).toBeNull();
      expect(card('needs-runs')?.querySelector('a')).toBeNull();
    });

    it('still links the screening queue when the flagged goals could not be loaded', async () => {
      const { answer, backend, card } = await renderHome();
      await answer(needsAction([cohortRow({ applicationsToScreen: 5 })]), null);
      backend
        .expectOne('/api/recruitment/screening-summary')
        .flush(null, { status: 500, statusText: 'Server Error' });
      await new Promise((resolve) => setTimeout(resolve));

      expect(text(card('screening-card')?.querySelector('.hint'))).toBe(
        'In Emerging Leaders · Autumn 2026. Applications wait for your decision.',
      );
      expect(
        card('screening-card')?.querySelector('mat-card-actions a')?.getAttribute('href'),
      ).toBe('/programs/p1/cohorts/c1/recruitment?tab=screening');
    });

    it('says when what needs action could not be loaded and loads it again', async () => {
      const { backend, root, settle, card } = await renderHome();
      backend
        .expectOne('/api/reporting/needs-action')
        .flush(null, { status: 500, statusText: 'Server Error' });
      backend.expectOne('/api/recruitment/screening-summary').flush([]);
      await settle();

      expect(card('support-at-risk')).toBeNull();
      const failed = [...root.querySelectorAll('mb-load-failed')].find((element) =>
        text(element).includes("We couldn't load what needs action"),
      );
      expect(failed).toBeDefined();
      failed?.querySelector('button')?.click();
      await settle();
      backend
        .expectOne('/api/reporting/needs-action')
        .flush(needsAction([cohortRow({ atRisk: 1 })]));
      await settle();
      expect(text(card('support-at-risk')?.querySelector('.value'))).toBe('1');
    });
  });
});
