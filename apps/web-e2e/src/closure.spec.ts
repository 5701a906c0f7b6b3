import { APIRequestContext, Browser, expect, Locator, Page, test } from '@playwright/test';
import type { ClosureView, MatchView, UserDetail } from '@mentorbridge/shared-contracts';
import { DEMO, DEMO_PASSWORD, expectAccessible, signIn } from './support/demo';

/** The demo cohort in its closing window, where the demo mentor has a second mentee. */
const PROGRAM = 'Emerging Leaders';
const COHORT = 'Summer 2026';

/** A person of the demo in their own browser, on the home their role lands on. */
async function signInElsewhere(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** Signs `request` in through the API, sending the CSRF cookie back in its header as the app does. */
async function signInApi(request: APIRequestContext, email: string): Promise<void> {
  const csrf = await request.get('/api/auth/csrf');
  expect(csrf.ok(), 'GET /api/auth/csrf').toBe(true);
  const { token } = (await csrf.json()) as { token: string };
  expect(token).not.toBe('');
  const login = await request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { 'X-XSRF-TOKEN': token },
  });
  expect(login.status(), `sign-in of ${email}`).toBe(200);
}

/** GET as the signed-in person of `request`, failing on anything but 2xx. */
async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  expect(response.ok(), `GET ${url}`).toBe(true);
  return (await response.json()) as T;
}

/** The match id at the end of a pair page's address. */
function pairIdOf(url: string): string {
  const id = /\/pairs\/([0-9a-f-]{36})$/.exec(url)?.[1];
  if (!id) throw new Error(`Not a pair page: ${url}`);
  return id;
}

/** One of the signed-in person's matches (as their home lists them), by id. */
async function myMatch(request: APIRequestContext, matchId: string): Promise<MatchView> {
  const match = (await getJson<MatchView[]>(request, '/api/me/matches')).find(
    (m) => m.id === matchId,
  );
  if (!match) throw new Error(`Match ${matchId} is not among my matches`);
  return match;
}

/** The "Done" / "To do" of one item of the closing checklist. */
function checklistState(page: Page, label: string): Locator {
  return page
    .getByTestId('closure-checklist')
    .getByTestId('checklist-item')
    .filter({ hasText: label })
    .getByTestId('checklist-state');
}

const FINAL_SESSION = 'Hold a final session together';
const GOALS_ASSESSED = 'Say how far each goal was reached';
const EXIT_SURVEY = 'Answer the exit survey';
const CONTACT = 'Say whether you want to stay in touch';

/** Fills in and sends the exit survey on a pair page. */
async function answerExitSurvey(
  page: Page,
  answers: {
    satisfaction: string;
    recommend: string;
    helped: string;
    change: string;
    reflection: string;
    contact: string;
  },
): Promise<void> {
  const survey = page.getByRole('form', { name: 'Exit survey' });
  await survey
    .getByTestId('survey-satisfaction')
    .getByRole('radio', { name: answers.satisfaction })
    .check();
  await survey
    .getByTestId('survey-recommend')
    .getByRole('radio', { name: answers.recommend, exact: true })
    .check();
  await survey.getByTestId('survey-helped').fill(answers.helped);
  await survey.getByTestId('survey-change').fill(answers.change);
  await survey.getByTestId('survey-reflection').fill(answers.reflection);
  await survey.getByTestId('survey-contact').getByRole('radio', { name: answers.contact }).check();
  await survey.getByTestId('survey-save').click();
  await expect(survey.getByTestId('survey-answered')).toContainText('You answered on');
  await expect(survey.getByTestId('survey-summary')).toHaveCount(0);
}

