import { PulseService } from '@mentorbridge/api-sessions';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import { discoverRoutes, DiscoveredRoute } from './routes';
import { createProgram, createCohort } from './program-fixtures';
import { createApiTestApp } from './support';

const CANARY = 'CANARY-object-7f3a';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/**
 * Object-level access across the whole API: two programs, two pairs each, an HR lead per
 * program, an executive; a canary string in every note, goal, concern, agenda and survey comment
 * of program A. Everyone outside program A calls every id-taking route with program A's ids:
 * reads answer 403/404 (never the data), writes change nothing, and no response carries the canary.
 */
describe('object-level access (two programs, a canary in every text)', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  const ids: Record<string, string> = {};
  const outsiders: Record<string, ApiClient> = {};
  let hrA: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
    routes = discoverRoutes(t.app);
    await t.reset();
    const root = await createUser(t.dataSource, { roles: ['admin'] });
    const rootClient = await signedIn(root);
    const programA = await createProgram(rootClient, { name: 'Program A' });
    const programB = await createProgram(rootClient, { name: 'Program B' });
    const cohortA = await createCohort(rootClient, programA.id, 'Cohort A');
    const cohortB = await createCohort(rootClient, programB.id, 'Cohort B');
    const hrUserA = await createUser(t.dataSource, {
      programRoles: [{ role: 'admin', programId: programA.id }],
    });
    const hrUserB = await createUser(t.dataSource, {
      programRoles: [{ role: 'admin', programId: programB.id }],
    });
    hrA = await signedIn(hrUserA);
    Object.assign(ids, { programId: programA.id, cohortId: cohortA.id });

    const pairs: { matchId: string; mentor: ApiClient; mentee: ApiClient }[] = [];
    for (const cohortId of [cohortA.id, cohortA.id, cohortB.id, cohortB.id]) {
      const mentor = await createUser(t.dataSource, { roles: ['mentor'] });
      const mentee = await createUser(t.dataSource, { roles: ['mentee'] });
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
         VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', $4) RETURNING id`,
        [cohortId, mentor.id, mentee.id, daysAgo(40)],
      );
      pairs.push({ matchId: id, mentor: await signedIn(mentor), mentee: await signedIn(mentee) });
    }
    // Program A's first pair writes something confidential everywhere it can.
    const a = pairs[0];
    ids['matchId'] = a.matchId;
    const session = await a.mentor.post(`/api/matches/${a.matchId}/sessions`, {
      scheduledAt: daysAgo(-3).toISOString(),
      durationMinutes: 45,
      mode: 'video',
      agenda: `Agenda ${CANARY}`,
      location: `Room ${CANARY}`,
    });
    ids['sessionId'] = session.body.id;
    const note = await a.mentor.post(`/api/matches/${a.matchId}/notes`, {
      text: `Shared note ${CANARY}`,
      visibility: 'shared',
    });
    ids['noteId'] = note.body.id;
    const goal = await a.mentee.post(`/api/matches/${a.matchId}/goals`, {
      title: `Goal ${CANARY}`,
      why: `Why ${CANARY}`,
      milestones: [{ title: `Milestone ${CANARY}` }],
    });
    ids['goalId'] = goal.body.id;
    ids['milestoneId'] = goal.body.milestones[0].id;
    const flag = await a.mentee.post(`/api/matches/${a.matchId}/flags`, {
      topic: 'wellbeing',
      urgency: 'high',
      message: `Concern ${CANARY}`,
    });
    ids['flagId'] = flag.body.id;
    await t.app.get(PulseService).openDue();
    const [pulse] = (await a.mentee.get('/api/me/pulses')).body as { id: string }[];
    ids['pulseId'] = pulse.id;
    await a.mentee.post(`/api/pulses/${pulse.id}`, { satisfaction: 2, comment: `Pulse ${CANARY}` });
    const b = pairs[2];
    outsiders['HR lead of program B'] = await signedIn(hrUserB);
    outsiders['mentor of a pair in B'] = b.mentor;
    outsiders['mentee of a pair in B'] = b.mentee;
    outsiders['mentor of the other pair in A'] = pairs[1].mentor;
    outsiders['executive'] = await signedIn(
      await createUser(t.dataSource, { roles: ['executive'] }),
    );
  });
  afterAll(() => t.close());

  async function signedIn(person: TestUser): Promise<ApiClient> {
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  }

  /** Program A's object for each id parameter, chosen by the path segment before it. */
  function urlFor(route: DiscoveredRoute): string | null {
    const byResource: Record<string, string | undefined> = {
      matches: ids['matchId'],
      sessions: ids['sessionId'],
      notes: ids['noteId'],
      goals: ids['goalId'],
      milestones: ids['milestoneId'],
      flags: ids['flagId'],
      pulses: ids['pulseId'],
      cohorts: ids['cohortId'],
      programs: ids['programId'],
    };
    const parts = route.path.split('/');
    let replaced = false;
    const out = parts.map((part, i) => {
      if (!part.startsWith(':')) return part;
      const id = byResource[parts[i - 1]];
      if (!id) return null;
      replaced = true;
      return id;
    });
    return replaced && !out.includes(null) ? out.join('/') : null;
  }

  /** Aggregates by design: executives read every cohort's (suppressed) dashboard. */
  const allowedForExecutive = (key: string) => key.startsWith('GET /api/reporting/cohorts/:id');

  const snapshot = async (): Promise<string> => {
    const tables: { tablename: string }[] = await t.dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
          AND tablename NOT IN ('user_session', 'app_user', 'scheduled_job', 'login_attempt', 'audit_event')
        ORDER BY tablename`,
    );
    const parts: string[] = [];
    for (const { tablename } of tables) {
      const [{ h }] = await t.dataSource.query(
        `SELECT md5(COALESCE(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${tablename}" x`,
      );
      parts.push(`${tablename}:${h}`);
    }
    return parts.join('\n');
  };

  it('covers the routes that take program A objects', () => {
    const covered = routes.filter((r) => urlFor(r) !== null).map((r) => r.key);
    expect(covered.length).toBeGreaterThan(50);
  });

  it('never shows program A’s objects to anyone outside it, and changes nothing for them', async () => {
    const before = await snapshot();
    const leaks: string[] = [];
    const allowedReads: string[] = [];
    for (const [who, client] of Object.entries(outsiders)) {
      for (const route of routes) {
        const url = urlFor(route);
        if (!url) continue;
        const response = await client.send(
          route.method,
          url,
          route.method === 'GET' ? undefined : { note: 'x', reason: 'x', text: 'x' },
        );
        const body = JSON.stringify(response.body ?? '') + (response.text ?? '');
        if (body.includes(CANARY)) leaks.push(`${who}: ${route.key} returned the canary`);
        if (response.status < 300) {
          if (who === 'executive' && allowedForExecutive(route.key)) continue;
          allowedReads.push(`${who}: ${route.key} → ${response.status}`);
        }
      }
    }
    expect(leaks).toEqual([]);
    expect(allowedReads).toEqual([]);
    expect(await snapshot()).toBe(before);
  });

  it('keeps the canary out of the database’s raw text columns', async () => {
    const columns: { table_name: string; column_name: string }[] = await t.dataSource.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'jsonb', 'bytea')`,
    );
    const found: string[] = [];
    for (const c of columns) {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM "${c.table_name}"
          WHERE strpos(convert_from(convert_to("${c.column_name}"::text, 'UTF8'), 'UTF8'), $1) > 0
             OR ("${c.column_name}"::text LIKE '\\x%' AND strpos(encode(decode(substr("${c.column_name}"::text, 3), 'hex'), 'escape'), $1) > 0)`,
        [CANARY],
      );
      if (n) found.push(`${c.table_name}.${c.column_name}`);
    }
    expect(found).toEqual([]);
  });

  it('refuses mass assignment: fields a caller may not set are rejected, not ignored', async () => {
    const extra = await hrA.patch(`/api/programs/${ids['programId']}`, {
      version: 1,
      name: 'Program A renamed',
      createdById: '00000000-0000-4000-8000-000000000000',
    });
    expect(extra.status).toBe(400);
    const asRole = await hrA.post(`/api/matches/${ids['matchId']}/check-ins`, {
      at: new Date().toISOString(),
      channel: 'call',
      outcome: 'Both fine',
      matchId: '00000000-0000-4000-8000-000000000000',
      role: 'admin',
    });
    expect(asRole.status).toBe(400);
    expect(JSON.stringify(asRole.body)).toMatch(/matchId|role/);
  });
});
