import { MenteeChoiceService } from '@mentorbridge/api-matching';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type {
  Answers,
  MentorRequestView,
  ShortlistGenerationResult,
  ShortlistView,
} from '@mentorbridge/shared-contracts';
import { employee, MENTEE_ANSWERS, MENTOR_ANSWERS } from './recruitment-fixtures';
import { createCohort, createProgram } from './program-fixtures';
import { createApiTestApp } from './support';

/**
 * Mentee-choice mode: shortlists that never show a mentor to more mentees than their free
 * places, requests, the mentor's answer (siblings withdrawn with a notice), expiry.
 */
describe('mentee choice', () => {
  let t: TestApp;
  let hr: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const hrUser = await createUser(t.dataSource, { roles: ['admin'] });
    hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
  });

  const signedIn = async (person: TestUser) => {
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  };

  async function approved(cohortId: string, person: TestUser, role: string, answers: Answers) {
    const client = await signedIn(person);
    const applied = await client.post(`/api/cohorts/${cohortId}/applications`, { role, answers });
    if (applied.status !== 201) throw new Error(`apply: ${JSON.stringify(applied.body)}`);
    await hr.post(`/api/applications/${applied.body.id}/decision`, { decision: 'approve' });
  }

  /** Three mentors with 1 free place each; four mentees who all want Negotiation. */
  async function choiceCohort(matchingMode = 'mentee_choice') {
    const program = await createProgram(hr, { matchingMode } as never);
    const cohort = await createCohort(hr, program.id, 'Choice 2027');
    await hr.post(`/api/cohorts/${cohort.id}/transitions`, {
      to: 'recruiting',
      overrideGate: true,
      reason: 'Readiness assessed outside the tool for this test cohort',
    });
    const mentors: TestUser[] = [];
    for (const [name, expertise] of [
      ['Ada', ['Negotiation', 'Stakeholder management']],
      ['Ben', ['Negotiation']],
      ['Cy', ['Leadership']],
    ] as const) {
      const person = await employee(t, { displayName: `${name} Mentor`, seniorityLevel: 4 });
      await approved(cohort.id, person, 'mentor', {
        ...MENTOR_ANSWERS,
        expertise: [...expertise],
        capacity: 1,
      });
      mentors.push(person);
    }
    const mentees: TestUser[] = [];
    for (const name of ['Dan', 'Eve', 'Fay', 'Gus']) {
      const person = await employee(t, { displayName: `${name} Mentee` });
      await approved(cohort.id, person, 'mentee', MENTEE_ANSWERS);
      mentees.push(person);
    }
    await hr.post(`/api/cohorts/${cohort.id}/transitions`, { to: 'matching' });
    return { program, cohort, mentors, mentees };
  }

  it('publishes shortlists that show each mentor to no more mentees than their free places', async () => {
    const { cohort, mentees } = await choiceCohort();
    const result = await hr.post(`/api/cohorts/${cohort.id}/shortlists`, {});
    expect(result.status).toBe(200);
    const summary = result.body as ShortlistGenerationResult;
    // 3 mentors × 1 place: 3 shortlist places for 4 mentees; nobody is shown twice.
    expect(summary).toMatchObject({ mentees: 4, withShortlist: 3, entries: 3, maxExposure: 1 });

    const shown = new Map<string, number>();
    let withList = 0;
    for (const mentee of mentees) {
      const lists = (await (await signedIn(mentee)).get('/api/me/shortlists'))
        .body as ShortlistView[];
      if (lists.length === 0) continue;
      withList++;
      expect(lists[0]).toMatchObject({ cohortId: cohort.id, matched: false, requestExpiryDays: 7 });
      for (const entry of lists[0].entries) {
        expect(entry.available).toBe(true);
        expect(entry.criteria).toHaveLength(9);
        shown.set(entry.mentor.displayName, (shown.get(entry.mentor.displayName) ?? 0) + 1);
      }
    }
    expect(withList).toBe(3);
    expect([...shown.values()].every((n) => n <= 1)).toBe(true);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_message WHERE kind = 'shortlist-ready'`,
    );
    expect(count).toBe(3);
  });

  it('refuses shortlists for a program where HR matches', async () => {
    const { cohort } = await choiceCohort('admin_bulk');
    const refused = await hr.post(`/api/cohorts/${cohort.id}/shortlists`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('does not let mentees choose');
  });

  it('a mentor accepting makes an active match and withdraws the mentee’s other requests with a notice', async () => {
    const { cohort, mentors, mentees } = await choiceCohort();
    // Give everyone room so one mentee can see several mentors.
    await t.dataSource.query(
      `UPDATE participant SET capacity = 3 WHERE cohort_id = $1 AND role = 'mentor'`,
      [cohort.id],
    );
    await hr.post(`/api/cohorts/${cohort.id}/shortlists`, {});
    const dan = await signedIn(mentees[0]);
    const [list] = (await dan.get('/api/me/shortlists')).body as ShortlistView[];
    expect(list.entries.length).toBeGreaterThanOrEqual(2);
    // Ranked by score, best first.
    const scores = list.entries.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(list.entries.map((e) => e.rank)).toEqual(list.entries.map((_, i) => i + 1));

    const [first, second] = list.entries;
    const toFirst = await dan.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
      mentorUserId: first.mentor.userId,
      message: 'I liked your talk on negotiation.',
    });
    expect(toFirst.status).toBe(201);
    const again = await dan.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
      mentorUserId: first.mentor.userId,
    });
    expect(again.status).toBe(409);
    const toSecond = await dan.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
      mentorUserId: second.mentor.userId,
    });
    expect(toSecond.status).toBe(201);
    const notListed = mentors.find((m) => !list.entries.some((e) => e.mentor.userId === m.id));
    if (notListed) {
      const refused = await dan.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
        mentorUserId: notListed.id,
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('This mentor is not on your shortlist.');
    }

    // Only the asked mentor can answer; to anyone else the request does not exist.
    const firstMentor = mentors.find((m) => m.id === first.mentor.userId) as TestUser;
    const secondMentor = mentors.find((m) => m.id === second.mentor.userId) as TestUser;
    const mentorClient = await signedIn(firstMentor);
    const stranger = await signedIn(secondMentor);
    expect(
      (await stranger.post(`/api/mentor-requests/${toFirst.body.id}/respond`, { accept: true }))
        .status,
    ).toBe(404);
    const received = (await mentorClient.get('/api/me/mentor-requests'))
      .body as MentorRequestView[];
    expect(received[0]).toMatchObject({
      state: 'open',
      message: 'I liked your talk on negotiation.',
      mentee: { displayName: 'Dan Mentee' },
      // What Dan wrote in his application: the asked mentor reads it before answering.
      menteeGoal: MENTEE_ANSWERS['goal'],
    });
    // HR of the program see it in the cohort's requests too.
    const forHr = (await hr.get(`/api/cohorts/${cohort.id}/mentor-requests`)).body
      .items as MentorRequestView[];
    expect(forHr.find((r) => r.id === toFirst.body.id)?.menteeGoal).toBe(MENTEE_ANSWERS['goal']);

    const accepted = await mentorClient.post(`/api/mentor-requests/${toFirst.body.id}/respond`, {
      accept: true,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    expect(accepted.body.matchId).not.toBeNull();
    expect(accepted.body.menteeGoal).toBe(MENTEE_ANSWERS['goal']);

    const danRequests = (await dan.get('/api/me/mentor-requests')).body as MentorRequestView[];
    expect(danRequests.map((r) => [r.mentor.displayName, r.state, r.closedReason]).sort()).toEqual(
      [
        [first.mentor.displayName, 'accepted', null],
        [second.mentor.displayName, 'withdrawn', 'Another mentor accepted this mentee first'],
      ].sort(),
    );
    const [match] = (await dan.get('/api/me/matches')).body;
    expect(match).toMatchObject({ state: 'active', mentor: { userId: first.mentor.userId } });
    const notices: { to_address: string; kind: string }[] = await t.dataSource.query(
      `SELECT to_address, kind FROM mail_message WHERE kind LIKE 'mentor-request%' ORDER BY kind, to_address`,
    );
    expect(notices).toEqual(
      expect.arrayContaining([
        { to_address: mentees[0].email, kind: 'mentor-request-accepted' },
        { to_address: secondMentor.email, kind: 'mentor-request-withdrawn' },
      ]),
    );
    // Dan is matched: no more requests, and the shortlist says so.
    const [after] = (await dan.get('/api/me/shortlists')).body as ShortlistView[];
    expect(after.matched).toBe(true);
    const late = await dan.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
      mentorUserId: second.mentor.userId,
    });
    expect(late.status).toBe(409);
    expect(late.body.message).toBe('You already have a mentor in this cohort.');
  });

  /** A mentor shown to two mentees (mentors have two places), and both mentees asking them. */
  async function twoAskers() {
    const setup = await choiceCohort();
    const { cohort, mentees, mentors } = setup;
    await t.dataSource.query(
      `UPDATE participant SET capacity = 2 WHERE cohort_id = $1 AND role = 'mentor'`,
      [cohort.id],
    );
    await hr.post(`/api/cohorts/${cohort.id}/shortlists`, {});
    const byMentor = new Map<string, TestUser[]>();
    for (const mentee of mentees) {
      const lists = (await (await signedIn(mentee)).get('/api/me/shortlists'))
        .body as ShortlistView[];
      for (const e of lists[0]?.entries ?? [])
        byMentor.set(e.mentor.userId, [...(byMentor.get(e.mentor.userId) ?? []), mentee]);
    }
    const found = [...byMentor.entries()].find(([, list]) => list.length >= 2);
    if (!found) throw new Error('no mentor is shown to two mentees');
    const [mentorId, [x, y]] = found;
    const ask = async (mentee: TestUser) => {
      const client = await signedIn(mentee);
      const sent = await client.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
        mentorUserId: mentorId,
      });
      expect(sent.status).toBe(201);
      return { client, request: sent.body as MentorRequestView };
    };
    return {
      ...setup,
      mentor: await signedIn(mentors.find((m) => m.id === mentorId) as TestUser),
      mentorId,
      x: { person: x, ...(await ask(x)) },
      y: { person: y, ...(await ask(y)) },
    };
  }

  it('a decline needs a reason, which the mentee does not see', async () => {
    const { mentor, x, y } = await twoAskers();
    const bare = await mentor.post(`/api/mentor-requests/${x.request.id}/respond`, {
      accept: false,
    });
    expect(bare.status).toBe(400);
    expect(JSON.stringify(bare.body)).toContain('reason is required when declining');
    const declined = await mentor.post(`/api/mentor-requests/${x.request.id}/respond`, {
      accept: false,
      reason: 'I am on parental leave from March',
    });
    expect(declined.body).toMatchObject({
      state: 'declined',
      closedReason: 'I am on parental leave from March',
      // A request that ended without a match no longer shows the mentor the mentee's goal.
      menteeGoal: null,
    });
    const mentorSees = (await mentor.get('/api/me/mentor-requests')).body as MentorRequestView[];
    expect(mentorSees.find((r) => r.id === x.request.id)?.menteeGoal).toBeNull();
    expect(mentorSees.find((r) => r.id === y.request.id)).toMatchObject({
      state: 'open',
      menteeGoal: MENTEE_ANSWERS['goal'],
    });
    const [seen] = (await x.client.get('/api/me/mentor-requests')).body as MentorRequestView[];
    expect(seen).toMatchObject({
      state: 'declined',
      closedReason: 'The mentor could not take you on this time',
    });
    const [notice] = await t.dataSource.query(
      `SELECT text FROM mail_message WHERE kind = 'mentor-request-declined' AND to_address = $1`,
      [x.person.email],
    );
    expect(notice.text).not.toContain('parental leave');
    // Withdrawing is for the mentee, and only while open.
    expect((await mentor.post(`/api/mentor-requests/${x.request.id}/withdraw`, {})).status).toBe(
      404,
    );
    expect((await x.client.post(`/api/mentor-requests/${x.request.id}/withdraw`, {})).status).toBe(
      409,
    );
  });

  it('when a mentor becomes full, the others waiting for them are told', async () => {
    const { cohort, mentor, mentorId, x, y } = await twoAskers();
    // HR lowered the mentor's capacity after the shortlists went out.
    await t.dataSource.query(
      `UPDATE participant SET capacity = 1 WHERE cohort_id = $1 AND user_id = $2`,
      [cohort.id, mentorId],
    );
    const accepted = await mentor.post(`/api/mentor-requests/${x.request.id}/respond`, {
      accept: true,
    });
    expect(accepted.body.state).toBe('accepted');
    const [other] = (await y.client.get('/api/me/mentor-requests')).body as MentorRequestView[];
    expect(other).toMatchObject({ state: 'declined' });
    const [list] = (await y.client.get('/api/me/shortlists')).body as ShortlistView[];
    expect(list.entries.find((e) => e.mentor.userId === mentorId)?.available).toBe(false);
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_message WHERE kind = 'mentor-request-declined' AND to_address = $1`,
      [y.person.email],
    );
    expect(count).toBe(1);
  });

  it('expires unanswered requests after the program’s number of days and tells the mentee', async () => {
    const { cohort, mentees } = await choiceCohort();
    await hr.post(`/api/cohorts/${cohort.id}/shortlists`, {});
    let asked: TestUser | null = null;
    for (const mentee of mentees) {
      const client = await signedIn(mentee);
      const [list] = (await client.get('/api/me/shortlists')).body as ShortlistView[];
      if (!list) continue;
      await client.post(`/api/cohorts/${cohort.id}/mentor-requests`, {
        mentorUserId: list.entries[0].mentor.userId,
      });
      asked = mentee;
      break;
    }
    if (!asked) throw new Error('nobody had a shortlist');
    const choice = t.app.get(MenteeChoiceService);
    expect(await choice.expireRequests(new Date())).toBe(0);
    expect(await choice.expireRequests(new Date(Date.now() + 8 * 86_400_000))).toBe(1);
    const [request] = (await (await signedIn(asked)).get('/api/me/mentor-requests'))
      .body as MentorRequestView[];
    expect(request).toMatchObject({ state: 'expired', closedReason: 'No answer in time' });
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM mail_message WHERE kind = 'mentor-request-expired' AND to_address = $1`,
      [asked.email],
    );
    expect(count).toBe(1);
  });
});
