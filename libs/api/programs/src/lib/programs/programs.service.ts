import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  pageWindow,
  readTogether,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import type {
  CohortState,
  CohortSummary,
  CreateProgramRequest,
  Page,
  PersonRef,
  ProgramDetail,
  ProgramListQuery,
  ProgramSummary,
  PulseSchedule,
  UpdateProgramRequest,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CohortEntity, ProgramEntity } from '../entities';
import { ProgramAccess } from './program-access.service';
import { ProgramExtensions } from './program-extensions';

@Injectable()
export class ProgramsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
    private readonly extensions: ProgramExtensions,
  ) {}

  async list(actor: AuthUser, query: ProgramListQuery): Promise<Page<ProgramSummary>> {
    const { page, pageSize, skip } = pageWindow(query);
    const visible = this.access.manageableProgramIds(actor);
    const qb = this.dataSource.getRepository(ProgramEntity).createQueryBuilder('p');
    if (visible !== null) qb.andWhere('p.id = ANY(:visible)', { visible });
    if (query.search) {
      qb.andWhere('p.name ILIKE :q', {
        q: `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    qb.orderBy('p.createdAt', 'DESC').addOrderBy('p.id').skip(skip).take(pageSize);
    const [programs, total] = await qb.getManyAndCount();
    const ids = programs.map((p) => p.id);
    const manager = this.dataSource.manager;
    const [owners, cohorts, readiness] = await Promise.all([
      this.ownersOf(manager, ids),
      this.cohortsOf(manager, ids),
      this.extensions.readinessSummaries(ids, manager),
    ]);
    return {
      items: programs.map((p) => {
        const list = cohorts.get(p.id) ?? [];
        const current = list.find((c) => c.state !== 'closed') ?? null;
        return {
          id: p.id,
          name: p.name,
          format: p.format,
          matchingMode: p.matchingMode,
          owners: owners.get(p.id) ?? [],
          cohortCount: list.length,
          currentCohort: current
            ? { id: current.id, name: current.name, state: current.state }
            : null,
          readiness: readiness.get(p.id) ?? null,
          createdAt: p.createdAt.toISOString(),
        };
      }),
      total,
      page,
      pageSize,
    };
  }

  async get(
    actor: AuthUser,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ProgramDetail> {
    await this.access.assertManageable(actor, id, { manager });
    const program = await manager.getRepository(ProgramEntity).findOneOrFail({ where: { id } });
    // Also called inside transactions (after a create or an update): readTogether runs the reads
    // in turn there, at once otherwise.
    const [owners, cohorts, readiness] = await readTogether(
      manager,
      () => this.ownersOf(manager, [id]),
      () => this.cohortsOf(manager, [id]),
      () => this.extensions.readinessSummaries([id], manager),
    );
    return {
      id: program.id,
      name: program.name,
      purpose: { strategicDriver: program.strategicDriver, outcomes: program.outcomes },
      format: program.format,
      defaultDurationMonths: program.defaultDurationMonths,
      cadenceWeeks: program.cadenceWeeks,
      defaultMentorCapacity: program.defaultMentorCapacity,
      meetingModes: program.meetingModes,
      matchingMode: program.matchingMode,
      closurePolicy: {
        rematchBufferDays: program.rematchBufferDays,
        contactOptions: program.contactOptions,
        noteRetentionDays: program.noteRetentionDays,
      },
      suppressionThreshold: program.suppressionThreshold,
      pulseSchedule: pulseSchedule(program),
      goalTemplates: program.goalTemplates,
      owners: owners.get(id) ?? [],
      cohorts: cohorts.get(id) ?? [],
      readiness: readiness.get(id) ?? null,
      createdAt: program.createdAt.toISOString(),
      updatedAt: program.updatedAt.toISOString(),
      version: program.version,
    };
  }

  async create(actor: AuthUser, input: CreateProgramRequest): Promise<ProgramDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, input.name, null);
      const program = await manager.getRepository(ProgramEntity).save(
        manager.getRepository(ProgramEntity).create({
          ...this.columns(input),
          createdById: actor.id,
        }),
      );
      await this.assertEligibleOwners(manager, input.ownerIds);
      await this.replaceOwners(
        manager,
        program.id,
        [...new Set([actor.id, ...input.ownerIds])],
        actor,
      );
      // The creator can read it back even when they are only a program-scoped HR lead elsewhere.
      return this.get(
        { ...actor, grants: [...actor.grants, { role: 'admin', programId: program.id }] },
        program.id,
        manager,
      );
    });
  }

  async update(actor: AuthUser, id: string, input: UpdateProgramRequest): Promise<ProgramDetail> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.assertManageable(actor, id, { manager });
      const current = await manager.getRepository(ProgramEntity).findOneOrFail({ where: { id } });
      if (input.name !== undefined) await this.assertNameFree(manager, input.name, id);
      const settings = this.asSettings(current);
      const changes = this.columns({
        ...settings,
        ...input,
        // A policy sent without the retention days keeps the program's current value.
        closurePolicy: { ...settings.closurePolicy, ...input.closurePolicy },
      });
      const result = await manager
        .createQueryBuilder()
        .update(ProgramEntity)
        .set({ ...changes, version: () => 'version + 1' })
        .where('id = :id AND version = :version', { id, version: input.version })
        .execute();
      if (!result.affected) {
        throw new ConflictError(
          'Someone else changed this program since you opened it. Reload to see their changes, then edit again.',
        );
      }
      if (input.ownerIds !== undefined) {
        if (input.ownerIds.length === 0) {
          throw new ValidationFailedError('A program needs at least one owner.', [
            { field: 'ownerIds', message: 'needs at least one HR lead' },
          ]);
        }
        await this.assertEligibleOwners(manager, input.ownerIds);
        await this.replaceOwners(manager, id, input.ownerIds, actor);
      }
      return this.get(actor, id, manager);
    });
  }

  private columns(input: Omit<CreateProgramRequest, 'ownerIds'>): Partial<ProgramEntity> {
    return {
      name: input.name,
      strategicDriver: input.purpose.strategicDriver,
      outcomes: input.purpose.outcomes,
      format: input.format,
      defaultDurationMonths: input.defaultDurationMonths,
      cadenceWeeks: input.cadenceWeeks,
      defaultMentorCapacity: input.defaultMentorCapacity,
      meetingModes: input.meetingModes,
      matchingMode: input.matchingMode,
      rematchBufferDays: input.closurePolicy.rematchBufferDays,
      contactOptions: input.closurePolicy.contactOptions,
      noteRetentionDays: input.closurePolicy.noteRetentionDays ?? 90,
      suppressionThreshold: input.suppressionThreshold,
      pulseFirstDay: input.pulseSchedule?.firstDay ?? null,
      pulseEveryDays: input.pulseSchedule?.everyDays ?? null,
      goalTemplates: input.goalTemplates ?? [],
    };
  }

  private asSettings(p: ProgramEntity): Omit<CreateProgramRequest, 'ownerIds'> {
    return {
      name: p.name,
      purpose: { strategicDriver: p.strategicDriver, outcomes: p.outcomes },
      format: p.format,
      defaultDurationMonths: p.defaultDurationMonths,
      cadenceWeeks: p.cadenceWeeks,
      defaultMentorCapacity: p.defaultMentorCapacity,
      meetingModes: p.meetingModes,
      matchingMode: p.matchingMode,
      closurePolicy: {
        rematchBufferDays: p.rematchBufferDays,
        contactOptions: p.contactOptions,
        noteRetentionDays: p.noteRetentionDays,
      },
      suppressionThreshold: p.suppressionThreshold,
      pulseSchedule: pulseSchedule(p),
      goalTemplates: p.goalTemplates,
    };
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM program WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [name, exceptId],
    );
    if (rows.length > 0) {
      throw new ConflictError(`A program called "${name}" already exists.`, [
        { field: 'name', message: 'is already used by another program' },
      ]);
    }
  }

  /** Owners must be active people who are HR leads somewhere (organisation or a program). */
  private async assertEligibleOwners(manager: EntityManager, ownerIds: string[]) {
    const people: { id: string; display_name: string; eligible: boolean }[] = await manager.query(
      `SELECT u.id, u.display_name,
              (u.status = 'active' AND EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = 'admin')) AS eligible
         FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [ownerIds],
    );
    const problems = ownerIds
      .map((id, index) => {
        const person = people.find((p) => p.id === id);
        if (!person) return { field: `ownerIds.${index}`, message: 'is not in the directory' };
        if (!person.eligible) {
          return {
            field: `ownerIds.${index}`,
            message: `${person.display_name} is not an active HR lead`,
          };
        }
        return null;
      })
      .filter((p): p is { field: string; message: string } => p !== null);
    if (problems.length > 0) {
      throw new ValidationFailedError('Owners must be active HR leads.', problems);
    }
  }

  /** Owners are the program's HR leads: program-scoped admin grants. */
  private async replaceOwners(
    manager: EntityManager,
    programId: string,
    ownerIds: string[],
    actor: AuthUser,
  ) {
    await manager.query(
      `DELETE FROM role_grant WHERE program_id = $1 AND role = 'admin' AND NOT (user_id = ANY($2::uuid[]))`,
      [programId, ownerIds],
    );
    await manager.query(
      `INSERT INTO role_grant (user_id, role, program_id, granted_by_id)
       SELECT id, 'admin', $2, $3 FROM unnest($1::uuid[]) AS id
       ON CONFLICT (user_id, role, program_id) WHERE program_id IS NOT NULL DO NOTHING`,
      [ownerIds, programId, actor.id],
    );
  }

  private async ownersOf(
    manager: EntityManager,
    programIds: string[],
  ): Promise<Map<string, PersonRef[]>> {
    const rows: { program_id: string; id: string; display_name: string; email: string }[] =
      programIds.length === 0
        ? []
        : await manager.query(
            `SELECT g.program_id, u.id, u.display_name, u.email
               FROM role_grant g JOIN app_user u ON u.id = g.user_id
              WHERE g.role = 'admin' AND g.program_id = ANY($1::uuid[])
              ORDER BY u.display_name`,
            [programIds],
          );
    const result = new Map<string, PersonRef[]>();
    for (const r of rows) {
      const list = result.get(r.program_id) ?? [];
      list.push({ id: r.id, displayName: r.display_name, email: r.email });
      result.set(r.program_id, list);
    }
    return result;
  }

  private async cohortsOf(
    manager: EntityManager,
    programIds: string[],
  ): Promise<Map<string, CohortSummary[]>> {
    const cohorts =
      programIds.length === 0
        ? []
        : await manager
            .getRepository(CohortEntity)
            .createQueryBuilder('c')
            .where('c.programId = ANY(:ids)', { ids: programIds })
            .orderBy('c.startDate', 'DESC')
            .getMany();
    const result = new Map<string, CohortSummary[]>();
    for (const c of cohorts) {
      const list = result.get(c.programId) ?? [];
      list.push(toCohortSummary(c));
      result.set(c.programId, list);
    }
    return result;
  }
}

export function toCohortSummary(c: CohortEntity): CohortSummary {
  return {
    id: c.id,
    programId: c.programId,
    name: c.name,
    state: c.state as CohortState,
    startDate: c.startDate,
    endDate: c.endDate,
  };
}

function pulseSchedule(p: ProgramEntity): PulseSchedule | null {
  return p.pulseFirstDay !== null && p.pulseEveryDays !== null
    ? { firstDay: p.pulseFirstDay, everyDays: p.pulseEveryDays }
    : null;
}
