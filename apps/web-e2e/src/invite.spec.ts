import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn } from './support/demo';

test.describe('inviting a person (HR lead → new mentee)', () => {
  test('the HR lead invites a person, who activates with the link and lands on the mentee home', async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO.admin.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Invite person' }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('invite-submit').click();
    await expect(dialog.getByText('Check these fields: Email, Name.')).toBeVisible();

    await dialog.getByRole('textbox', { name: 'Email' }).fill('noor.haddad@acme.example');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Noor Haddad');
    await dialog.getByRole('checkbox', { name: 'Mentee' }).check();
    await expectAccessible(page);
    await dialog.getByTestId('invite-submit').click();

    const link = await dialog.getByTestId('activation-link').inputValue();
    expect(link).toMatch(/\/activate\?token=/);

    // The invitee opens the link in their own browser.
    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(link);
    await expect(
      invitee.getByRole('heading', { level: 1, name: 'Welcome, Noor Haddad' }),
    ).toBeVisible();
    await expect(invitee.getByRole('textbox', { name: 'Email' })).toHaveValue(
      'noor.haddad@acme.example',
    );
    await expectAccessible(invitee);
    await invitee.getByLabel('New password').fill('noor-picks-a-long-one');
    await invitee.getByLabel('Confirm password').fill('noor-picks-a-long-one');
    await invitee.getByRole('button', { name: 'Activate and sign in' }).click();
    await expect(
      invitee.getByRole('heading', { level: 1, name: DEMO.mentee.heading }),
    ).toBeVisible();
    await expect(invitee).toHaveURL(/\/mentee$/);
  });
});
