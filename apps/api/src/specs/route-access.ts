/**
 * The committed allow-list: every API route and who may call it. The access-matrix spec fails
 * when a route exists that is not listed here (or a listed one no longer exists), and checks
 * every route against every audience. Adding a route means deciding its audience here.
 *
 * Audiences: anonymous (signed out), one signed-in person per organisation-wide role, and two HR
 * leads whose admin role is granted in one program only: `programHr` (HR lead of program P, the
 * program whose ids the matrix uses) and `otherProgramHr` (HR lead of another program Q).
 * "Allowed" means the permission guard lets the request through; the object-level check in the
 * service then decides, so `otherProgramHr` is listed wherever `programHr` is, and the spec also
 * checks that every answer to `otherProgramHr` on P's ids is the one a non-existent id gets
 * (404, or the 400 of a body refused before any lookup), never a 2xx.
 */
export const AUDIENCES = [
  'anonymous',
  'admin',
  'mentor',
  'mentee',
  'executive',
  'programHr',
  'otherProgramHr',
] as const;
export type Audience = (typeof AUDIENCES)[number];

const everyone: Audience[] = [...AUDIENCES];
const signedIn: Audience[] = AUDIENCES.filter((a) => a !== 'anonymous');
/** HR leads: organisation-wide or of a program (the service limits them to their programs). */
const hr: Audience[] = ['admin', 'programHr', 'otherProgramHr'];
/** Organisation-wide HR leads only (people and roles, imports, new programs, audit, privacy). */
const orgHr: Audience[] = ['admin'];

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
  // Organisation counts (aggregates only): executives and every HR lead (the HR home's People
  // cards); a program's HR lead sees the whole organisation's counts here.
  'GET /api/organisation/stats': [...hr, 'executive'],
  // the directory: searching and reading people is open to program HR leads (choosing owners,
  // respondents and invitees); changing people, roles and imports is organisation-wide only
  'GET /api/users': hr,
  'GET /api/users/facets': hr,
  'GET /api/users/import/template': orgHr,
  'POST /api/users/import/preview': orgHr,
  'POST /api/users/import': orgHr,
  'GET /api/users/:id': hr,
  'POST /api/users': orgHr,
  'PATCH /api/users/:id': orgHr,
  'PUT /api/users/:id/roles': orgHr,
  'POST /api/users/:id/invitation': orgHr,
  // programs and cohorts (object-level: HR leads of the program only, else 404); creating a
  // program is organisation-wide only
  'GET /api/programs': hr,
  'POST /api/programs': orgHr,
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
  'GET /api/matches/:id/overview': signedIn,
  'PUT /api/matches/:id/phase': signedIn,
  'POST /api/matches/:id/goals': signedIn,
  'PATCH /api/goals/:id': signedIn,
  'DELETE /api/goals/:id': signedIn,
  'POST /api/goals/:id/progress': signedIn,
  'POST /api/goals/:id/milestones': signedIn,
  'PUT /api/milestones/:id/done': signedIn,
  'POST /api/matches/:id/flags': signedIn,
  'GET /api/matches/:id/flags': signedIn,
  'POST /api/flags/:id/resolve': hr,
  'POST /api/matches/:id/check-ins': hr,
  'GET /api/matches/:id/check-ins': hr,
  'GET /api/cohorts/:id/pairs': hr,
  'GET /api/support/summary': hr,
  'GET /api/me/pulses': signedIn,
  'GET /api/me/pairs': signedIn,
  'POST /api/pulses/:id': signedIn,
  'GET /api/matches/:id/pulses': hr,
  // pairing fit (the pair only) and closure (the pair or HR of the program, else 404)
  'GET /api/matches/:id/fit': signedIn,
  'PUT /api/matches/:id/fit': signedIn,
  'GET /api/matches/:id/closure': signedIn,
  'POST /api/matches/:id/close': signedIn,
  'POST /api/matches/:id/complete': signedIn,
  'PUT /api/matches/:id/closure/survey': signedIn,
  'PUT /api/matches/:id/closure/goals': signedIn,
  'POST /api/matches/:id/closure/chase': hr,
  'GET /api/matches/:id/certificate': signedIn,
  'POST /api/matches/:id/extensions': signedIn,
  'POST /api/matches/:id/extensions/:extensionId/decision': hr,
  'GET /api/cohorts/:id/closures': hr,
  'GET /api/cohorts/:id/closing-preview': hr,
  'POST /api/cohorts/:id/close': hr,
  // reporting (executives: suppressed aggregates of every cohort; HR leads: their programs)
  'GET /api/reporting/overview': [...hr, 'executive'],
  'GET /api/reporting/cohorts/:id': [...hr, 'executive'],
  'GET /api/reporting/cohorts/:id/export.csv': [...hr, 'executive'],
  'GET /api/reporting/needs-action': hr,
  // trust: audit search, data-subject export and erasure (organisation-wide HR leads only)
  'GET /api/audit': orgHr,
  'GET /api/people/:id/export': orgHr,
  'POST /api/people/:id/erase': orgHr,
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
