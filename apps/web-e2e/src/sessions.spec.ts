import { Browser, expect, Page, test } from '@playwright/test';
import type { SessionView } from '@mentorbridge/shared-contracts';
import { DEMO, expectAccessible, signIn } from './support/demo';

/** A person of the demo in their own browser, on the home their role lands on. */
async function signInElsewhere(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** The match id at the end of a pair page's address. */
function pairIdOf(url: string): string {
  const id = /\/pairs\/([0-9a-f-]{36})$/.exec(url)?.[1];
  if (!id) throw new Error(`Not a pair page: ${url}`);
  return id;
}

/** YYYY-MM-DD of a day relative to today, in the browser's (and this machine's) time zone. */
function day(offset: number): string {
  const at = new Date();
  at.setDate(at.getDate() + offset);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

test.describe('sessions and notes (mentor → mentee → HR)', () => {
  test('the mentor schedules and logs sessions and writes notes; the mentee sees only the shared one; HR sees no content', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const unique = Date.now().toString(36);
    const sharedText = `Shared takeaway ${unique}: practise the budget pitch`;
    const privateText = `Private worry ${unique}: Mia seems tired`;
    const agenda = `Agenda ${unique}: quarterly goals`;

    // The mentor opens the pair from the home.
    await signIn(page, DEMO.mentor.email);
    await expect(page).toHaveURL(/\/mentor$/);
    const card = page
      .getByTestId('my-match')
      .filter({ has: page.locator('.partner', { hasText: DEMO.mentee.name }) });
    await card.getByTestId('match-open').click();
    await expect(page).toHaveURL(/\/pairs\/[0-9a-f-]{36}$/);
    const matchId = pairIdOf(page.url());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Mentoring with ${DEMO.mentee.name}`,
    );
    await expect(page.getByTestId('pair-phase')).toBeVisible();
    await expectAccessible(page);

    // Schedule a session.
    await page.getByTestId('schedule-session').click();
    await page.getByTestId('session-date').fill(day(14));
    await page.getByTestId('session-time').fill('10:30');
    await page.getByTestId('session-location').fill('https://meet.example/mentoring');
    await page.getByTestId('session-agenda').fill(agenda);
    await page.getByTestId('session-save').click();
    const upcoming = page.getByTestId('upcoming-sessions');
    await expect(upcoming.getByTestId('session-item').filter({ hasText: agenda })).toBeVisible();
    await expect(
      upcoming.getByTestId('session-item').filter({ hasText: agenda }).getByTestId('session-ics'),
    ).toHaveAttribute('href', /\/api\/sessions\/[0-9a-f-]{36}\/invite\.ics$/);

    // A private note: private is the default.
    await page.getByRole('tab', { name: 'Notes' }).click();
    await expect(page.getByTestId('note-readers')).toContainText('Only you can read this note.');
    await page.getByTestId('note-text').fill(privateText);
    await page.getByTestId('save-note').click();
    await expect(page.getByTestId('note-item').filter({ hasText: privateText })).toBeVisible();
    await expect(page.getByTestId('note-item').filter({ hasText: privateText })).toContainText(
      'Private',
    );

    // Log yesterday's session from the home, with a shared note.
    await page.goto(DEMO.mentor.home);
    const quickLog = page.getByTestId('quick-log').filter({ hasText: DEMO.mentee.name });
    await expect(quickLog).toBeVisible();
    await expectAccessible(page);
    await quickLog.locator('input[type="date"]').fill(day(-1));
    await quickLog.getByTestId('quick-log-note').fill(sharedText);
    await quickLog.getByRole('radio', { name: `Shared with ${DEMO.mentee.name}` }).click();
    await expect(quickLog).toContainText(`Only you and ${DEMO.mentee.name} can read this note.`);
    await quickLog.getByTestId('quick-log-submit').click();
    await expect(quickLog.getByTestId('quick-log-done')).toContainText('Session logged');
    await expect(quickLog.getByTestId('quick-log-note')).toHaveValue('');

    // The mentee sees the shared note, not the private one.
    const mentee = await signInElsewhere(browser, DEMO.mentee.email);
    await mentee.goto(`/pairs/${matchId}`);
    await expect(mentee.getByRole('heading', { level: 1 })).toHaveText(
      `Mentoring with ${DEMO.mentor.name}`,
    );
    await expect(mentee.getByTestId('session-item').filter({ hasText: agenda })).toBeVisible();
    await mentee.getByRole('tab', { name: 'Notes' }).click();
    await expect(mentee.getByTestId('note-item').filter({ hasText: sharedText })).toBeVisible();
    await expect(mentee.getByTestId('note-item').filter({ hasText: privateText })).toHaveCount(0);
    await expectAccessible(mentee);

    // HR sees that sessions happen, never where or what, and no notes at all.
    const hr = await signInElsewhere(browser, DEMO.admin.email);
    const sessions = await hr.request.get(`/api/matches/${matchId}/sessions`);
    expect(sessions.ok()).toBe(true);
    const list = (await sessions.json()) as SessionView[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.every((s) => s.agenda === null && s.location === null)).toBe(true);
    expect((await hr.request.get(`/api/matches/${matchId}/notes`)).status()).toBe(404);
  });
});