test.describe('planned closure (mentor → mentee → HR lead)', () => {
  test('the mentor assesses the goal, answers the exit survey and completes; the mentee finishes their part; HR sees it documented', async ({
    page,
    browser,
    request,
  }) => {
    test.setTimeout(120_000);
    const unique = Date.now().toString(36);
    const mentorReflection = `Marcus's private reflection ${unique}: I talked too much early on`;
    const mentorHelped = `Marcus helped ${unique}: working on real situations`;
    const mentorChange = `Marcus change ${unique}: a kick-off with all pairs`;
    const menteeReflection = `Mentee's private reflection ${unique}: ask for feedback sooner`;

    // 1. Marcus's home: the Summer 2026 pair is in its closing window.
    await signIn(page, DEMO.mentor.email);
    await expect(page).toHaveURL(/\/mentor$/);
    await expect(page.getByRole('heading', { level: 1, name: DEMO.mentor.heading })).toBeVisible();
    const card = page.getByTestId('my-match').filter({ hasText: `${PROGRAM} · ${COHORT}` });
    await expect(card).toHaveCount(1);
    await expect(card.getByTestId('match-state')).toHaveText(/Active/);
    await expect(card.getByTestId('match-closing-soon')).toContainText(
      'Closing soon — complete your checklist',
    );
    const menteeName = (await card.locator('.partner').innerText()).trim();
    expect(menteeName).not.toBe('');
    expect(menteeName).not.toBe(DEMO.mentee.name);
    await expectAccessible(page);

    // 2. The pair page opens on the closing checklist.
    await card.getByTestId('match-open').click();
    await expect(page).toHaveURL(/\/pairs\/[0-9a-f-]{36}$/);
    const matchId = pairIdOf(page.url());
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Mentoring with ${menteeName}`,
    );
    await expect(page.getByTestId('closing-window')).toContainText('Time to close well');
    await expect(page.getByTestId('closure-checklist')).toBeVisible();
    await expect(checklistState(page, GOALS_ASSESSED)).toHaveText('To do');
    await expect(checklistState(page, EXIT_SURVEY)).toHaveText('To do');
    await expect(checklistState(page, CONTACT)).toHaveText('To do');
    await expectAccessible(page);

    // Who the mentee is: their id from Marcus's matches, their email from the directory (as HR).
    const match = await myMatch(page.request, matchId);
    expect(match.mentee.displayName).toBe(menteeName);
    await signInApi(request, DEMO.admin.email);
    const mentee = await getJson<UserDetail>(request, `/api/users/${match.mentee.userId}`);

    // 3. Goal attainment: every goal of the pair was reached.
    const goals = page.getByTestId('attainment-goal');
    await expect(goals.first()).toBeVisible();
    for (let i = 0, count = await goals.count(); i < count; i++) {
      await goals.nth(i).getByRole('radio', { name: 'Achieved', exact: true }).check();
    }
    await page.getByTestId('attainment-save').click();
    await expect(page.getByRole('form', { name: 'Goal attainment' })).toContainText('Saved.');
    await expect(checklistState(page, GOALS_ASSESSED)).toHaveText('Done');

    // 4. The exit survey, with a reflection only Marcus may ever read.
    await expect(page.getByTestId('survey-reflection-privacy')).toContainText(
      `Private to you: ${menteeName} and HR never see it.`,
    );
    await answerExitSurvey(page, {
      satisfaction: '5 · Very satisfied',
      recommend: '9',
      helped: mentorHelped,
      change: mentorChange,
      reflection: mentorReflection,
      contact: 'Stay in touch',
    });
    await expect(checklistState(page, EXIT_SURVEY)).toHaveText('Done');
    await expect(checklistState(page, CONTACT)).toHaveText('Done');

    // 5. Complete the relationship, after a confirmation.
    await page.getByTestId('complete-relationship').click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText(`Complete your mentoring with ${menteeName}?`);
    await expect(confirm).toContainText('cannot be undone');
    await confirm.getByTestId('confirm-dialog-confirm').click();
    await expect(confirm).toHaveCount(0);

    // Ended: read-only, the closure record, every item of Marcus's checklist done, a certificate.
    await expect(page.getByTestId('pair-ended')).toContainText('This mentoring has ended');
    await expect(page.getByTestId('pair-state')).toHaveText(/Completed/);
    await expect(page.getByTestId('closure-record-reason')).toHaveText(
      'Ended as planned · Completed as planned',
    );
    await expect(page.getByTestId('closure-record-by')).toHaveText('You');
    await expect(page.getByTestId('closure-partner')).toContainText(
      `${menteeName} has not finished their part yet.`,
    );
    for (const item of [FINAL_SESSION, GOALS_ASSESSED, EXIT_SURVEY, CONTACT]) {
      await expect(checklistState(page, item), item).toHaveText('Done');
    }
    await expect(page.getByTestId('complete-relationship')).toHaveCount(0);
    await expect(page.getByTestId('end-early')).toHaveCount(0);
    await expect(page.getByTestId('raise-concern')).toHaveCount(0);
    await expect(page.getByTestId('schedule-session')).toHaveCount(0);
    await expect(page.getByTestId('pair-phase')).toHaveAttribute('aria-disabled', 'true');
    const certificate = page.getByTestId('certificate-link');
    await expect(certificate).toHaveAttribute(
      'href',
      new RegExp(`/api/matches/${matchId}/certificate$`),
    );
    const pdf = await page.request.get((await certificate.getAttribute('href')) ?? '');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectAccessible(page);

    // 6. The mentee sees the completed relationship on their home and opens its checklist.
    const menteePage = await signInElsewhere(browser, mentee.email);
    await expect(menteePage).toHaveURL(/\/mentee$/);
    const menteeCard = menteePage
      .getByTestId('my-match')
      .filter({ has: menteePage.locator('.partner', { hasText: DEMO.mentor.name }) })
      .filter({ hasText: `${PROGRAM} · ${COHORT}` });
    await expect(menteeCard.getByTestId('match-state')).toHaveText(/Completed/);
    await expect(menteeCard.getByTestId('match-note')).toContainText('Completed on');
    await expectAccessible(menteePage);
    await menteeCard.getByTestId('match-open').click();
    await expect(menteePage).toHaveURL(new RegExp(`/pairs/${matchId}$`));
    await expect(menteePage.getByRole('heading', { level: 1 })).toHaveText(
      `Mentoring with ${DEMO.mentor.name}`,
    );
    await expect(menteePage.getByTestId('pair-ended')).toBeVisible();
    await expect(menteePage.getByTestId('pair-state')).toHaveText(/Completed/);
    await expect(menteePage.getByTestId('closure-record-by')).toHaveText(
      `${DEMO.mentor.name} (mentor)`,
    );
    await expect(menteePage.getByTestId('closure-partner')).toContainText(
      `${DEMO.mentor.name} has finished their part of the closure.`,
    );
    // That Marcus finished, never what he answered: his words are nowhere, the form is empty.
    const menteeSurvey = menteePage.getByRole('form', { name: 'Exit survey' });
    await expect(menteeSurvey.getByTestId('survey-answered')).toHaveCount(0);
    await expect(menteeSurvey.getByTestId('survey-reflection')).toHaveValue('');
    await expect(menteeSurvey.getByRole('radio', { checked: true })).toHaveCount(0);
    for (const text of [mentorReflection, mentorHelped, mentorChange]) {
      await expect(menteePage.locator('body')).not.toContainText(text);
    }
    const menteeView = await menteePage.request.get(`/api/matches/${matchId}/closure`);
    expect(menteeView.ok()).toBe(true);
    const menteeJson = await menteeView.text();
    for (const text of [mentorReflection, mentorHelped, mentorChange]) {
      expect(menteeJson).not.toContain(text);
    }
    // The goal Marcus assessed counts for both; the mentee's own survey is still to do.
    await expect(checklistState(menteePage, GOALS_ASSESSED)).toHaveText('Done');
    await expect(checklistState(menteePage, EXIT_SURVEY)).toHaveText('To do');
    await expect(checklistState(menteePage, CONTACT)).toHaveText('To do');
    await expectAccessible(menteePage);

    await answerExitSurvey(menteePage, {
      satisfaction: '4 · Satisfied',
      recommend: '8',
      helped: 'Practising the hard conversations before having them',
      change: 'More time: six months went fast',
      reflection: menteeReflection,
      contact: 'Stay in touch',
    });
    for (const item of [FINAL_SESSION, GOALS_ASSESSED, EXIT_SURVEY, CONTACT]) {
      await expect(checklistState(menteePage, item), item).toHaveText('Done');
    }
    await expect(menteePage.getByTestId('certificate-link')).toBeVisible();
    await expectAccessible(menteePage);

    // Marcus, on reload, sees that his mentee finished too (and still his own answers only).
    await page.reload();
    await expect(page.getByTestId('closure-partner')).toContainText(
      `${menteeName} has finished their part of the closure.`,
    );
    await expect(page.getByTestId('survey-reflection')).toHaveValue(mentorReflection);
    await expect(page.locator('body')).not.toContainText(menteeReflection);

    // 7. The HR lead finds the cohort's closures from the program and sees the pair documented.
    const hr = await signInElsewhere(browser, DEMO.admin.email);
    await expect(hr.getByRole('heading', { level: 1, name: DEMO.admin.heading })).toBeVisible();
    await hr.goto('/programs');
    await hr.getByTestId('program-card').getByRole('link', { name: PROGRAM, exact: true }).click();
    await expect(hr.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
    await hr.getByRole('link', { name: COHORT, exact: true }).click();
    await expect(hr.getByRole('heading', { level: 1, name: COHORT })).toBeVisible();
    await hr.getByTestId('closures-link').click();
    await expect(hr).toHaveURL(/\/programs\/[0-9a-f-]{36}\/cohorts\/[0-9a-f-]{36}\/closures$/);
    await expect(hr.getByRole('heading', { level: 1, name: `Closures · ${COHORT}` })).toBeVisible();
    await expect(hr.getByTestId('summary-closed')).not.toHaveText('0');
    const row = hr
      .getByTestId('closure-row')
      .filter({ hasText: DEMO.mentor.name })
      .filter({ hasText: `with ${menteeName}` });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Completed');
    await expect(row.getByTestId('row-reason')).toHaveText('Completed as planned');
    await expect(row).toContainText(`${DEMO.mentor.name} (mentor)`);
    await expect(row.getByTestId('row-mentor-doc')).toContainText('Survey answered');
    await expect(row.getByTestId('row-mentee-doc')).toContainText('Survey answered');
    await expect(row.getByTestId('row-documented')).toContainText('Yes');
    await expect(row.getByTestId('row-chase')).toHaveCount(0);
    await expectAccessible(hr);

    // The documentation, never the private reflections.
    await row.getByTestId('row-details').click();
    const details = hr.getByRole('dialog');
    await expect(details).toBeVisible();
    for (const text of [mentorReflection, menteeReflection]) {
      await expect(details).not.toContainText(text);
    }
    const hrView = await getJson<ClosureView>(hr.request, `/api/matches/${matchId}/closure`);
    expect(hrView.state).toBe('completed');
    const hrJson = JSON.stringify(hrView);
    for (const text of [mentorReflection, menteeReflection]) {
      expect(hrJson).not.toContain(text);
    }
  });
});
