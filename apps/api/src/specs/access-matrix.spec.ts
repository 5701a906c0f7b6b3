import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import type { CohortDetail, ProgramDetail, Role } from '@mentorbridge/shared-contracts';
import { createCohort, createProgram } from './program-fixtures';
import { recruitingCohort } from './recruitment-fixtures';
import { AUDIENCES, Audience, ROUTE_ACCESS } from './route-access';
import { discoverRoutes, DiscoveredRoute } from './routes';
import { createApiTestApp } from './support';

/** The HR leads of one program only, who call the routes with program P's ids. */
const PROGRAM_HRS: Audience[] = ['programHr', 'otherProgramHr'];

/** Query parameters a route refuses to answer without (400 before any object is looked at). */
const REQUIRED_QUERY: Record<string, string> = {
  'GET /api/programs/:id/forms': '?role=mentee',
  'GET /api/programs/:id/forms/versions': '?role=mentee',
  'PUT /api/programs/:id/forms': '?role=mentee',
  'GET /api/cohorts/:id/application-form': '?role=mentee',
};

describe('route × role access matrix', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  const people = new Map<Audience, TestUser>();
  let subject: TestUser;
  let programP: ProgramDetail;
  let cohortP: CohortDetail;

  beforeAll(async () => {
    t = await createApiTestApp();
    routes = discoverRoutes(t.app);
    await t.reset();
    for (const role of ['admin', 'mentor', 'mentee', 'executive'] as Role[]) {
      people.set(
        role,
        await createUser(t.dataSource, { roles: [role], email: `${role}@matrix.example` }),
      );
    }
    // A second HR lead, so "not the last HR lead" rules never hide a permission answer.
    await createUser(t.dataSource, { roles: ['admin'] });
    subject = await createUser(t.dataSource, {
      roles: ['mentee'],
      status: 'invited',
      password: null,
    });
    // Program P (its cohort recruiting, so reporting shows it too) and program Q, each with an
    // HR lead of that program only.
    const root = await signedIn(people.get('admin'));
    ({ program: programP, cohort: cohortP } = await recruitingCohort(root, 'Cohort P'));
    const programQ = await createProgram(root, { name: 'Program Q' });
    await createCohort(root, programQ.id, 'Cohort Q');
    people.set(
      'programHr',
      await createUser(t.dataSource, {
        email: 'hr-of-p@matrix.example',
        programRoles: [{ role: 'admin', programId: programP.id }],
      }),
    );
    people.set(
      'otherProgramHr',
      await createUser(t.dataSource, {
        email: 'hr-of-q@matrix.example',
        programRoles: [{ role: 'admin', programId: programQ.id }],
      }),
    );
  });
  afterAll(() => t.close());

  async function signedIn(person: TestUser | undefined): Promise<ApiClient> {
    if (!person) throw new Error('no such person');
    const client = new ApiClient(t.server);
    await client.signIn(person.email, person.password);
    return client;
  }

  /**
   * The URL a route is called with: every id is the subject's (a person, so no program, cohort or
   * other object has it), except that for the program HR audiences a program id is P's and a
   * cohort id is P's cohort's (chosen by the path segment before the parameter). `baseline` is
   * the same URL with the subject's id instead of P's: what a non-existent object answers.
   */
  function urlsFor(route: DiscoveredRoute, audience: Audience) {
    const ofP: Record<string, string> = PROGRAM_HRS.includes(audience)
      ? { programs: programP.id, cohorts: cohortP.id }
      : {};
    const parts = route.path.split('/');
    let usesP = false;
    const build = (withP: boolean) =>
      parts
        .map((part, i) => {
          if (part === ':token') return 'no-such-token';
          if (!part.startsWith(':')) return part;
          const id = withP ? ofP[parts[i - 1]] : undefined;
          if (id) usesP = true;
          return id ?? subject.id;
        })
        .join('/') + (REQUIRED_QUERY[route.key] ?? '');
    const url = build(true);
    return { url, usesP, baseline: build(false) };
  }

  it('lists every route of the application in the committed allow-list, and nothing else', () => {
    const discovered = routes.map((r) => r.key);
    const missing = discovered.filter((key) => !(key in ROUTE_ACCESS));
    const stale = Object.keys(ROUTE_ACCESS).filter((key) => !discovered.includes(key));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('gives every route an explicit access policy (deny by default)', () => {
    expect(routes.filter((r) => !r.policy).map((r) => r.key)).toEqual([]);
  });

  it('documents every route in OpenAPI with a summary', async () => {
    const response = await new ApiClient(t.server).get('/api/docs/openapi.json').expect(200);
    const paths = response.body.paths as Record<string, Record<string, { summary?: string }>>;
    const undocumented = routes.filter((route) => {
      const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
      return !paths[openApiPath]?.[route.method.toLowerCase()]?.summary;
    });
    expect(undocumented.map((r) => r.key)).toEqual([]);
  });

  it('keeps organisation-wide routes to organisation-wide HR leads and opens program routes to program HR leads', () => {
    const orgOnly = routes
      .filter((r) => r.policy?.kind === 'permission' && r.policy.scope === 'organisation')
      .map((r) => r.key);
    expect(orgOnly.length).toBeGreaterThan(0);
    for (const key of orgOnly) expect([key, ROUTE_ACCESS[key]]).toEqual([key, ['admin']]);
    const programScoped = Object.entries(ROUTE_ACCESS)
      .filter(([, audiences]) => audiences.includes('programHr'))
      .map(([key]) => key);
    expect(programScoped.length).toBeGreaterThan(50);
    for (const key of programScoped)
      expect([key, ROUTE_ACCESS[key].includes('otherProgramHr')]).toEqual([key, true]);
  });

  // Password changes and logout end sessions, so they run last (logout the very last).
  const disruptive = (key: string) =>
    ({ 'POST /api/auth/password': 1, 'POST /api/auth/logout': 2 })[key] ?? 0;

  /** What the HR lead of P got on GET routes that read P's objects. */
  const readsOfP = new Map<string, number>();
  /** The routes the HR lead of another program called with P's ids. */
  const triedOnP = new Set<string>();

  it.each(AUDIENCES.map((audience) => [audience]))(
    'answers %s exactly as the allow-list says on every route',
    async (audience: Audience) => {
      const client =
        audience === 'anonymous' ? new ApiClient(t.server) : await signedIn(people.get(audience));
      const ordered = [...routes].sort((a, b) => disruptive(a.key) - disruptive(b.key));
      const wrong: string[] = [];
      for (const route of ordered) {
        const allowed = (ROUTE_ACCESS[route.key] ?? []).includes(audience);
        const { url, usesP, baseline } = urlsFor(route, audience);
        const body = route.method === 'GET' ? undefined : {};
        const response = await client.send(route.method, url, body);
        const status = response.status;
        const denied = status === 401 || status === 403;
        const expectedDenial = audience === 'anonymous' ? 401 : 403;
        if (allowed && denied) wrong.push(`${route.key}: expected access, got ${status}`);
        if (!allowed && status !== expectedDenial) {
          wrong.push(`${route.key}: expected ${expectedDenial}, got ${status}`);
        }
        if (status >= 500) wrong.push(`${route.key}: ${status} ${JSON.stringify(response.body)}`);
        // Program management routes (closed to ordinary employees; applying to P's recruiting
        // cohort is open to anyone signed in, HR leads of other programs included).
        const managing = !(ROUTE_ACCESS[route.key] ?? []).includes('mentee');
        if (!usesP || !managing) continue;
        if (audience === 'programHr' && route.method === 'GET') readsOfP.set(route.key, status);
        if (audience === 'otherProgramHr') {
          triedOnP.add(route.key);
          // Not-yours looks exactly like not-found: P's ids answer what a missing id answers.
          const missing = (await client.send(route.method, baseline, body)).status;
          if (status < 300 || status !== missing) {
            wrong.push(`${route.key} with P's ids: got ${status}, a missing id gets ${missing}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it("lets the HR lead of program P read P's objects that another program's HR lead gets 404 for", () => {
    // Runs after the audiences above (Jest keeps declaration order).
    expect(triedOnP.size).toBeGreaterThan(30);
    const reads = [...readsOfP];
    expect(reads.length).toBeGreaterThan(20);
    expect(reads.every(([key]) => triedOnP.has(key))).toBe(true);
    expect(reads.filter(([, status]) => status >= 300).map(([key, s]) => `${key} → ${s}`)).toEqual(
      [],
    );
  });
});
