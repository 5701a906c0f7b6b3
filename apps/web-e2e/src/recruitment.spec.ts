import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support/demo';

/** Specific enough not to be flagged: an outcome, a date, and what a mentor would help with. */
const GOAL =
  'I want to lead the migration of our billing service to the new platform by June and present ' +
  'the plan to the architecture board. A mentor who has run a cross-team migration could help me ' +
  'plan stakeholder updates and negotiate scope with product.';

test.describe('recruitment (mentee → HR lead)', () => {
  test('a mentee applies and an HR lead approves', async ({ page, browser }) => {
    test.setTimeout(90_000);

    // 1. The demo mentee has not applied to Growth Circles yet: she opens its call.
    await signIn(page, DEMO.mentee.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.mentee.heading })).toBeVisible();
    await page.goto('/apply');
    const call = page
      .getByTestId('open-cohort')
      .filter({ has: page.getByRole('heading', { level: 2, name: 'Growth Circles' }) });
    await expect(call).toHaveCount(1);
    await call.getByTestId('apply-mentee').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Apply as a mentee' })).toBeVisible();
    await expect(page.getByText('Growth Circles · Spring 2027')).toBeVisible();

    // 2. Sending nothing lists what is missing; then the form is filled in.
    await page.getByTestId('submit-application').click();
    await expect(page.getByTestId('error-summary')).toBeVisible();

    await page.getByTestId('question-goal').getByRole('textbox').fill(GOAL);
    const skills = page.getByTestId('tags-input-target_skills');
    await skills.fill('Stakeholder management');
    await skills.press('Enter');
    await skills.fill('Negotiation');
    await skills.press('Enter');
    // The suggestions stay open for picking more; close them before moving on.
    await skills.press('Escape');
    await expect(page.locator('.mat-mdc-autocomplete-panel')).toHaveCount(0);
    await page
      .getByTestId('question-preferred_seniority')
      .getByRole('radio', { name: 'Two or more levels above me' })
      .check();
    // Languages come from the directory profile.
    await expect(page.getByTestId('question-languages')).toContainText('English');
    for (const slot of ['Monday morning', 'Wednesday lunchtime', 'Thursday afternoon']) {
      await page.getByRole('checkbox', { name: slot }).check();
    }
    await page
      .getByTestId('question-meeting_modes')
      .getByRole('checkbox', { name: 'Video' })
      .check();
    await expect(page.getByTestId('error-summary')).toHaveCount(0);
    await expectAccessible(page);

    // 3. Sent: the application page says it is with HR.
    await page.getByTestId('submit-application').click();
    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = page.url();
    await expect(page.getByTestId('notice')).toContainText('Your application is sent');
    await expect(page.getByTestId('application-status')).toHaveText(/To screen/);
    await expect(page.getByTestId('next-step')).toContainText('HR is reviewing applications');
    await expect(page.getByTestId('goal-flag')).toHaveCount(0);
    await expectAccessible(page);

    // 4. The HR lead (own browser) sees the applications to screen on her home and opens them.
    const hr = await (await browser.newContext()).newPage();
    await signIn(hr, DEMO.admin.email);
    await expect(hr.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();
    const card = hr.getByTestId('screening-card');
    await expect(card).toContainText('Applications to screen');
    await expect(card).toContainText('Growth Circles · Spring 2027');
    await expect(card).toContainText(/mentee goals? (is|are) flagged for a conversation/);
    await card.getByRole('link', { name: 'Open the screening queue' }).click();
    await expect(hr).toHaveURL(/\/programs\/[0-9a-f-]{36}\/cohorts\/[0-9a-f-]{36}\/recruitment/);
    await expect(
      hr.getByRole('heading', { level: 1, name: 'Recruitment · Spring 2027' }),
    ).toBeVisible();
    await expect(hr.getByText('Growth Circles', { exact: true })).toBeVisible();
    await expect(hr.getByTestId('application-row').first()).toBeVisible();
    await expectAccessible(hr);

    // 5. She finds the application, reads it and approves it.
    await hr.getByTestId('screening-search').fill('Mia Tanaka');
    const rows = hr.getByTestId('application-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Clear goal');
    await rows
      .first()
      .getByRole('link', { name: /Mia Tanaka/ })
      .click();
    await expect(hr.getByRole('heading', { level: 1, name: DEMO.mentee.name })).toBeVisible();
    await expect(hr.getByTestId('application-status')).toHaveText(/To screen/);
    await expect(hr.getByText(GOAL)).toBeVisible();
    await expect(hr.getByTestId('goal-flag-reasons')).toHaveCount(0);
    await expectAccessible(hr);

    await hr.getByTestId('decision-approve').click();
    const dialog = hr.getByRole('dialog');
    await expect(dialog).toContainText('Approve Mia Tanaka');
    await dialog.getByTestId('decision-confirm').click();
    await expect(dialog).toHaveCount(0);
    await expect(hr.getByTestId('application-status')).toHaveText(/Approved/);
    await expect(hr.getByTestId('decision-history')).toContainText(DEMO.admin.name);
    await expect(hr.getByTestId('decision-approve')).toBeDisabled();

    // 6. The applicant sees the decision.
    await page.goto(applicationUrl);
    await expect(page.getByTestId('application-status')).toHaveText(/Approved/);
    await expect(page.getByTestId('next-step')).toContainText("You're in");
  });
});
