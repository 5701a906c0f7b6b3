import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/demo';

test.describe('untrusted text is shown, never run', () => {
  test('a note carrying script and markup is displayed as text and executes nothing', async ({
    page,
  }) => {
    const unique = Date.now().toString(36);
    const payload =
      `<img src=x onerror="window.__xss='img'"><script>window.__xss='script'</script>` +
      `<a href="javascript:window.__xss='link'">click</a> ${unique}`;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await signIn(page, DEMO.mentor.email);
    await expect(page).toHaveURL(/\/mentor$/);
    await page
      .getByTestId('my-match')
      .filter({ has: page.locator('.partner', { hasText: DEMO.mentee.name }) })
      .getByTestId('match-open')
      .click();
    await expect(page).toHaveURL(/\/pairs\/[0-9a-f-]{36}$/);
    await page.getByRole('tab', { name: 'Notes' }).click();
    await page.getByTestId('note-text').fill(payload);
    await page.getByTestId('save-note').click();

    const note = page.getByTestId('note-item').filter({ hasText: unique });
    await expect(note).toBeVisible();
    // The markup is visible as characters, and no element was created from it.
    await expect(note).toContainText(`<img src=x onerror="window.__xss='img'">`);
    await expect(note).toContainText('<script>');
    await expect(note.locator('img, script, a[href^="javascript"]')).toHaveCount(0);

    // After a reload (the text now comes from the server) nothing has run either.
    await page.reload();
    await page.getByRole('tab', { name: 'Notes' }).click();
    await expect(page.getByTestId('note-item').filter({ hasText: unique })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBe(
      undefined,
    );
    expect(dialogs).toEqual([]);
  });
});
