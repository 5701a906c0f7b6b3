import { PulseService } from '@mentorbridge/api-sessions';
import { ApiClient, createUser, TestApp, TestUser } from '@mentorbridge/api-testing';
import { createCohort, createProgram } from './program-fixtures';

export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

export interface CanaryPair {
  matchId: string;
  mentorUser: TestUser;
  menteeUser: TestUser;
  mentor: ApiClient;
  mentee: ApiClient;
}

/**
 * Two programs (A and B, one cohort each, an HR lead of each program only), two active pairs in
 * each cohort, an organisation-wide HR lead and an executive. Program A's first pair wrote a
 * canary string into everything it can: a session's agenda and location, a shared note, a goal
 * with its reason and a milestone, a concern, and a pulse comment.
 */
export interface CanaryWorld {
  /** Program A's objects: programId, cohortId, matchId, sessionId, noteId, goalId, milestoneId,
   * flagId, pulseId; and program B's programBId, cohortBId. */
  ids: Record<string, string>;
  /** Organisation-wide HR lead. */
  root: ApiClient;
  rootUser: TestUser;
  hrA: ApiClient;
  hrB: ApiClient;
  executive: ApiClient;
  /** A's two pairs, then B's two; the first wrote the canary. */
  pairs: CanaryPair[];
}

export async function signedIn(t: TestApp, person: TestUser): Promise<ApiClient> {
  const client = new ApiClient(t.server);
  await client.signIn(person.email, person.password);
  return client;
}

export async function twoProgramsWithCanary(t: TestApp, canary: string): Promise<CanaryWorld> {
  const rootUser = await createUser(t.dataSource, { roles: ['admin'] });
  const root = await signedIn(t, rootUser);
  const programA = await createProgram(root, { name: 'Program A' });
  const programB = await createProgram(root, { name: 'Program B' });
  const cohortA = await createCohort(root, programA.id, 'Cohort A');
  const cohortB = await createCohort(root, programB.id, 'Cohort B');
  const hrUserA = await createUser(t.dataSource, {
    programRoles: [{ role: 'admin', programId: programA.id }],
  });
  const hrUserB = await createUser(t.dataSource, {
    programRoles: [{ role: 'admin', programId: programB.id }],
  });
  const ids: Record<string, string> = {
    programId: programA.id,
    cohortId: cohortA.id,
    programBId: programB.id,
    cohortBId: cohortB.id,
  };

  const pairs: CanaryPair[] = [];
  for (const cohortId of [cohortA.id, cohortA.id, cohortB.id, cohortB.id]) {
    const mentorUser = await createUser(t.dataSource, { roles: ['mentor'] });
    const menteeUser = await createUser(t.dataSource, { roles: ['mentee'] });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
       VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', $4) RETURNING id`,
      [cohortId, mentorUser.id, menteeUser.id, daysAgo(40)],
    );
    pairs.push({
      matchId: id,
      mentorUser,
      menteeUser,
      mentor: await signedIn(t, mentorUser),
      mentee: await signedIn(t, menteeUser),
    });
  }
  // Program A's first pair writes something confidential everywhere it can.
  const a = pairs[0];
  ids['matchId'] = a.matchId;
  const session = await a.mentor.post(`/api/matches/${a.matchId}/sessions`, {
    scheduledAt: daysAgo(-3).toISOString(),
    durationMinutes: 45,
    mode: 'video',
    agenda: `Agenda ${canary}`,
    location: `Room ${canary}`,
  });
  ids['sessionId'] = created(session, 'session').id;
  const note = await a.mentor.post(`/api/matches/${a.matchId}/notes`, {
    text: `Shared note ${canary}`,
    visibility: 'shared',
  });
  ids['noteId'] = created(note, 'note').id;
  const goal = await a.mentee.post(`/api/matches/${a.matchId}/goals`, {
    title: `Goal ${canary}`,
    why: `Why ${canary}`,
    milestones: [{ title: `Milestone ${canary}` }],
  });
  ids['goalId'] = created(goal, 'goal').id;
  ids['milestoneId'] = goal.body.milestones[0].id;
  const flag = await a.mentee.post(`/api/matches/${a.matchId}/flags`, {
    topic: 'wellbeing',
    urgency: 'high',
    message: `Concern ${canary}`,
  });
  ids['flagId'] = created(flag, 'concern').id;
  await t.app.get(PulseService).openDue();
  const [pulse] = (await a.mentee.get('/api/me/pulses')).body as { id: string }[];
  ids['pulseId'] = pulse.id;
  await a.mentee.post(`/api/pulses/${pulse.id}`, { satisfaction: 2, comment: `Pulse ${canary}` });

  return {
    ids,
    root,
    rootUser,
    hrA: await signedIn(t, hrUserA),
    hrB: await signedIn(t, hrUserB),
    executive: await signedIn(t, await createUser(t.dataSource, { roles: ['executive'] })),
    pairs,
  };
}

function created(response: { status: number; body: { id: string } }, what: string) {
  if (response.status !== 201)
    throw new Error(`creating the ${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
