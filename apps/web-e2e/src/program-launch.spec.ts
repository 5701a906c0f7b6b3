import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support/demo';

test.describe('launching a program (HR lead)', () => {
  test('creates a program, assesses readiness, sees the chart and opens recruitment for a cohort', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, DEMO.admin.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();

    // 1. The wizard, with its defaults for everything but the basics.
    await page.goto('/programs');
    await page.getByTestId('new-program').click();
    await page.getByTestId('wizard-next').click();
    await expect(page.getByText('Fix the highlighted answers to continue.')).toBeVisible();
    await page.getByTestId('program-name').fill('Sales Mentoring Pilot');
    await page.getByTestId('format-one_on_one').click();
    await page
      .getByTestId('program-driver')
      .fill('Help new account executives reach their first-year targets faster.');
    await page.getByTestId('outcome-0').fill('Mentees close their first enterprise deal');
    await expectAccessible(page);
    for (let step = 0; step < 4; step++) await page.getByTestId('wizard-next').click();
    await page.getByTestId('wizard-create').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sales Mentoring Pilot' }),
    ).toBeVisible();

    // 2. A cohort in draft cannot open recruitment before readiness is assessed.
    await page.getByTestId('new-cohort').click();
    // The dialog moves focus to its first field once it has opened; typing before that can land
    // in the wrong field on a slow machine.
    await expect(page.getByTestId('cohort-name')).toBeFocused();
    await page.getByTestId('cohort-name').fill('Spring 2027');
    await page.getByTestId('cohort-start').fill('3/1/2027');
    await page.getByTestId('cohort-end').fill('11/30/2027');
    await expect(page.getByTestId('cohort-name')).toHaveValue('Spring 2027');
    await page.getByTestId('cohort-save').click();
    await expect(page.getByTestId('cohort-state')).toContainText('Draft');
    await expect(page.getByTestId('cohort-action-recruiting')).toBeDisabled();
    const cohortUrl = page.url();

    // 3. Assess readiness: the HR lead is a respondent and answers "Agree" everywhere.
    await page.goto(cohortUrl.replace(/\/cohorts\/.*/, '/readiness/new'));
    await page.getByTestId('create-assessment').click();
    await expect(page).toHaveURL(/\/readiness\/[0-9a-f-]{36}$/);
    const assessmentId = page.url().split('/').pop() ?? '';
    await page.goto(`/questionnaires/${assessmentId}`);
    const items = page.getByTestId('questionnaire-item');
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      await items.nth(i).getByRole('radio', { name: 'Agree', exact: true }).check();
    }
    await expect(page.getByTestId('answered-count')).toHaveText(`${count} of ${count} answered`);
    await expectAccessible(page);
    await page.getByTestId('submit-questionnaire').click();

    // 4. Complete the assessment and read the result.
    await page.goto(cohortUrl.replace(/\/cohorts\/.*/, `/readiness/${assessmentId}`));
    await page.getByTestId('complete-assessment').click();
    await page.getByTestId('confirm-complete').click();
    await expect(page.getByTestId('readiness-band')).toHaveText(/Ready/);
    await expect(page.getByTestId('readiness-chart').first()).toBeVisible();
    await expectAccessible(page);

    // 5. Back on the cohort: the gate is open; recruitment opens after a confirmation.
    await page.goto(cohortUrl);
    await page.getByTestId('cohort-action-recruiting').click();
    await page.getByTestId('confirm-transition').click();
    await expect(page.getByTestId('cohort-state')).toContainText('Recruiting');
    await expectAccessible(page);
  });
});
