import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  OrganisationStats,
  Page,
  ProgramSummary,
  ScreeningSummary,
  SupportSummary,
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

function text(element: Element | null): string {
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

/** Renders the home with the numbers and programs answered, and the screening summary pending. */
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
  const answerScreening = async (rows: ScreeningSummary[]) => {
    backend.expectOne('/api/recruitment/screening-summary').flush(rows);
    await settle();
  };
  const card = () => root.querySelector('[data-testid="screening-card"]');
  return { fixture, backend, root, settle, answerScreening, card };
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
      ],
      orgPermissions: [
        'users.read',
        'users.manage',
        'roles.assign',
        'users.import',
        'org-stats.read',
        'programs.create',
        'programs.manage',
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

  describe('applications to screen', () => {
    it('counts what waits in the one cohort and links straight to its screening queue', async () => {
      const { answerScreening, card, root } = await renderHome();
      expect(
        root.querySelector('[aria-label="Loading the applications to screen"]'),
      ).not.toBeNull();

      await answerScreening([
        summary({}),
        summary({ cohortId: 'c3', cohortName: 'Autumn 2026', toScreen: 0, flagged: 0 }),
      ]);

      expect(text(card()?.querySelector('h3') ?? null)).toBe('Applications to screen');
      expect(text(card()?.querySelector('.value') ?? null)).toBe('40');
      expect(text(card()?.querySelector('.hint') ?? null)).toBe(
        'In Growth Circles · Spring 2027. 3 mentee goals are flagged for a conversation before a decision.',
      );
      expect(card()?.querySelector('.attention')).not.toBeNull();
      const link = card()?.querySelector('a');
      expect(text(link ?? null)).toContain('Open the screening queue');
      expect(link?.getAttribute('href')).toBe('/programs/p2/cohorts/c2/recruitment?tab=screening');
      expect(card()?.querySelectorAll('[data-testid="screening-cohort"]')).toHaveLength(0);
    });

    it('lists each cohort with its count when several have applications to screen', async () => {
      const { answerScreening, card } = await renderHome();
      await answerScreening([
        summary({ toScreen: 1200, flagged: 1 }),
        summary({
          cohortId: 'c5',
          cohortName: 'Pilot 2027',
          programId: 'p5',
          programName: 'Sales Mentoring',
          toScreen: 2,
          flagged: 0,
        }),
      ]);

      expect(text(card()?.querySelector('.value') ?? null)).toBe('1,202');
      expect(text(card()?.querySelector('.hint') ?? null)).toBe(
        'Across 2 cohorts. 1 mentee goal is flagged for a conversation before a decision.',
      );
      const rows = [...(card()?.querySelectorAll('[data-testid="screening-cohort"]') ?? [])];
      expect(rows.map((row) => text(row))).toEqual([
        'Growth Circles · Spring 2027 1,200 to screen · 1 flagged',
        'Sales Mentoring · Pilot 2027 2 to screen',
      ]);
      expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual([
        '/programs/p2/cohorts/c2/recruitment?tab=screening',
        '/programs/p5/cohorts/c5/recruitment?tab=screening',
      ]);
      expect(card()?.querySelector('mat-card-actions')).toBeNull();
    });

    it('says nothing waits when every application has an answer', async () => {
      const { answerScreening, card } = await renderHome();
      await answerScreening([summary({ toScreen: 0, flagged: 0 })]);

      expect(text(card()?.querySelector('.value') ?? null)).toBe('0');
      expect(text(card()?.querySelector('.hint') ?? null)).toBe('Nothing waits for screening.');
      expect(card()?.querySelector('.attention')).toBeNull();
      expect(card()?.querySelector('a')).toBeNull();
    });

    it('says when the numbers could not be loaded and loads them again on retry', async () => {
      const { backend, root, settle, answerScreening, card } = await renderHome();
      backend
        .expectOne('/api/recruitment/screening-summary')
        .flush(null, { status: 500, statusText: 'Server Error' });
      await settle();

      expect(card()).toBeNull();
      const failed = [...root.querySelectorAll('mb-load-failed')].find((element) =>
        text(element).includes("We couldn't load the applications to screen"),
      );
      expect(failed).toBeDefined();
      failed?.querySelector('button')?.click();
      await settle();
      await answerScreening([summary({ toScreen: 5, flagged: 0 })]);

      expect(text(card()?.querySelector('.value') ?? null)).toBe('5');
      expect(text(card()?.querySelector('.hint') ?? null)).toContain(
        'No mentee goal is flagged for a conversation.',
      );
    });
  });

  describe('pairs', () => {
    type SupportCohort = SupportSummary['cohorts'][number];

    function cohortRow(overrides: Partial<SupportCohort>): SupportCohort {
      return {
        cohortId: 'c1',
        programId: 'p1',
        cohortName: 'Autumn 2026',
        programName: 'Emerging Leaders',
        atRisk: 2,
        checkInsDue: 0,
        openFlags: 1,
        ...overrides,
      };
    }

    async function renderPairs(answer: SupportSummary) {
      const home = await renderHome();
      home.backend.expectOne('/api/recruitment/screening-summary').flush([]);
      home.backend.expectOne('/api/support/summary').flush(answer);
      await home.settle();
      const card = (id: string) => home.root.querySelector(`[data-testid="${id}"]`);
      return { ...home, card };
    }

    it('counts the pairs at risk, check-ins due and open concerns of the one cohort', async () => {
      const { card } = await renderPairs({
        atRiskPairs: 2,
        checkInsDue: 0,
        openFlags: 1,
        cohorts: [cohortRow({})],
      });

      const atRisk = card('support-at-risk');
      expect(text(atRisk?.querySelector('h3') ?? null)).toBe('Pairs at risk');
      expect(text(atRisk?.querySelector('.value') ?? null)).toBe('2');
      expect(text(atRisk?.querySelector('.hint') ?? null)).toContain(
        'In Emerging Leaders · Autumn 2026. At risk: no session for 1.5 × the cadence',
      );
      expect(atRisk?.querySelector('.attention')).not.toBeNull();
      expect(text(atRisk?.querySelector('a') ?? null)).toContain('Open the pairs');
      expect(atRisk?.querySelector('a')?.getAttribute('href')).toBe(
        '/programs/p1/cohorts/c1/pairs',
      );

      const checkIns = card('support-check-ins');
      expect(text(checkIns?.querySelector('.value') ?? null)).toBe('0');
      expect(text(checkIns?.querySelector('.hint') ?? null)).toBe(
        'No check-in with a pair is due.',
      );
      expect(checkIns?.querySelector('.attention')).toBeNull();
      expect(checkIns?.querySelector('a')).toBeNull();

      const flags = card('support-flags');
      expect(text(flags?.querySelector('.value') ?? null)).toBe('1');
      expect(flags?.querySelector('a')?.getAttribute('href')).toBe('/programs/p1/cohorts/c1/pairs');
    });

    it('lists each cohort with its count when several are concerned', async () => {
      const { card } = await renderPairs({
        atRiskPairs: 3,
        checkInsDue: 4,
        openFlags: 1,
        cohorts: [
          cohortRow({ checkInsDue: 3 }),
          cohortRow({
            cohortId: 'c5',
            programId: 'p5',
            cohortName: 'Pilot 2027',
            programName: 'Sales Mentoring',
            atRisk: 1,
            checkInsDue: 1,
            openFlags: 0,
          }),
        ],
      });

      const checkIns = card('support-check-ins');
      expect(text(checkIns?.querySelector('.value') ?? null)).toBe('4');
      expect(text(checkIns?.querySelector('.hint') ?? null)).toBe(
        'Across 2 cohorts. Your check-ins with each pair are due on day 14 and day 30, then monthly.',
      );
      const rows = [...(checkIns?.querySelectorAll('[data-testid="support-cohort"]') ?? [])];
      expect(rows.map((row) => text(row))).toEqual([
        'Emerging Leaders · Autumn 2026 3 due',
        'Sales Mentoring · Pilot 2027 1 due',
      ]);
      expect(rows.map((row) => row.querySelector('a')?.getAttribute('href'))).toEqual([
        '/programs/p1/cohorts/c1/pairs',
        '/programs/p5/cohorts/c5/pairs',
      ]);
      expect(checkIns?.querySelector('mat-card-actions')).toBeNull();
      // Only the one cohort with an open concern: a direct link, no list.
      const flags = card('support-flags');
      expect(flags?.querySelectorAll('[data-testid="support-cohort"]')).toHaveLength(0);
      expect(flags?.querySelector('mat-card-actions a')?.getAttribute('href')).toBe(
        '/programs/p1/cohorts/c1/pairs',
      );
    });

    it('says when the pairs could not be loaded', async () => {
      const { backend, root, settle } = await renderHome();
      backend.expectOne('/api/recruitment/screening-summary').flush([]);
      backend
        .expectOne('/api/support/summary')
        .flush(null, { status: 500, statusText: 'Server Error' });
      await settle();

      expect(root.querySelector('[data-testid="support-at-risk"]')).toBeNull();
      expect(text(root)).toContain("We couldn't load the pairs to support");
    });
  });
});
