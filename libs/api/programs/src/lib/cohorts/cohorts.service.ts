import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import {
  canTransition,
  COHORT_STATE_LABELS,
  COHORT_TRANSITIONS,
  CohortDetail,
  CohortNextStep,
  CohortState,
  CohortTransitionRecord,
  CohortTransitionRequest,
  CreateCohortRequest,
  OVERRIDE_REASON_MIN_LENGTH,
  UpdateCohortRequest,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CohortEntity, CohortTransitionEntity } from '../entities';
import { ProgramAccess } from '../programs/program-access.service';
import { GateCohort, ProgramExtensions } from '../programs/program-extensions';
import { toCohortSummary } from '../programs/programs.service';

/** A move the cohort state machine refuses, or a gate that blocks it: 409 with the reason. */
export class CohortTransitionError extends DomainError {
  readonly status = 409;
  readonly code: string;
  constructor(message: string, code: 'illegal_transition' | 'gate_blocked') {
    super(message);
    this.code = code;
  }
}

@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
    private readonly extensions: ProgramExtensions,
  ) {}

  async create(
    actor: AuthUser,
    programId: string,
    input: CreateCohortRequest,
  ): Promise<CohortDetail> {
    assertDates(input.startDate, input.endDate);
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertManageable(actor, programId, { manager });
      await this.assertNameFree(manager, programId, input.name, null);
      const cohort = await manager.getRepository(CohortEntity).save(
        manager.getRepository(CohortEntity).create({
          programId,
          name: input.name,
          startDate: input.startDate,
          endDate: input.endDate,
          state: 'draft',
        }),
      );
      return this.detail(manager, cohort.id);
    });
  }

  async get(actor: AuthUser, cohortId: string): Promise<CohortDetail> {
    await this.access.programOfCohort(actor, cohortId);
    return this.detail(this.dataSource.manager, cohortId);
  }

  async update(
    actor: AuthUser,
    cohortId: string,
    input: UpdateCohortRequest,
  ): Promise<CohortDetail> {
    return this.dataSource.transaction(async (manager) => {
      const programId = await this.access.programOfCohort(actor, cohortId, manager);
      const cohort = await manager
        .getRepository(CohortEntity)
        .findOneOrFail({ where: { id: cohortId } });
      if (cohort.state === 'closed') {
        throw new ConflictError('A closed cohort is archived and can no longer be edited.');
      }
      const startDate = input.startDate ?? cohort.startDate;
      const endDate = input.endDate ?? cohort.endDate;
      assertDates(startDate, endDate);
      if (input.name !== undefined)
        await this.assertNameFree(manager, programId, input.name, cohortId);
      const result = await manager
        .createQueryBuilder()
        .update(CohortEntity)
        .set({ name: input.name ?? cohort.name, startDate, endDate, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id: cohortId, version: input.version })
        .execute();
      if (!result.affected) {
        throw new ConflictError(
          'Someone else changed this cohort since you opened it. Reload and try again.',
        );
      }
      return this.detail(manager, cohortId);
    });
  }

  /**
   * Moves a cohort to another state. Refuses moves the state machine does not allow; runs the
   * gates registered for the move (e.g. readiness before recruiting); a failing overridable gate
   * can be overridden by an HR lead of the program with a written reason, which is recorded.
   */
  async transition(
    actor: AuthUser,
    cohortId: string,
    request: CohortTransitionRequest,
  ): Promise<CohortDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.programOfCohort(actor, cohortId, manager);
      const [cohort] = await manager
        .getRepository(CohortEntity)
        .createQueryBuilder('c')
        .setLock('pessimistic_write')
        .where('c.id = :id', { id: cohortId })
        .getMany();
      if (!cohort) throw new NotFoundError('cohort');
      const from = cohort.state as CohortState;
      const to = request.to;
      if (!canTransition(from, to)) {
        const allowed = COHORT_TRANSITIONS[from].map((s) => COHORT_STATE_LABELS[s]);
        throw new CohortTransitionError(
          `A cohort in ${COHORT_STATE_LABELS[from]} cannot move to ${COHORT_STATE_LABELS[to]}. ` +
            (allowed.length
              ? `Allowed next: ${allowed.join(' or ')}.`
              : 'It is archived: no further moves.'),
          'illegal_transition',
        );
      }
      const blocked = await this.blockedGates(manager, cohort, to);
      let gateOverridden = false;
      if (blocked.length > 0) {
        const reasons = blocked.map((b) => b.reason).join(' ');
        if (!request.overrideGate) {
          throw new CohortTransitionError(reasons, 'gate_blocked');
        }
        if (blocked.some((b) => !b.overridable)) {
          throw new CohortTransitionError(`${reasons} This cannot be overridden.`, 'gate_blocked');
        }
        if ((request.reason ?? '').length < OVERRIDE_REASON_MIN_LENGTH) {
          throw new ValidationFailedError('Overriding a launch gate needs a written reason.', [
            {
              field: 'reason',
              message: `must explain the override in at least ${OVERRIDE_REASON_MIN_LENGTH} characters`,
            },
          ]);
        }
        gateOverridden = true;
      }
      await manager.update(
        CohortEntity,
        { id: cohort.id },
        { state: to, version: cohort.version + 1 },
      );
      await manager.getRepository(CohortTransitionEntity).insert({
        cohortId: cohort.id,
        fromState: from,
        toState: to,
        actorId: actor.id,
        reason: request.reason?.trim() || null,
        gateOverridden,
      });
      return this.detail(manager, cohort.id);
    });
  }

  private async detail(manager: EntityManager, cohortId: string): Promise<CohortDetail> {
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOne({ where: { id: cohortId }, relations: { program: true } });
    if (!cohort) throw new NotFoundError('cohort');
    const transitions = await manager
      .getRepository(CohortTransitionEntity)
      .find({ where: { cohortId }, relations: { actor: true }, order: { at: 'ASC' } });
    const nextSteps: CohortNextStep[] = [];
    for (const to of COHORT_TRANSITIONS[cohort.state as CohortState]) {
      const blocked = await this.blockedGates(manager, cohort, to);
      nextSteps.push({
        to,
        allowed: blocked.length === 0,
        blockedBy: blocked.length ? blocked.map((b) => b.reason).join(' ') : null,
        overridable: blocked.length > 0 && blocked.every((b) => b.overridable),
      });
    }
    return {
      ...toCohortSummary(cohort),
      programName: cohort.program?.name ?? '',
      transitions: transitions.map(toTransitionRecord),
      nextSteps,
      version: cohort.version,
    };
  }

  private async blockedGates(manager: EntityManager, cohort: CohortEntity, to: CohortState) {
    const subject: GateCohort = {
      id: cohort.id,
      programId: cohort.programId,
      state: cohort.state as CohortState,
    };
    const blocked: { reason: string; overridable: boolean }[] = [];
    for (const gate of this.extensions.gatesFor(subject.state, to)) {
      const result = await gate.check(subject, manager);
      if (!result.ok)
        blocked.push({
          reason: result.reason ?? `${gate.name} is not met.`,
          overridable: gate.overridable,
        });
    }
    return blocked;
  }

  private async assertNameFree(
    manager: EntityManager,
    programId: string,
    name: string,
    exceptId: string | null,
  ) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM cohort WHERE program_id = $1 AND lower(name) = lower($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
      [programId, name, exceptId],
    );
    if (rows.length > 0) {
      throw new ConflictError(`This program already has a cohort called "${name}".`, [
        { field: 'name', message: 'is already used by another cohort of this program' },
      ]);
    }
  }
}

function assertDates(startDate: string, endDate: string): void {
  if (endDate <= startDate) {
    throw new ValidationFailedError('The cohort must end after it starts.', [
      { field: 'endDate', message: 'must be after the start date' },
    ]);
  }
}

function toTransitionRecord(t: CohortTransitionEntity): CohortTransitionRecord {
  return {
    id: t.id,
    from: t.fromState,
    to: t.toState,
    actor: t.actor
      ? { id: t.actor.id, displayName: t.actor.displayName, email: t.actor.email }
      : null,
    at: t.at.toISOString(),
    reason: t.reason,
    gateOverridden: t.gateOverridden,
  };
}
