import { APIRequestContext, Browser, expect, Locator, Page, test } from '@playwright/test';
import type { MatchRunDetail, PairExplanation, UserDetail } from '@mentorbridge/shared-contracts';
import { DEMO, expectAccessible, signIn } from './support/demo';

/** GET as the signed-in person of `request` (a page's cookies), failing on anything but 2xx. */
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `GET ${url}`).toBe(true);
  return (await response.json()) as T;
}

/**
 * Two pairs on the run's first page (25 rows, listed as the API lists them) whose mentors can be
 * swapped: the first pair and the next one with another mentor, no pin, and both new pairs
 * allowed by the hard rules.
 */
async function swappablePairs(request: APIRequestContext, run: MatchRunDetail): Promise<number> {
  const [first, ...others] = run.proposals.slice(0, 25);
  if (!first || first.pinned) throw new Error('The first pair cannot be swapped');
  for (const [index, other] of others.entries()) {
    if (other.pinned || other.mentor.userId === first.mentor.userId) continue;
    const explain = (mentor: string, mentee: string) =>
      getJson<PairExplanation>(
        request,
        `/api/match-runs/${run.id}/explain?mentor=${mentor}&mentee=${mentee}`,
      );
    const after = await Promise.all([
      explain(other.mentor.userId, first.mentee.userId),
      explain(first.mentor.userId, other.mentee.userId),
    ]);
    if (after.every((pair) => pair.score !== null)) return index + 1;
  }
  throw new Error('No two pairs of the run can be swapped');
}

/** The id at the end of a run page's address. */
function runIdOf(url: string): string {
  const id = /\/runs\/([0-9a-f-]{36})$/.exec(url)?.[1];
  if (!id) throw new Error(`Not a run page: ${url}`);
  return id;
}

