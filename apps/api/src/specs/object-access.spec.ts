import { ApiClient, TestApp } from '@mentorbridge/api-testing';
import { twoProgramsWithCanary } from './canary-fixtures';
import { discoverRoutes, DiscoveredRoute } from './routes';
import { createApiTestApp } from './support';

const CANARY = 'CANARY-object-7f3a';

/**
 * Object-level access across the whole API: two programs, two pairs each, an HR lead per
 * program, an executive; a canary string in every note, goal, concern, agenda and survey comment
 * of program A (canary-fixtures.ts). Everyone outside program A calls every id-taking route with
 * program A's ids: reads answer 403/404 (never the data), writes change nothing, and no response
 * carries the canary.
 */
describe('object-level access (two programs, a canary in every text)', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  let ids: Record<string, string> = {};
  const outsiders: Record<string, ApiClient> = {};
  let hrA: ApiClient;

  beforeAll(async () => {
    t = await createApiTestApp();
    routes = discoverRoutes(t.app);
    await t.reset();
    const world = await twoProgramsWithCanary(t, CANARY);
    ({ ids, hrA } = world);
    const [, otherInA, b] = world.pairs;
    outsiders['HR lead of program B'] = world.hrB;
    outsiders['mentor of a pair in B'] = b.mentor;
    outsiders['mentee of a pair in B'] = b.mentee;
    outsiders['mentor of the other pair in A'] = otherInA.mentor;
    outsiders['executive'] = world.executive;
  });
  afterAll(() => t.close());

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
