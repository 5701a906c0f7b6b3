import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import { DEFAULT_MATCHING_SETTINGS, MatchingSettings } from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MatchingSettingsEntity } from '../entities/matching.entities';

/** A program's matching weights and rules: the defaults until an HR lead saves their own. */
@Injectable()
export class MatchingSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
  ) {}

  async of(manager: EntityManager, programId: string): Promise<MatchingSettings> {
    const row = await manager.getRepository(MatchingSettingsEntity).findOneBy({ programId });
    return withDefaults(row?.settings);
  }

  async get(actor: AuthUser, programId: string): Promise<MatchingSettings> {
    await this.access.assertManageable(actor, programId);
    return this.of(this.dataSource.manager, programId);
  }

  async save(
    actor: AuthUser,
    programId: string,
    settings: MatchingSettings,
  ): Promise<MatchingSettings> {
    await this.access.assertManageable(actor, programId);
    const clean = withDefaults(settings);
    await this.dataSource
      .getRepository(MatchingSettingsEntity)
      .upsert({ programId, settings: clean }, ['programId']);
    return clean;
  }
}

/** Only known keys, every criterion present (a criterion added later starts at its default). */
export function withDefaults(saved: Partial<MatchingSettings> | undefined): MatchingSettings {
  const d = DEFAULT_MATCHING_SETTINGS;
  const weights = { ...d.weights };
  for (const key of Object.keys(weights) as (keyof typeof weights)[]) {
    const value = saved?.weights?.[key];
    if (typeof value === 'number') weights[key] = value;
  }
  return {
    weights,
    departmentPreference: saved?.departmentPreference ?? d.departmentPreference,
    requireSharedLanguage: saved?.requireSharedLanguage ?? d.requireSharedLanguage,
    allowRepeatPairs: saved?.allowRepeatPairs ?? d.allowRepeatPairs,
    shortlistSize: saved?.shortlistSize ?? d.shortlistSize,
    requestExpiryDays: saved?.requestExpiryDays ?? d.requestExpiryDays,
    activateOnPublish: saved?.activateOnPublish ?? d.activateOnPublish,
  };
}
