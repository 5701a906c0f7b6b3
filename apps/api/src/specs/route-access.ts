/**
 * The committed allow-list: every API route and who may call it. The access-matrix spec fails
 * when a route exists that is not listed here (or a listed one no longer exists), and checks
 * every route against every audience. Adding a route means deciding its audience here.
 *
 * Audiences: anonymous (signed out) and one signed-in person per organisation-wide role.
 */
export const AUDIENCES = ['anonymous', 'admin', 'mentor', 'mentee', 'executive'] as const;
export type Audience = (typeof AUDIENCES)[number];

const everyone: Audience[] = ['anonymous', 'admin', 'mentor', 'mentee', 'executive'];
const signedIn: Audience[] = ['admin', 'mentor', 'mentee', 'executive'];
const hr: Audience[] = ['admin'];

export const ROUTE_ACCESS: Record<string, Audience[]> = {
  'GET /api/health': everyone,
  'GET /api/auth/csrf': everyone,
  'POST /api/auth/login': everyone,
  'POST /api/auth/logout': everyone,
  'GET /api/auth/me': signedIn,
  'GET /api/auth/activation/:token': everyone,
  'POST /api/auth/activate': everyone,
  'POST /api/auth/password': signedIn,
  'GET /api/me/profile': signedIn,
  'PATCH /api/me/profile': signedIn,
  'GET /api/organisation/stats': ['admin', 'executive'],
  'GET /api/users': hr,
  'GET /api/users/facets': hr,
  'GET /api/users/import/template': hr,
  'POST /api/users/import/preview': hr,
  'POST /api/users/import': hr,
  'GET /api/users/:id': hr,
  'POST /api/users': hr,
  'PATCH /api/users/:id': hr,
  'PUT /api/users/:id/roles': hr,
  'POST /api/users/:id/invitation': hr,
};
