import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ValidationFailedError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  DEFAULT_RECRUITMENT_SETTINGS,
  PARTICIPANT_ROLES,
  RecruitmentSettings,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { RecruitmentSettingsEntity } from '../entities/enrollment.entities';

/** Eligibility rules and the goal-length screen of a program (defaults until HR changes them). */
@Injectable()
export class RecruitmentSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
  ) {}

  async get(actor: AuthUser, programId: string): Promise<RecruitmentSettings> {
    await this.access.assertManageable(actor, programId);
    return this.of(this.dataSource.manager, programId);
  }

  async of(manager: EntityManager, programId: string): Promise<RecruitmentSettings> {
    const row = await manager
      .getRepository(RecruitmentSettingsEntity)
      .findOne({ where: { programId } });
    return row?.settings ?? DEFAULT_RECRUITMENT_SETTINGS;
  }

  async save(
    actor: AuthUser,
    programId: string,
    settings: RecruitmentSettings,
  ): Promise<RecruitmentSettings> {
    await this.access.assertManageable(actor, programId);
    for (const role of PARTICIPANT_ROLES) {
      const rule = settings.eligibility[role];
      if (
        rule.minSeniority !== null &&
        rule.maxSeniority !== null &&
        rule.minSeniority > rule.maxSeniority
      ) {
        throw new ValidationFailedError('The lowest seniority cannot be above the highest.', [
          { field: `eligibility.${role}.minSeniority`, message: 'must not be above maxSeniority' },
        ]);
      }
    }
    await this.dataSource.getRepository(RecruitmentSettingsEntity).save({ programId, settings });
    return settings;
  }
}
