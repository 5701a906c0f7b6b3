import { Logger } from '@nestjs/common';
import { ApiClient, TestApp } from '@mentorbridge/api-testing';
import { randomUUID } from 'node:crypto';
import { QuietLogger } from '../app/quiet-logger';
import { CanaryWorld, daysAgo, twoProgramsWithCanary } from './canary-fixtures';
import { createApiTestApp } from './support';

const CANARY = 'CANARY-logs-3c9e1d';
const PROBE = 'log-capture-probe-81f2';

/**
 * Everything the process writes while a pair confides a canary string to the app (notes, goals,
 * concerns, sessions, pulses), HR leads, an executive and outsiders read or touch it, and requests
 * carrying the canary fail (validation, 404, unknown ids, bad sign-ins). The app logs as in
 * production (QuietLogger, every level) with SQL logging at its most verbose
 * (DATABASE_LOG_QUERIES: the text of every statement, plus failed and slow ones), and the canary
 * must appear in none of it.
 */
describe('logs never carry what people confide', () => {
  let t: TestApp;
  let world: CanaryWorld;
  const captured: string[] = [];
  const restore: (() => void)[] = [];

  /** Keeps (and swallows) everything written to stdout, stderr and the console. */
  function capture(): void {
    for (const stream of [process.stdout, process.stderr]) {
      const spy = jest.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        captured.push(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
        return true;
      });
      restore.push(() => spy.mockRestore());
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
      const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        captured.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
      });
      restore.push(() => spy.mockRestore());
    }
  }

  // eslint-disable-next-line no-control-regex
  const output = () => captured.join('').replace(/\u001b\[[0-9;]*m/g, '');

  beforeAll(async () => {
    capture();
    t = await createApiTestApp({ DATABASE_LOG_QUERIES: 'true' }, { logger: new QuietLogger() });
    await t.reset();
    world = await twoProgramsWithCanary(t, CANARY);
    new Logger('LogCanarySpec').warn(`${PROBE}: the fixture is written`);
  });
  afterAll(async () => {
    await t?.close();
    for (const undo of restore.reverse()) undo();
  });

  it('has the pair confide more, and everyone who may read it read it', async () => {
    const { ids } = world;
    const [a, otherInA] = world.pairs;
    const match = `/api/matches/${ids['matchId']}`;
    const unexpected: string[] = [];
    let step = 0;
    const expectStatus = async (request: Promise<{ status: number }>, status: number) => {
      step += 1;
      const response = await request;
      if (response.status !== status)
        unexpected.push(`step ${step}: expected ${status}, got ${response.status}`);
    };

    // The pair writes more.
    await expectStatus(
      a.mentee.post(`${match}/notes`, { text: `Private ${CANARY}`, visibility: 'private' }),
      201,
    );
    await expectStatus(
      a.mentor.patch(`/api/notes/${ids['noteId']}`, { text: `Edit ${CANARY}` }),
      200,
    );
    await expectStatus(
      a.mentor.post(`${match}/sessions/log`, {
        idempotencyKey: `log-${randomUUID()}`,
        date: daysAgo(2).toISOString(),
        durationMinutes: 30,
        mode: 'video',
        outcome: 'held',
        note: `Session note ${CANARY}`,
        noteVisibility: 'shared',
      }),
      201,
    );
    await expectStatus(
      a.mentor.patch(`/api/sessions/${ids['sessionId']}`, { agenda: `New agenda ${CANARY}` }),
      200,
    );
    await expectStatus(
      a.mentee.patch(`/api/goals/${ids['goalId']}`, { why: `Because ${CANARY}` }),
      200,
    );
    await expectStatus(
      a.mentee.post(`/api/goals/${ids['goalId']}/progress`, {
        progress: 40,
        note: `Progress ${CANARY}`,
      }),
      200,
    );
    await expectStatus(
      a.mentee.post(`/api/goals/${ids['goalId']}/milestones`, { title: `Next ${CANARY}` }),
      201,
    );

    // The pair, its program's HR lead, the organisation's HR lead and the executive read it.
    for (const client of [a.mentor, a.mentee]) {
      await expectStatus(client.get(`${match}/notes`), 200);
      await expectStatus(client.get(`${match}/overview`), 200);
      await expectStatus(client.get(`${match}/sessions`), 200);
      await expectStatus(client.get(`${match}/flags`), 200);
    }
    await expectStatus(a.mentor.get(`/api/sessions/${ids['sessionId']}/invite.ics`), 200);
    for (const hr of [world.hrA, world.root]) {
      await expectStatus(hr.get(`${match}/flags`), 200);
      await expectStatus(hr.get(`${match}/sessions`), 200);
      await expectStatus(hr.get(`${match}/pulses`), 200);
      await expectStatus(hr.get(`/api/cohorts/${ids['cohortId']}/pairs`), 200);
      await expectStatus(hr.get('/api/support/summary'), 200);
      await expectStatus(hr.get('/api/reporting/needs-action'), 200);
    }
    await expectStatus(
      world.hrA.post(`/api/flags/${ids['flagId']}/resolve`, { note: `Resolved ${CANARY}` }),
      200,
    );
    await expectStatus(
      world.hrA.post(`${match}/check-ins`, {
        at: new Date().toISOString(),
        channel: 'call',
        outcome: `Check-in ${CANARY}`,
      }),
      201,
    );
    await expectStatus(world.root.get(`/api/people/${a.menteeUser.id}/export`), 200);
    await expectStatus(world.root.get('/api/audit'), 200);
    await expectStatus(world.executive.get('/api/reporting/overview'), 200);

    // Outsiders try: 404s, nothing else.
    for (const outsider of [otherInA.mentor, world.hrB, world.pairs[2].mentee]) {
      await expectStatus(outsider.get(`${match}/notes`), 404);
      await expectStatus(outsider.get(`${match}/overview`), 404);
    }
    // HR leads never read a pair's notes or its own overview.
    await expectStatus(world.hrA.get(`${match}/notes`), 404);
    await expectStatus(world.hrA.get(`${match}/overview`), 404);
    expect(unexpected).toEqual([]);
  });

  it('fails requests that carry the canary without logging it', async () => {
    const { ids } = world;
    const [a, otherInA] = world.pairs;
    const match = `/api/matches/${ids['matchId']}`;
    const missing = randomUUID();
    const failures: [string, Promise<{ status: number }>, number][] = [
      // validation errors (unknown values, unknown fields, too long)
      [
        'note with an unknown visibility',
        a.mentor.post(`${match}/notes`, { text: `Note ${CANARY}`, visibility: CANARY }),
        400,
      ],
      [
        'session with an unknown mode',
        a.mentor.post(`${match}/sessions`, {
          scheduledAt: daysAgo(-2).toISOString(),
          durationMinutes: 30,
          mode: CANARY,
          agenda: `Agenda ${CANARY}`,
        }),
        400,
      ],
      [
        'concern with an unknown topic',
        a.mentee.post(`${match}/flags`, {
          topic: CANARY,
          urgency: 'high',
          message: `Concern ${CANARY}`,
        }),
        400,
      ],
      [
        'goal with a field nobody may set',
        a.mentee.post(`${match}/goals`, { title: `Goal ${CANARY}`, ownerId: CANARY }),
        400,
      ],
      [
        'note over the size limit',
        a.mentor.post(`${match}/notes`, {
          text: `${CANARY} ${'x'.repeat(20_001)}`,
          visibility: 'shared',
        }),
        400,
      ],
      [
        'concern resolved without a valid note',
        world.hrA.post(`/api/flags/${ids['flagId']}/resolve`, { note: 1, extra: CANARY }),
        400,
      ],
      // not found / not theirs, with the canary in the body
      [
        'note on a missing pair',
        a.mentor.post(`/api/matches/${missing}/notes`, {
          text: `Note ${CANARY}`,
          visibility: 'shared',
        }),
        404,
      ],
      [
        'note on another pair',
        otherInA.mentor.post(`${match}/notes`, { text: `Note ${CANARY}`, visibility: 'shared' }),
        404,
      ],
      ['edit of a missing note', a.mentor.patch(`/api/notes/${missing}`, { text: CANARY }), 404],
      [
        'goal on another pair',
        otherInA.mentee.post(`${match}/goals`, { title: `Goal ${CANARY}` }),
        404,
      ],
      [
        "concern resolved by another program's HR lead",
        world.hrB.post(`/api/flags/${ids['flagId']}/resolve`, { note: `Note ${CANARY}` }),
        404,
      ],
      // the canary in the path and the query string
      ['canary as an id', a.mentor.get(`/api/matches/${CANARY}/notes`), 404],
      ['canary as a search', world.root.get(`/api/users?search=${CANARY}`), 200],
      // sign-ins carrying the canary
      [
        'sign-in with the canary as password',
        new ApiClient(t.server).post('/api/auth/login', {
          email: a.mentorUser.email,
          password: CANARY,
        }),
        401,
      ],
      [
        'sign-in with the canary as e-mail',
        new ApiClient(t.server).post('/api/auth/login', {
          email: `${CANARY}@nowhere.example`,
          password: CANARY,
        }),
        401,
      ],
    ];
    const unexpected: string[] = [];
    for (const [what, request, status] of failures) {
      const response = await request;
      if (response.status !== status) unexpected.push(`${what}: ${response.status}`);
    }
    expect(unexpected).toEqual([]);
  });

  it('captured what the app logged: the start-up, the probe and the SQL of the canary writes', () => {
    const text = output();
    expect(text).toContain('Nest application successfully started');
    expect(text).toContain(`[LogCanarySpec] ${PROBE}`);
    const tables = ['pair_note', 'pair_goal', 'pair_flag', 'mentoring_session', 'pulse_response'];
    for (const table of tables) {
      expect([table, new RegExp(`Query: (INSERT INTO|UPDATE) "?${table}"?`).test(text)]).toEqual([
        table,
        true,
      ]);
    }
  });

  it('never writes the canary to the logs', () => {
    const lines = output()
      .split('\n')
      .filter((line) => line.includes(CANARY) || line.includes(CANARY.toLowerCase()));
    expect(lines).toEqual([]);
  });
});