/** A person of the demo in their own browser, on the home their role lands on. */
async function signInElsewhere(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** The card of my match with `partner` on a mentor or mentee home. */
function matchCard(page: Page, partner: string): Locator {
  return page
    .getByTestId('my-match')
    .filter({ has: page.locator('.partner', { hasText: partner }) });
}

test.describe('matching (HR lead → mentor and mentee)', () => {
  test('HR reviews a run, inspects a pair’s breakdown, swaps a pair, publishes; a mentor accepts', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);

    // 1. The HR lead opens Emerging Leaders → Spring 2027 → Matching.
    await signIn(page, DEMO.admin.email);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();
    await page.goto('/programs');
    await page
      .getByTestId('program-card')
      .getByRole('link', { name: 'Emerging Leaders', exact: true })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Emerging Leaders' })).toBeVisible();
    await page.getByRole('link', { name: 'Spring 2027', exact: true }).click();
    await expect(page.getByTestId('cohort-state')).toContainText('Matching');
    await page.getByTestId('matching-link').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Matching · Spring 2027' }),
    ).toBeVisible();
    // The seeded draft waits for review.
    const runRows = page.getByTestId('run-row');
    await expect(runRows).toHaveCount(1);
    await expect(runRows.first()).toContainText('Run #1');
    await expect(runRows.first()).toContainText('Draft');
    await expectAccessible(page);

    // 2. A new run: its progress shows while it works (if slow enough to see), then its draft.
    await page.getByTestId('new-run').click();
    const newRun = runRows.filter({ hasText: 'Run #2' });
    await expect(page.getByTestId('run-progress').or(newRun).first()).toBeVisible();
    await expect(newRun).toContainText('Draft', { timeout: 30_000 });
    await expect(newRun).toContainText('Proven optimal');
    await expect(page.getByTestId('run-progress')).toHaveCount(0);
    await newRun.getByRole('link', { name: 'Run #2' }).click();
    await expect(page).toHaveURL(/\/matching\/runs\/[0-9a-f-]{36}$/);
    const runId = runIdOf(page.url());
    await expect(page.getByRole('heading', { level: 1, name: 'Run #2' })).toBeVisible();
    await expect(page.getByTestId('run-state')).toHaveText(/Draft/);
    await expect(page.getByTestId('run-quality')).toHaveText(/Proven optimal/);
    const rows = page.getByTestId('proposal-row');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeGreaterThan(2);
    await expectAccessible(page);

    // 3. Why this pair: the breakdown lists every criterion with its points.
    const firstRow = rows.first();
    const firstMentor = (await firstRow.locator('.name').first().innerText()).trim();
    const firstMentee = (await firstRow.locator('.name').nth(1).innerText()).trim();
    await firstRow.getByTestId('show-breakdown').click();
    const breakdown = page.getByTestId('pair-breakdown');
    await expect(breakdown).toBeVisible();
    await expect(breakdown.getByRole('heading', { level: 3 }).first()).toContainText(firstMentor);
    await expect(breakdown.getByRole('heading', { level: 3 }).first()).toContainText(firstMentee);
    const score = (await firstRow.getByTestId('proposal-score').innerText()).trim();
    await expect(breakdown.getByTestId('breakdown-score')).toHaveText(`${score} of 100`);
    expect(await breakdown.getByTestId('criterion-row').count()).toBeGreaterThan(3);
    await expect(breakdown).toContainText('Skills');
    await expectAccessible(page);

    // 4. Swap the mentors of two pairs (two whose new pairs the hard rules allow: the dialog
    //    would not let a forbidden swap through).
    const draft = await getJson<MatchRunDetail>(page.request, `/api/match-runs/${runId}`);
    const other = await swappablePairs(page.request, draft);
    const [pairA, pairB] = [draft.proposals[0], draft.proposals[other]];
    await expect(rows.nth(0)).toContainText(pairA.mentee.displayName);
    await expect(rows.nth(other)).toContainText(pairB.mentee.displayName);
    await rows.nth(0).getByTestId('select-pair').locator('input').check();
    await rows.nth(other).getByTestId('select-pair').locator('input').check();
    await page.getByTestId('swap-pairs').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Swap the mentors of these pairs?');
    await expect(dialog.getByTestId('swap-after-pair')).toHaveCount(2);
    await expect(dialog.getByTestId('swap-change')).toContainText('points');
    await dialog.getByTestId('confirm-swap').click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('run-quality')).toHaveText(/Edited by hand/);
    // The pair may move down the list (pairs are listed best first): find it by name.
    await page.getByTestId('proposal-filter').fill(pairA.mentee.displayName);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(pairB.mentor.displayName);
    await expect(rows.first()).toContainText('Placed by hand');
    await page.getByTestId('proposal-filter').fill('');

    // 5. Publish, after a confirmation that says who is told.
    await page.getByTestId('publish-run').click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(/Publish \d+ pairs\?/);
    await expect(confirm).toContainText('will be notified');
    await confirm.getByTestId('confirm-dialog-confirm').click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByTestId('run-state')).toHaveText(/Published/);
    await expect(page.getByTestId('publish-run')).toBeDisabled();
    // The seeded draft, not chosen, is discarded.
    await page.getByRole('link', { name: 'Matching · Spring 2027' }).click();
    await expect(runRows.filter({ hasText: 'Run #2' })).toContainText('Published');
    await expect(runRows.filter({ hasText: 'Run #1' })).toContainText('Discarded');

    // 6. Who to sign in as: a published pair, read as HR from the run and the directory.
    const published = await getJson<MatchRunDetail>(page.request, `/api/match-runs/${runId}`);
    expect(published.state).toBe('published');
    const [pair] = published.proposals;
    const mentor = await getJson<UserDetail>(page.request, `/api/users/${pair.mentor.userId}`);
    const mentee = await getJson<UserDetail>(page.request, `/api/users/${pair.mentee.userId}`);

    // 7. The mentor sees the proposed mentee on their home and accepts.
    const mentorPage = await signInElsewhere(browser, mentor.email);
    await mentorPage.goto('/mentor');
    await expect(
      mentorPage.getByRole('heading', { level: 1, name: DEMO.mentor.heading }),
    ).toBeVisible();
    const mentorCard = matchCard(mentorPage, mentee.displayName);
    await expect(mentorCard).toContainText('Your proposed mentee');
    await expect(mentorCard).toContainText('Emerging Leaders · Spring 2027');
    await expect(mentorCard.getByTestId('match-state')).toHaveText(/Your answer is needed/);
    await expect(mentorCard.getByTestId('match-reasons')).toBeVisible();
    await expectAccessible(mentorPage);
    await mentorCard.getByTestId('match-accept').click();
    await expect(mentorCard.getByTestId('match-state')).toHaveText(/Waiting for your partner/);
    await expect(mentorCard.getByTestId('match-note')).toContainText(
      `You accepted. ${mentee.displayName} is asked too`,
    );
    await expect(mentorCard.getByTestId('match-accept')).toHaveCount(0);
    await expectAccessible(mentorPage);

    // 8. The mentee accepts too: the pair is active for both.
    const menteePage = await signInElsewhere(browser, mentee.email);
    await menteePage.goto('/mentee');
    await expect(
      menteePage.getByRole('heading', { level: 1, name: DEMO.mentee.heading }),
    ).toBeVisible();
    const menteeCard = matchCard(menteePage, mentor.displayName);
    await expect(menteeCard).toContainText('Your proposed mentor');
    await menteeCard.getByTestId('match-accept').click();
    await expect(menteeCard.getByTestId('match-state')).toHaveText(/Active/);
    await expect(menteeCard).toContainText('Your mentor');

    await mentorPage.reload();
    await expect(matchCard(mentorPage, mentee.displayName).getByTestId('match-state')).toHaveText(
      /Active/,
    );
    await expect(matchCard(mentorPage, mentee.displayName)).toContainText('Your mentee');
  });
});
