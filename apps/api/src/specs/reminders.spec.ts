import { RemindersService } from '@mentorbridge/api-sessions';
import { ApiClient, createUser, TestApp } from '@mentorbridge/api-testing';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

const hours = (n: number) => new Date(Date.now() + n * 3_600_000);

describe('session reminders and quiet-pair nudges', () => {
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

  async function pair(activatedHoursAgo: number) {
    const { cohort } = await recruitingCohort(hr);
    const mentor = await createUser(t.dataSource, { displayName: 'Rae Mentor' });
    const mentee = await createUser(t.dataSource, { displayName: 'Lou Mentee' });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', $4) RETURNING id`,
      [cohort.id, mentor.id, mentee.id, hours(-activatedHoursAgo)],
    );
    return { matchId: id as string, mentor, mentee };
  }

  const mails = (kind: string): Promise<{ to_address: string; subject: string; text: string }[]> =>
    t.dataSource.query(
      `SELECT to_address, subject, text FROM mail_message WHERE kind = $1 ORDER BY to_address`,
      [kind],
    );

  it('reminds both sides once, the day before, without quoting the agenda or place', async () => {
    const { matchId, mentor, mentee } = await pair(24);
    // Scheduled through the API, so agenda and place are sealed with the pair's real key: a
    // reminder that decrypted and quoted them would show the canary.
    const client = new ApiClient(t.server);
    await client.signIn(mentor.email, mentor.password);
    for (const at of [hours(20), hours(30)]) {
      const scheduled = await client.post(`/api/matches/${matchId}/sessions`, {
        scheduledAt: at.toISOString(),
        durationMinutes: 45,
        mode: 'video',
        agenda: 'CANARY-agenda-secret',
        location: 'CANARY-room-secret',
      });
      expect(scheduled.status).toBe(201);
    }
    const reminders = t.app.get(RemindersService);
    expect(await reminders.remindSessions()).toBe(1);
    expect(await reminders.remindSessions()).toBe(0);
    const sent = await mails('session-reminder');
    expect(sent.map((m) => m.to_address).sort()).toEqual([mentee.email, mentor.email].sort());
    expect(sent.find((m) => m.to_address === mentee.email)?.subject).toContain('Rae Mentor');
    for (const m of sent) expect(`${m.subject} ${m.text}`).not.toContain('CANARY');
  });

  it('nudges a quiet pair once in 14 days, and not a pair with a session planned', async () => {
    // Matched 60 days ago, never met: quiet (program cadence 4 weeks → after 42 days).
    const quiet = await pair(60 * 24);
    const planned = await pair(60 * 24);
    await t.dataSource.query(
      `INSERT INTO mentoring_session (id, match_id, scheduled_at, duration_minutes, mode, status)
       VALUES (gen_random_uuid(), $1, $2, 45, 'video', 'scheduled')`,
      [planned.matchId, hours(72)],
    );
    const reminders = t.app.get(RemindersService);
    expect(await reminders.nudgeQuietPairs()).toBe(1);
    expect(await reminders.nudgeQuietPairs()).toBe(0);
    const sent = await mails('quiet-nudge');
    expect(sent.map((m) => m.to_address).sort()).toEqual(
      [quiet.mentee.email, quiet.mentor.email].sort(),
    );
    // Fifteen days later both are quiet: the first is nudged again, and the second's planned
    // session came and went without being logged.
    expect(await reminders.nudgeQuietPairs(new Date(Date.now() + 15 * 86_400_000))).toBe(2);
  });
});
