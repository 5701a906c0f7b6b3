/**
 * A large synthetic cohort in the matching stage, for checks that need a match run to take a
 * while (tools/scripts/kill-matching-check.mjs). The same seeded organisation and SQL inserts as
 * the in-app matching benchmark (app-profiles.ts, bench-app-db.ts); bundled with
 * `ensureBundle('synthetic-cohort', { external: ['pg', 'pg-native'] })`.
 */
import type { Client } from 'pg';
import { generateOrganisation } from './app-profiles';
import { insertOrganisation } from './bench-app-db';

// The benchmark's helpers for driving the built API, for the same scripts.
export { Api, freePort, waitForHealth } from './bench-app-db';

export interface SyntheticCohort {
  programId: string;
  cohortId: string;
  mentees: number;
  mentors: number;
}

/**
 * Inserts `mentees` mentees and `mentors` mentors (approved applications, active participants,
 * a few bans and pins) into a new program whose one cohort is in the matching stage; `hrId` is
 * recorded as the program's creator and the deciding HR lead. Emails are prefixed with `label`.
 */
export async function insertSyntheticCohort(
  db: Client,
  options: { mentees: number; mentors: number; seed: number; label: string; hrId: string },
): Promise<SyntheticCohort> {
  const org = generateOrganisation(options.mentees, options.mentors, options.seed);
  const cohortId = await insertOrganisation(db, org, options.label, options.hrId);
  await db.query('ANALYZE');
  const { rows } = await db.query<{ program_id: string }>(
    'SELECT program_id FROM cohort WHERE id = $1',
    [cohortId],
  );
  return {
    programId: rows[0].program_id,
    cohortId,
    mentees: org.mentees.length,
    mentors: org.mentors.length,
  };
}
