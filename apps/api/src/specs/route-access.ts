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
  // programs and cohorts (object-level: HR leads of the program only, else 404)
  'GET /api/programs': hr,
  'POST /api/programs': hr,
  'GET /api/programs/:id': hr,
  'PATCH /api/programs/:id': hr,
  'POST /api/programs/:id/cohorts': hr,
  'GET /api/cohorts/:id': hr,
  'PATCH /api/cohorts/:id': hr,
  'POST /api/cohorts/:id/transitions': hr,
  // readiness (managing: HR leads of the program; answering: respondents only, else 404)
  'GET /api/programs/:id/readiness/items': hr,
  'POST /api/programs/:id/readiness/items': hr,
  'PATCH /api/readiness/items/:itemId': hr,
  'GET /api/programs/:id/readiness/assessments': hr,
  'POST /api/programs/:id/readiness/assessments': hr,
  'GET /api/readiness/assessments/:id': hr,
  'POST /api/readiness/assessments/:id/respondents': hr,
  'DELETE /api/readiness/assessments/:id/respondents/:userId': hr,
  'POST /api/readiness/assessments/:id/complete': hr,
  'GET /api/readiness/questionnaires': signedIn,
  'GET /api/readiness/questionnaires/:assessmentId': signedIn,
  'PUT /api/readiness/questionnaires/:assessmentId': signedIn,
  // recruitment: HR leads of the program (object-level 404 otherwise)
  'GET /api/recruitment/screening-summary': hr,
  'GET /api/cohorts/:id/invitations': hr,
  'POST /api/cohorts/:id/invitations': hr,
  'POST /api/cohorts/:id/invitations/department': hr,
  'POST /api/cohorts/:id/invitations/import': hr,
  'POST /api/cohorts/:id/invitations/remind': hr,
  'GET /api/cohorts/:id/messages': hr,
  'GET /api/cohorts/:id/applications': hr,
  'POST /api/cohorts/:id/applications/decisions': hr,
  'GET /api/cohorts/:id/funnel': hr,
  'POST /api/applications/:id/decision': hr,
  'GET /api/programs/:id/forms': hr,
  'GET /api/programs/:id/forms/versions': hr,
  'PUT /api/programs/:id/forms': hr,
  'GET /api/programs/:id/recruitment-settings': hr,
  'PUT /api/programs/:id/recruitment-settings': hr,
  // matching: HR leads of the program (object-level 404 otherwise)
  'GET /api/programs/:id/matching-settings': hr,
  'PUT /api/programs/:id/matching-settings': hr,
  'GET /api/cohorts/:id/match-runs': hr,
  'POST /api/cohorts/:id/match-runs': hr,
  'GET /api/match-runs/:id': hr,
  'GET /api/match-runs/:id/explain': hr,
  'POST /api/match-runs/:id/swap': hr,
  'POST /api/match-runs/:id/discard': hr,
  'POST /api/match-runs/:id/publish': hr,
  'GET /api/match-runs/:id/compare/:otherId': hr,
  'GET /api/cohorts/:id/match-constraints': hr,
  'POST /api/cohorts/:id/match-constraints': hr,
  'DELETE /api/match-constraints/:id': hr,
  'GET /api/cohorts/:id/matches': hr,
  'POST /api/cohorts/:id/shortlists': hr,
  'GET /api/cohorts/:id/mentor-requests': hr,
  // mentee choice: a mentee of the cohort asks; the asked mentor answers (others get 404)
  'GET /api/me/shortlists': signedIn,
  'POST /api/cohorts/:id/mentor-requests': signedIn,
  'GET /api/me/mentor-requests': signedIn,
  'POST /api/mentor-requests/:id/respond': signedIn,
  'POST /api/mentor-requests/:id/withdraw': signedIn,
  // my matches: the pair only (another person's match is 404)
  'GET /api/me/matches': signedIn,
  'POST /api/matches/:id/respond': signedIn,
  // sessions and notes: the pair (HR of the program: session metadata only); others 404
  'GET /api/matches/:id/sessions': signedIn,
  'POST /api/matches/:id/sessions': signedIn,
  'POST /api/matches/:id/sessions/log': signedIn,
  'PATCH /api/sessions/:id': signedIn,
  'POST /api/sessions/:id/cancel': signedIn,
  'POST /api/sessions/:id/attendance': signedIn,
  'GET /api/sessions/:id/invite.ics': signedIn,
  'GET /api/matches/:id/notes': signedIn,
  'POST /api/matches/:id/notes': signedIn,
  'PATCH /api/notes/:id': signedIn,
  'DELETE /api/notes/:id': signedIn,
  // applying: anyone signed in (own applications only; others' are 404)
  'GET /api/recruiting': signedIn,
  'GET /api/cohorts/:id/application-form': signedIn,
  'POST /api/cohorts/:id/applications': signedIn,
  'GET /api/applications/mine': signedIn,
  'GET /api/applications/:id': signedIn,
  'PUT /api/applications/:id': signedIn,
  'POST /api/applications/:id/withdraw': signedIn,
  'POST /api/invitations/:id/decline': signedIn,
};
