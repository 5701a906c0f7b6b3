import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  Cell,
  CohortCard,
  METRIC_DEFINITIONS,
  OrganisationStats,
  ReportingOverview,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { ExecutiveHomePage } from './executive-home.page';
import { allByTestId, byTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';

const shown = (value: number): Cell => ({ value, suppressed: false });
const hidden: Cell = { value: null, suppressed: true };

const STATS: OrganisationStats = {
  people: 120,
  active: 100,
  invited: 7,
  deactivated: 13,
  departments: 9,
  byRole: { admin: 2, executive: 3, mentor: 30, mentee: 60 },
  withoutManager: 4,
};

function card(overrides: Partial<CohortCard> = {}): CohortCard {
  return {
    cohortId: 'c1',
    cohortName: 'Autumn 2026',
    programId: 'p1',
    programName: 'Emerging Leaders',
    state: 'active',
    threshold: 5,
    health: shown(72),
    trend: [
      { month: '2026-10-01', health: shown(61) },
      { month: '2026-11-01', health: shown(64) },
      { month: '2026-12-01', health: hidden },
      { month: '2027-01-01', health: shown(66) },
      { month: '2027-02-01', health: shown(70) },
      { month: '2027-03-01', health: shown(72) },
    ],
    movers: [
      {
        key: 'matchRate',
        label: 'Match rate',
        from: shown(64),
        to: shown(72),
        unit: 'percent',
        better: true,
      },
      {
        key: 'atRiskShare',
        label: 'Pairs at risk',
        from: shown(10),
        to: shown(18),
        unit: 'percent',
        better: false,
      },
      {
        key: 'satisfaction',
        label: 'Satisfaction',
        from: hidden,
        to: shown(4.1),
        unit: 'score5',
        better: true,
      },
    ],
    activeMatches: shown(21),
    ...overrides,
  };
}

function overview(cohorts: CohortCard[]): ReportingOverview {
  return {
    freshness: { asOf: new Date().toISOString(), refreshEverySeconds: 300 },
    suppression: { applied: true },
    totals: {
      programs: 3,
      cohorts: cohorts.length,
      activeMatches: shown(40),
      participants: hidden,
      sessionsHeldLast30Days: shown(52),
      averageHealth: shown(68.4),
    },
    cohorts,
    definitions: [...METRIC_DEFINITIONS],
  };
}

describe('ExecutiveHomePage', () => {
  let fixture: ComponentFixture<ExecutiveHomePage>;
  let backend: HttpTestingController;
  let root: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'e1',
      email: 'erin@example.org',
      displayName: 'Erin Vale',
      roles: ['executive'],
      grants: [{ role: 'executive', programId: null }],
      permissions: ['org-stats.read', 'reports.read'],
      orgPermissions: ['org-stats.read', 'reports.read'],
      homeRoute: 'executive',
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  async function render(answer: ReportingOverview | 'error') {
    fixture = TestBed.createComponent(ExecutiveHomePage);
    fixture.detectChanges();
    backend.expectOne('/api/organisation/stats').flush(STATS);
    const request = backend.expectOne('/api/reporting/overview');
    if (answer === 'error') {
      request.flush(null, { status: 500, statusText: 'Server Error' });
    } else {
      request.flush(answer);
    }
    await settle();
    await fixture.whenStable();
    root = fixture.nativeElement as HTMLElement;
  }

  it('says how fresh the figures are and shows the organisation totals', async () => {
    await render(overview([card()]));

    expect(textOf(root.querySelector('h1'))).toBe('Program health');
    expect(textOf(byTestId(root, 'overview-freshness'))).toMatch(
      /^Figures as of .+, refreshed every 5 minutes$/,
    );
    const value = (id: string) => textOf(byTestId(root, `total-${id}`).querySelector('.value'));
    expect(value('programs')).toBe('3');
    expect(value('active')).toBe('40');
    expect(value('sessions')).toBe('52');
    expect(value('health')).toBe('68');
    expect(value('participants')).toBe('<5');
    expect(textOf(byTestId(root, 'total-participants').querySelector('.hint'))).toBe(
      'Fewer than 5 people: hidden to protect privacy',
    );
    // The organisation section stays.
    expect(textOf(root)).toContain('Counts only: no individual is shown on this page.');
  });

  it('shows one card per cohort that opens its dashboard', async () => {
    await render(overview([card(), card({ cohortId: 'c2', cohortName: 'Pilot 2027' })]));

    const cards = allByTestId(root, 'cohort-card');
    expect(cards).toHaveLength(2);
    const first = cards[0] as HTMLElement;
    expect(textOf(first.querySelector('.program'))).toBe('Emerging Leaders');
    expect(textOf(byTestId(first, 'cohort-card-link'))).toBe('Autumn 2026');
    expect(byTestId(first, 'cohort-card-link').getAttribute('href')).toBe('/reports/cohorts/c1');
    expect(textOf(first.querySelector('mb-status-chip'))).toBe('Active');
    expect(textOf(byTestId(first, 'cohort-card-active'))).toBe('Active pairs: 21');
    expect(byTestId(cards[1] as HTMLElement, 'cohort-card-link').getAttribute('href')).toBe(
      '/reports/cohorts/c2',
    );
  });

  it('names the three movers with an arrow and "better" or "worse" in words', async () => {
    await render(overview([card()]));

    const movers = allByTestId(byTestId(root, 'cohort-card'), 'mover');
    expect(movers.map((mover) => textOf(mover.querySelector('.mover-label')))).toEqual([
      'Match rate',
      'Pairs at risk',
      'Satisfaction',
    ]);
    expect(movers.map((mover) => textOf(mover.querySelector('.verdict')))).toEqual([
      'better',
      'worse',
      'better',
    ]);
    expect(
      movers.map((mover) => mover.querySelector('mat-icon')?.getAttribute('fontIcon')),
    ).toEqual(['arrow_upward', 'arrow_upward', 'swap_vert']);
    expect(textOf(movers[0] ?? null)).toBe('Match rate went up from 64 % → to 72 % : better');
    // A hidden well-being figure reads "<10" and explains itself.
    expect(textOf(movers[2]?.querySelector('.suppressed') ?? null)).toBe('<10');
    expect(textOf(movers[2]?.querySelector('.mover-values') ?? null)).toContain('4.1 / 5');
  });

  it('draws the health gauge and the six-month trend with accessible summaries', async () => {
    await render(overview([card()]));

    const first = byTestId(root, 'cohort-card');
    expect(
      byTestId(first, 'cohort-card-gauge').querySelector('svg')?.getAttribute('aria-label'),
    ).toBe('Health score: 72 out of 100. Target: 70.');
    expect(
      byTestId(first, 'cohort-card-trend').querySelector('svg')?.getAttribute('aria-label'),
    ).toBe(
      'Health score, last six months: October 2026 61, November 2026 64, ' +
        'December 2026 fewer than 5 (hidden to protect privacy), January 2027 66, ' +
        'February 2027 70, March 2027 72.',
    );
  });

  it('explains how health is computed', async () => {
    await render(overview([card()]));

    const formula = byTestId(root, 'health-formula');
    expect(textOf(formula.querySelector('summary'))).toBe('How is health computed?');
    expect(textOf(formula)).toContain('Health (0–100) = 25 % meeting cadence met');
  });

  it('says there is nothing to report yet when there are no cohorts', async () => {
    await render(overview([]));

    expect(allByTestId(root, 'cohort-card')).toHaveLength(0);
    expect(root.querySelector('[data-testid="overview-totals"]')).toBeNull();
    expect(textOf(root)).toContain('No cohorts to report on yet');
  });

  it('says when program health could not be loaded and loads it again', async () => {
    await render('error');

    expect(textOf(root)).toContain("We couldn't load program health");
    const retry = [...root.querySelectorAll('mb-load-failed button')][0] as HTMLButtonElement;
    retry.click();
    await settle();
    backend.expectOne('/api/reporting/overview').flush(overview([card()]));
    await settle();
    await fixture.whenStable();
    expect(allByTestId(root, 'cohort-card')).toHaveLength(1);
  });
});
