import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support/demo';

/**
 * The person this journey erases: created by the journey itself (through the API, as the HR lead)
 * so that no demo person other journeys rely on is touched, and so that a retry on the same
 * server starts from a fresh person (the one erased before is anonymised and no longer found).
 */
const PERSON = {
  name: 'Erin Erasable',
  email: `erin.erasable.${Date.now().toString(36)}@acme.example`,
};
const EXPORT_FILE = 'mentorbridge-export-erin-erasable.json';

test.describe('personal data and the audit log (organisation-wide HR lead)', () => {
  test('the HR lead exports and erases a person, then finds both in the audit log', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signIn(page, DEMO.admin.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();

    const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as {
      token: string;
    };
    const created = await page.request.post('/api/users', {
      headers: { 'X-XSRF-TOKEN': token },
      data: { displayName: PERSON.name, email: PERSON.email, roles: ['mentee'] },
    });
    expect(created.status()).toBe(201);

    // 1. She opens the person from the directory: their record has a "Personal data" section.
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await page.getByRole('textbox', { name: /search/i }).fill(PERSON.name);
    await page.getByRole('button', { name: new RegExp(PERSON.name) }).click();
    const record = page.getByRole('dialog');
    await expect(record.getByRole('heading', { level: 2, name: PERSON.name })).toBeVisible();
    await expect(record.getByRole('heading', { level: 3, name: 'Personal data' })).toBeVisible();

    // 2. The data export downloads as a JSON file holding the person.
    const downloading = page.waitForEvent('download');
    await record.getByRole('button', { name: 'Download data export' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(EXPORT_FILE);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      person: { id: string; email: string; display_name: string };
    };
    expect(exported.person).toMatchObject({ email: PERSON.email, display_name: PERSON.name });
    const personId = exported.person.id;
    await expect(record).toContainText(`Saved as ${EXPORT_FILE}`);

    // 3. Erasing asks for the e-mail again; only the exact address (any case) unlocks it.
    await record.getByRole('button', { name: 'Erase this person…' }).click();
    const erase = page.getByRole('alertdialog');
    await expect(erase.getByRole('heading', { name: `Erase ${PERSON.name}?` })).toBeVisible();
    await expect(erase).toContainText('This cannot be undone.');
    await expect(erase).toContainText('notes become unreadable');
    const confirm = erase.getByRole('button', { name: 'Erase permanently' });
    const email = erase.getByRole('textbox', { name: `E-mail address of ${PERSON.name}` });
    await email.fill(PERSON.email.slice(0, -1));
    await expect(confirm).toBeDisabled();
    await email.fill(` ${PERSON.email.toUpperCase()} `);
    await expect(confirm).toBeEnabled();
    await expectAccessible(page);

    await confirm.click();
    await expect(erase.getByRole('heading', { name: `${PERSON.name} is erased` })).toBeVisible();
    await expect(erase.getByTestId('erase-result')).toContainText(/\d+ records? anonymised/);
    await erase.getByRole('button', { name: 'Done' }).click();
    await expect(erase).toHaveCount(0);

    // 4. The record and the list show the person anonymised.
    await expect(record.getByRole('heading', { level: 2, name: 'Erased person' })).toBeVisible();
    await expect(record).toContainText(`erased-${personId}@erased.invalid`);
    await expect(record.getByRole('button', { name: 'Erase this person…' })).toHaveCount(0);
    await record.getByRole('button', { name: 'Close' }).click();
    await expect(record).toHaveCount(0);

    const search = page.getByRole('textbox', { name: /search/i });
    await search.fill(PERSON.email);
    await expect(page.getByText('No people match these filters')).toBeVisible();
    await search.fill(`erased-${personId}`);
    const erasedRow = page.getByRole('row').filter({ hasText: 'Erased person' });
    await expect(erasedRow).toHaveCount(1);
    await expect(erasedRow).toContainText('Deactivated');
    await expect(erasedRow).not.toContainText(PERSON.name);

    // 5. The audit log (from the navigation) lists the erasure by its action, then everything
    //    that happened to this person: the export and the erasure.
    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Erased a person' }).click();
    await expect(page).toHaveURL(/[?&]action=person\.erase(&|$)/);
    const erasure = page.getByRole('row').filter({ hasText: personId });
    await expect(erasure).toHaveCount(1);
    await expect(erasure).toContainText(DEMO.admin.name);
    await expect(erasure).toContainText('Erased a person');
    await expect(erasure).toContainText('Person');

    await erasure.getByRole('button', { name: 'Show only events on this person' }).click();
    await expect(page).toHaveURL(new RegExp(`objectId=${personId}`));
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Any action' }).click();
    await expect(page).not.toHaveURL(/action=/);
    const events = page.getByRole('row').filter({ hasText: personId });
    await expect(events).toHaveCount(2);
    // Newest first.
    await expect(events.nth(0)).toContainText('Erased a person');
    await expect(events.nth(1)).toContainText('Exported personal data');
    await expectAccessible(page);
  });
});
