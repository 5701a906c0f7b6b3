import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support/demo';

test.describe('people directory (HR lead)', () => {
  test('the HR lead finds a person by name and sees their department and manager', async ({
    page,
  }) => {
    await signIn(page, DEMO.admin.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();

    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.getByRole('textbox', { name: /search/i }).fill('Marcus');
    await expect(page.getByRole('row').filter({ hasText: DEMO.mentor.name })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: DEMO.mentor.name })).toContainText(
      'Engineering',
    );
    await expectAccessible(page);
  });
});
