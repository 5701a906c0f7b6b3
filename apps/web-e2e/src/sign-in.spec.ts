import { expect, test } from '@playwright/test';
import { DEMO, DemoRole, expectAccessible, signIn } from './support/demo';

test.describe('signing in', () => {
  test('the login page is accessible and explains what MentorBridge is', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(/MentorBridge/);
    await expectAccessible(page);
  });

  for (const role of Object.keys(DEMO) as DemoRole[]) {
    test(`the demo ${role} lands on their own home`, async ({ page }) => {
      const account = DEMO[role];
      await signIn(page, account.email);
      await expect(page).toHaveURL(new RegExp(`${account.home}$`));
      await expect(page.getByRole('heading', { level: 1, name: account.heading })).toBeVisible();
      await expectAccessible(page);
    });
  }

  test('a wrong password shows a clear error and keeps the person on the login page', async ({
    page,
  }) => {
    await signIn(page, DEMO.mentor.email, 'not-the-password');
    await expect(page.getByTestId('login-error')).toContainText('Email or password is incorrect');
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByTestId('login-email')).toHaveValue(DEMO.mentor.email);
  });

  test('signing out ends the session: protected pages send the person back to login', async ({
    page,
  }) => {
    await signIn(page, DEMO.mentee.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.mentee.heading })).toBeVisible();

    await page.getByTestId('sign-out').click();
    await expect(page).toHaveURL(/\/login/);

    await page.goto('/mentee');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fmentee/);
  });

  test('a mentee cannot open the HR lead pages', async ({ page }) => {
    await signIn(page, DEMO.mentee.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.mentee.heading })).toBeVisible();
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toHaveCount(0);
  });

  test('an unknown address shows the not-found page with a way home', async ({ page }) => {
    await signIn(page, DEMO.mentor.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.mentor.heading })).toBeVisible();
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      /not found|doesn.t exist|404/i,
    );
    await expectAccessible(page);
  });
});
