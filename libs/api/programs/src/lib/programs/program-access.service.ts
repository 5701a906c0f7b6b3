import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { grantsAllow, Permission, PERMISSIONS } from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Object-level access to programs. Organisation-wide HR leads reach every program; a
 * program-scoped HR lead reaches only theirs. Anything else is "not found" (404), exactly like a
 * program that does not exist, so ids cannot be probed.
 */
@Injectable()
export class ProgramAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programs this person may manage, or null for "all of them". */
  manageableProgramIds(
    actor: AuthUser,
    permission: Permission = PERMISSIONS.programsManage,
  ): string[] | null {
    if (grantsAllow(actor.grants, permission, null)) return null;
    return actor.grants
      .filter((g) => g.programId !== null && grantsAllow([g], permission, g.programId))
      .map((g) => g.programId as string);
  }

  canManage(
    actor: AuthUser,
    programId: string,
    permission: Permission = PERMISSIONS.programsManage,
  ): boolean {
    return grantsAllow(actor.grants, permission, programId);
  }

  /** Throws 404 unless the program exists and the person may manage it. */
  async assertManageable(
    actor: AuthUser,
    programId: string,
    options: { permission?: Permission; manager?: EntityManager } = {},
  ): Promise<void> {
    if (!this.canManage(actor, programId, options.permission)) throw new NotFoundError('program');
    const manager = options.manager ?? this.dataSource.manager;
    const rows: unknown[] = await manager.query(`SELECT 1 FROM program WHERE id = $1`, [programId]);
    if (rows.length === 0) throw new NotFoundError('program');
  }

  /** The program of a cohort, after checking the person may manage it (404 otherwise). */
  async programOfCohort(
    actor: AuthUser,
    cohortId: string,
    manager?: EntityManager,
  ): Promise<string> {
    const rows: { program_id: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT program_id FROM cohort WHERE id = $1`,
      [cohortId],
    );
    const programId = rows[0]?.program_id;
    if (!programId || !this.canManage(actor, programId)) throw new NotFoundError('cohort');
    return programId;
  }
}
