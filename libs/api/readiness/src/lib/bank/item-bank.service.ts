import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  CreateReadinessItemRequest,
  PERMISSIONS,
  READINESS_DIMENSIONS,
  ReadinessItem,
  UpdateReadinessItemRequest,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ReadinessItemEntity } from '../entities/readiness.entities';
import { BUILT_IN_ITEMS } from './default-items';

export const BUILT_IN_PREFIX = 'builtin:';
const permission = PERMISSIONS.readinessManage;

/** The readiness item bank of a program: the built-in items plus the program's own. */
@Injectable()
export class ItemBankService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
  ) {}

  async list(actor: AuthUser, programId: string): Promise<ReadinessItem[]> {
    await this.access.assertManageable(actor, programId, { permission });
    return this.bank(this.dataSource.manager, programId, { activeOnly: false });
  }

  /** Built-in items first, then the program's own, grouped by dimension. */
  async bank(
    manager: EntityManager,
    programId: string,
    options: { activeOnly: boolean },
  ): Promise<ReadinessItem[]> {
    const custom = await manager.getRepository(ReadinessItemEntity).find({
      where: { programId, ...(options.activeOnly ? { active: true } : {}) },
      order: { createdAt: 'ASC' },
    });
    const items: ReadinessItem[] = [
      ...BUILT_IN_ITEMS.map((i) => ({
        id: `${BUILT_IN_PREFIX}${i.code}`,
        dimension: i.dimension,
        text: i.text,
        helpText: i.helpText,
        recommendation: i.recommendation,
        builtIn: true,
        active: true,
      })),
      ...custom.map(toItem),
    ];
    return READINESS_DIMENSIONS.flatMap((d) => items.filter((i) => i.dimension === d));
  }

  async create(
    actor: AuthUser,
    programId: string,
    input: CreateReadinessItemRequest,
  ): Promise<ReadinessItem> {
    await this.access.assertManageable(actor, programId, { permission });
    const item = await this.dataSource
      .getRepository(ReadinessItemEntity)
      .save(
        this.dataSource
          .getRepository(ReadinessItemEntity)
          .create({ ...input, programId, createdById: actor.id }),
      );
    return toItem(item);
  }

  async update(
    actor: AuthUser,
    itemId: string,
    input: UpdateReadinessItemRequest,
  ): Promise<ReadinessItem> {
    const repo = this.dataSource.getRepository(ReadinessItemEntity);
    const item = await repo.findOne({ where: { id: itemId } });
    if (!item || !this.access.canManage(actor, item.programId, permission)) {
      throw new NotFoundError('readiness item');
    }
    Object.assign(
      item,
      Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    );
    return toItem(await repo.save(item));
  }
}

function toItem(i: ReadinessItemEntity): ReadinessItem {
  return {
    id: i.id,
    dimension: i.dimension,
    text: i.text,
    helpText: i.helpText,
    recommendation: i.recommendation,
    builtIn: false,
    active: i.active,
  };
}
