import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  /** e.g. `note.read`. */
  action: string;
  objectType: string;
  objectId: string;
}

/** Writes audit events in the caller's transaction (an action and its record land together). */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, events: AuditRecord[]): Promise<void> {
    if (events.length === 0) return;
    await manager.getRepository(AuditEventEntity).insert(events);
  }
}
