import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import { Role } from '@mentorbridge/shared-contracts';
import { AUDIENCES, Audience, ROUTE_ACCESS } from './route-access';
import { discoverRoutes, DiscoveredRoute } from './routes';
import { createApiTestApp } from './support';

describe('route × role access matrix', () => {
  let t: TestApp;
  let routes: DiscoveredRoute[];
  const people = new Map<Role, TestUser>();
  let subject: TestUser;

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
  });
  afterAll(() => t.close());

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

  // Password changes and logout end sessions, so they run last (logout the very last).
  const disruptive = (key: string) =>
    ({ 'POST /api/auth/password': 1, 'POST /api/auth/logout': 2 })[key] ?? 0;

  it.each(AUDIENCES.map((audience) => [audience]))(
    'answers %s exactly as the allow-list says on every route',
    async (audience: Audience) => {
      const client = new ApiClient(t.server);
      if (audience !== 'anonymous') {
        const person = people.get(audience as Role);
        if (!person) throw new Error(`no ${audience}`);
        await client.signIn(person.email, person.password);
      }
      const ordered = [...routes].sort((a, b) => disruptive(a.key) - disruptive(b.key));
      const wrong: string[] = [];
      for (const route of ordered) {
        const allowed = (ROUTE_ACCESS[route.key] ?? []).includes(audience);
        const url = route.path.replace(':token', 'no-such-token').replace(/:\w+/g, subject.id);
        const response = await client.send(
          route.method,
          url,
          route.method === 'GET' ? undefined : {},
        );
        const denied = response.status === 401 || response.status === 403;
        const expectedDenial = audience === 'anonymous' ? 401 : 403;
        if (allowed && denied) wrong.push(`${route.key}: expected access, got ${response.status}`);
        if (!allowed && response.status !== expectedDenial) {
          wrong.push(`${route.key}: expected ${expectedDenial}, got ${response.status}`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
