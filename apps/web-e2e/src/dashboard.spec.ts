import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support/demo';

test.describe('program health for executives', () => {
  test('an executive opens the overview and a cohort: charts, definitions and suppressed cells, nothing about individuals', async ({
    page,
  }) => {
    await signIn(page, DEMO.executive.email);
    await expect(page).toHaveURL(/\/executive$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DEMO.executive.heading);
    await expect(page.getByTestId('overview-freshness')).toContainText(/refreshed every/i);

    // Cohort cards: health, a trend and what moved, for every cohort that runs.
    const autumn = page.getByTestId('cohort-card').filter({ hasText: 'Autumn 2026' });
    await expect(autumn).toBeVisible();
    await expect(autumn.getByTestId('cohort-card-gauge')).toBeVisible();
    await expect(autumn.getByTestId('cohort-card-trend')).toBeVisible();
    await expect(page.getByTestId('cohort-card')).toHaveCount(5);
    await expectAccessible(page);

    // The cohort dashboard: charts people look at, each with a definition at hand.
    await autumn.getByTestId('cohort-card-link').click();
    await expect(page).toHaveURL(/\/reports\/cohorts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Autumn 2026');
    for (const chart of ['chart-funnel', 'chart-engagement', 'chart-satisfaction', 'chart-risks'])
      await expect(page.getByTestId(chart).locator('svg[role="img"]').first()).toBeVisible();
    await expect(page.getByTestId('dashboard-health')).toBeVisible();
    await expect(page.getByTestId('dashboard-conformance')).toBeVisible();

    // Small groups are hidden from executives, and the page says why.
    const suppressed = page.locator('mb-suppressed');
    expect(await suppressed.count()).toBeGreaterThan(0);
    await expect(suppressed.first()).toHaveText(/^<(5|10)$/);
    await expect(page.getByTestId('dashboard-privacy')).toBeVisible();

    // Nobody is named: not the demo pair, not the HR lead.
    const text = await page.locator('main').innerText();
    for (const name of [DEMO.mentor.name, DEMO.mentee.name, DEMO.admin.name])
      expect(text).not.toContain(name);

    // Another period is another address, and the figures say which months they cover.
    await page
      .getByTestId('dashboard-period')
      .getByText(/quarter/i)
      .click();
    await expect(page).toHaveURL(/period=quarter/);
    await expect(page.getByTestId('dashboard-range')).toBeVisible();
    await expectAccessible(page);

    // The same figures as CSV.
    const csv = await page.request.get(
      (await page.getByTestId('dashboard-csv').getAttribute('href')) ?? '',
    );
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
  });
});
