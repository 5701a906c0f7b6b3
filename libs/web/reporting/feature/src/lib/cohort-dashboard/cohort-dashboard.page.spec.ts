import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CohortDashboard, CurrentUser } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { dashboard, hidden, shown, withMetric } from '../testing/dashboard-fixtures';
import { CohortDashboardPage } from './cohort-dashboard.page';

const EXECUTIVE: CurrentUser = {
  id: 'e1',
  email: 'erin@example.org',
  displayName: 'Erin Vale',
  roles: ['executive'],
  grants: [{ role: 'executive', programId: null }],
  permissions: ['org-stats.read', 'reports.read'],
  orgPermissions: ['org-stats.read', 'reports.read'],
  homeRoute: 'executive',
};

const HR_LEAD: CurrentUser = {
  ...EXECUTIVE,
  id: 'hr-1',
  roles: ['admin'],
  grants: [{ role: 'admin', programId: null }],
  permissions: ['programs.manage', 'reports.read'],
  orgPermissions: ['programs.manage', 'reports.read'],
  homeRoute: 'hr',
};

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function descriptionOf(element: Element | null | undefined): string {
  return (element?.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(document.getElementById(id)))
    .join(' ');
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('CohortDashboardPage', () => {
  let harness: RouterTestingHarness;
  let backend: HttpTestingController;

  function root(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  function byTestId(id: string): HTMLElement | null {
    return root().querySelector(`[data-testid="${id}"]`);
  }

  function tile(key: string): HTMLElement | null {
    return root().querySelector(`mb-metric-tile[data-metric="${key}"]`);
  }

  function expectDashboardRequest(period: string): TestRequest {
    return backend.expectOne(
      (request) =>
        request.url === '/api/reporting/cohorts/c1' && request.params.get('period') === period,
    );
  }

  async function open(
    answer: CohortDashboard,
    { url = '/reports/cohorts/c1', user = EXECUTIVE, period = 'all' } = {},
  ): Promise<void> {
    TestBed.inject(AuthStore).setUser(user);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    backend = TestBed.inject(HttpTestingController);
    expectDashboardRequest(period).flush(answer);
    await settle();
    harness.detectChanges();
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'reports/cohorts/:cohortId', component: CohortDashboardPage },
          { path: '**', children: [] },
        ]),
      ],
    });
  });

  afterEach(() => backend?.verify());

  it('names the cohort, its state and how fresh the figures are', async () => {
    await open(dashboard());

    expect(text(root().querySelector('h1'))).toBe('Autumn 2026');
    expect(text(root().querySelector('mb-page-header'))).toContain('Emerging Leaders');
    expect(text(byTestId('dashboard-state'))).toBe('Active');
    expect(text(byTestId('dashboard-freshness'))).toMatch(
      /^Figures as of .+, refreshed every 5 minutes$/,
    );
    expect(text(byTestId('dashboard-privacy'))).toContain(
      'Counts of fewer than 5 people show as "<5"',
    );
    expect(byTestId('dashboard-back')?.getAttribute('href')).toBe('/executive');
  });

  it('shows a hidden figure as "<5" and explains it on hover and focus', async () => {
    await open(withMetric(dashboard(), 'matched', hidden));

    const value = tile('matched')?.querySelector('[data-testid="tile-value"] .suppressed');
    expect(text(value)).toBe('<5');
    expect(value?.getAttribute('tabindex')).toBe('0');
    expect(descriptionOf(value)).toBe('Fewer than 5 people: hidden to protect privacy');
  });

  it('hides satisfaction answers under the well-being threshold ("<10")', async () => {
    await open(withMetric(dashboard(), 'satisfaction', hidden, hidden));

    const value = tile('satisfaction')?.querySelector('[data-testid="tile-value"] .suppressed');
    expect(text(value)).toBe('<10');
    expect(descriptionOf(value)).toBe('Fewer than 10 people: hidden to protect privacy');
    const chart = byTestId('chart-satisfaction')?.querySelector('svg[role="img"]');
    expect(chart?.getAttribute('aria-label')).toContain(
      '1: People fewer than 10 (hidden to protect privacy)',
    );
  });

  it('formats each figure in its unit with its base and target', async () => {
    await open(dashboard());

    const value = (key: string) => text(tile(key)?.querySelector('[data-testid="tile-value"]'));
    expect(value('matchRate')).toBe('72 %');
    expect(value('medianDaysToMatch')).toBe('12 days');
    expect(value('satisfaction')).toBe('4.2 / 5');
    expect(value('nps')).toBe('+35');
    expect(value('sessionsPerMatchMonth')).toBe('1.4');
    expect(value('invited')).toBe('120');
    expect(text(tile('matchRate')?.querySelector('[data-testid="tile-base"]'))).toBe(
      'over 23 people',
    );
    expect(text(tile('cadenceMet')?.querySelector('[data-testid="tile-base"]'))).toBe(
      'over 23 people',
    );
    expect(tile('invited')?.querySelector('[data-testid="tile-base"]')).toBeNull();
    expect(text(tile('matchRate')?.querySelector('[data-testid="tile-target"]'))).toBe(
      'Target ≥ 70 % met',
    );
    expect(text(tile('checkInsOnTime')?.querySelector('[data-testid="tile-target"]'))).toBe(
      'Target ≥ 80 % not met',
    );
    const groups = [...root().querySelectorAll('section.group h2')].map((h) => text(h));
    expect(groups).toEqual(['Funnel', 'Engagement', 'Quality', 'Standards', 'Risk']);
  });

  it('says a rate over nobody has no data yet, rather than 0 %', async () => {
    await open(withMetric(dashboard(), 'matchRate', shown(0), shown(0)));

    const value = tile('matchRate')?.querySelector('[data-testid="tile-value"]');
    expect(text(value?.querySelector('[aria-hidden="true"]'))).toBe('—');
    expect(text(value?.querySelector('.no-data'))).toBe('No data yet');
    expect(tile('matchRate')?.querySelector('[data-testid="tile-base"]')).toBeNull();
    expect(text(tile('matchRate')?.querySelector('[data-testid="tile-target"]'))).toBe(
      'Target ≥ 70 %',
    );
  });

  it('shows a figure without data yet as "—", not as hidden', async () => {
    const empty = { value: null, suppressed: false } as const;
    await open({
      ...withMetric(dashboard(), 'health', empty, empty),
      conformance: { score: empty, band: null },
    });

    expect(text(tile('health'))).toBe('');
    const gauge = byTestId('dashboard-health');
    expect(text(gauge?.querySelector('text.reading'))).toBe('—');
    expect(gauge?.querySelector('svg')?.getAttribute('aria-label')).toBe(
      'Health score: no data yet. Target: 70.',
    );
    expect(text(byTestId('conformance-value'))).toBe('—');
    expect(text(byTestId('conformance-band'))).toBe('No band yet');
    expect(byTestId('dashboard-conformance')?.querySelector('.suppressed')).toBeNull();
  });

  it('explains how a figure is computed from a keyboard-reachable button', async () => {
    await open(dashboard());

    const button = tile('matchRate')?.querySelector('button.info') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('How is Match rate computed?');
    expect(descriptionOf(button)).toContain('Approved mentees who got a mentor');
    const definition = tile('matchRate')?.querySelector('.tile-definition') as HTMLElement;
    expect(definition.hidden).toBe(true);
    button.click();
    await harness.fixture.whenStable();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(definition.hidden).toBe(false);

    const toggle = byTestId('definitions-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const terms = [...root().querySelectorAll('.definition dt')].map((dt) => text(dt));
    expect(terms.slice(0, 2)).toEqual(['Health score', 'Standards conformance']);
    expect(text(root().querySelector('#definition-health dd'))).toContain('Health (0–100) =');
  });

  it('shows the health gauge and the conformance band in words', async () => {
    await open(dashboard());

    const gauge = byTestId('dashboard-health')?.querySelector('svg[role="img"]');
    expect(gauge?.getAttribute('aria-label')).toBe('Health score: 68 out of 100. Target: 70.');
    expect(text(byTestId('dashboard-conformance')?.querySelector('.hero-value'))).toBe('84 %');
    expect(text(byTestId('conformance-band'))).toBe('Good (≥ 80 % overall, ≥ 70 % each)');
  });

  it('draws every chart with an accessible summary of its figures', async () => {
    await open(dashboard());

    const summary = (id: string) =>
      byTestId(id)?.querySelector('svg[role="img"]')?.getAttribute('aria-label');
    expect(summary('chart-funnel')).toBe(
      'Enrolment funnel. Invited: 120; Applied: 80, 67 % of invited; ' +
        'Approved: fewer than 5 (hidden to protect privacy); Matched: 46.',
    );
    expect(summary('chart-engagement')).toBe(
      'Engagement by month: active pairs and sessions held. ' +
        'January 2027: Active pairs 20, Sessions held 31; ' +
        'February 2027: Active pairs 21, Sessions held fewer than 5 (hidden to protect privacy).',
    );
    expect(summary('chart-goals')).toContain('Achieved: Goals 9');
    expect(summary('chart-risks')).toBe(
      'Pairs at risk by reason. No session for a long time: 6; ' +
        'A concern is open: fewer than 5 (hidden to protect privacy).',
    );
    expect(summary('chart-early-closures')).toBe(
      'Early closures by reason. Not enough time: fewer than 5 (hidden to protect privacy).',
    );
  });

  it('asks for the chosen period and keeps it in the address', async () => {
    await open(dashboard());
    const router = TestBed.inject(Router);

    const quarter = [...root().querySelectorAll('mat-button-toggle button')].find(
      (button) => text(button) === 'Last quarter',
    ) as HTMLButtonElement;
    quarter.click();
    await settle();
    harness.detectChanges();

    expect(router.url).toBe('/reports/cohorts/c1?period=quarter');
    expectDashboardRequest('quarter').flush(
      dashboard({ period: 'quarter', periodRange: { from: '2027-01-01', to: '2027-03-31' } }),
    );
    await settle();
    await harness.fixture.whenStable();
    expect(byTestId('dashboard-csv')?.getAttribute('href')).toBe(
      '/api/reporting/cohorts/c1/export.csv?period=quarter',
    );
    expect(text(byTestId('dashboard-range'))).toContain('2027');
  });

  it('opens on the period in the address', async () => {
    await open(dashboard({ period: 'month' }), {
      url: '/reports/cohorts/c1?period=month',
      period: 'month',
    });

    const checked = root().querySelector('mat-button-toggle.mat-button-toggle-checked');
    expect(text(checked)).toBe('Last month');
  });

  it('prints the report and links the CSV of the figures on screen', async () => {
    await open(dashboard());
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);

    (byTestId('dashboard-print') as HTMLButtonElement).click();
    expect(print).toHaveBeenCalledTimes(1);
    const csv = byTestId('dashboard-csv');
    expect(csv?.getAttribute('href')).toBe('/api/reporting/cohorts/c1/export.csv?period=all');
    expect(csv?.getAttribute('download')).toBe('emerging-leaders-autumn-2026-all.csv');
    print.mockRestore();
  });

  it('lets an HR lead go back to the cohort and says they see figures in full', async () => {
    await open(
      dashboard({ suppression: { applied: false, threshold: 5, wellbeingThreshold: 10 } }),
      {
        user: HR_LEAD,
      },
    );

    expect(byTestId('dashboard-back')?.getAttribute('href')).toBe('/programs/p1/cohorts/c1');
    expect(text(byTestId('dashboard-privacy'))).toContain("You see this program's figures in full");
  });

  it('says what to do when there is nothing to report in the period', async () => {
    const metrics = dashboard().metrics.map((metric) => ({
      ...metric,
      cell: shown(0),
      base: shown(0),
    }));
    await open(
      dashboard({
        period: 'month',
        periodRange: { from: '2027-02-01', to: '2027-02-28' },
        metrics,
        funnel: [],
        engagement: [],
      }),
      { url: '/reports/cohorts/c1?period=month', period: 'month' },
    );

    expect(text(byTestId('dashboard-empty'))).toContain('Nothing to report yet');
    expect(text(byTestId('dashboard-empty'))).toContain('Nothing happened in this cohort during');
    expect(byTestId('group-funnel')).toBeNull();
  });

  it('says the cohort was not found for a cohort the person may not see', async () => {
    TestBed.inject(AuthStore).setUser(EXECUTIVE);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/cohorts/c1');
    backend = TestBed.inject(HttpTestingController);
    expectDashboardRequest('all').flush(
      { statusCode: 404, message: 'Not found' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    harness.detectChanges();

    expect(text(byTestId('dashboard-not-found'))).toContain("We couldn't find this cohort");
  });

  it('says when the figures could not be loaded and loads them again', async () => {
    TestBed.inject(AuthStore).setUser(EXECUTIVE);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reports/cohorts/c1');
    backend = TestBed.inject(HttpTestingController);
    expectDashboardRequest('all').flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    harness.detectChanges();

    expect(text(root())).toContain("We couldn't load the figures");
    (root().querySelector('mb-load-failed button') as HTMLButtonElement).click();
    await settle();
    expectDashboardRequest('all').flush(dashboard());
    await settle();
    harness.detectChanges();
    expect(text(root().querySelector('h1'))).toBe('Autumn 2026');
  });
});
