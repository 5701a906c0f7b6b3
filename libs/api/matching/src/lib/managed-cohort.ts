import { NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { CohortEntity, ProgramAccess, ProgramEntity } from '@mentorbridge/api-programs';
import type { EntityManager } from 'typeorm';

export interface ManagedCohort {
  cohort: CohortEntity;
  program: ProgramEntity;
}

/**
 * A cohort with its program, for someone who may manage that program; otherwise 404 "cohort" (a
 * cohort of another program answers like a missing one). State checks stay with the caller.
 * `lock` takes a write lock on the cohort row (serialises runs, publishing and pins per cohort).
 */
export async function managedCohort(
  access: ProgramAccess,
  actor: AuthUser,
  cohortId: string,
  manager: EntityManager,
  options: { lock?: boolean } = {},
): Promise<ManagedCohort> {
  const query = manager
    .getRepository(CohortEntity)
    .createQueryBuilder('c')
    .innerJoinAndSelect('c.program', 'p')
    .where('c.id = :cohortId', { cohortId });
  if (options.lock) query.setLock('pessimistic_write', undefined, ['c']);
  const cohort = await query.getOne();
  if (!cohort?.program || !access.canManage(actor, cohort.program.id))
    throw new NotFoundError('cohort');
  return { cohort, program: cohort.program };
}
