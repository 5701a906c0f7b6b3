import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { CohortEntity, ProgramAccess, ProgramEntity } from '@mentorbridge/api-programs';
import { COHORT_STATE_LABELS, CohortState } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';

export interface CohortContext {
  cohort: CohortEntity;
  program: ProgramEntity;
}

/** Loads a cohort with its program, checking who may see it (404 otherwise). */
@Injectable()
export class EnrollmentAccess {
  constructor(private readonly programs: ProgramAccess) {}

  /** For HR leads of the cohort's program. */
  async managedCohort(
    actor: AuthUser,
    cohortId: string,
    manager: EntityManager,
  ): Promise<CohortContext> {
    const context = await this.load(cohortId, manager);
    if (!context || !this.programs.canManage(actor, context.program.id))
      throw new NotFoundError('cohort');
    return context;
  }

  /** Any signed-in person may see a cohort that is recruiting (to apply); otherwise 404. */
  async openCohort(cohortId: string, manager: EntityManager): Promise<CohortContext> {
    const context = await this.load(cohortId, manager);
    if (!context || context.cohort.state !== 'recruiting') throw new NotFoundError('cohort');
    return context;
  }

  canManageProgram(actor: AuthUser, programId: string): boolean {
    return this.programs.canManage(actor, programId);
  }

  async load(cohortId: string, manager: EntityManager): Promise<CohortContext | null> {
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOne({ where: { id: cohortId }, relations: { program: true } });
    return cohort?.program ? { cohort, program: cohort.program } : null;
  }
}

export function assertCohortState(
  cohort: CohortEntity,
  allowed: CohortState[],
  action: string,
): void {
  if (!allowed.includes(cohort.state as CohortState)) {
    throw new ConflictError(
      `${action} is possible while the cohort is ${allowed.map((s) => COHORT_STATE_LABELS[s]).join(' or ')}; ` +
        `"${cohort.name}" is ${COHORT_STATE_LABELS[cohort.state as CohortState]}.`,
    );
  }
}
