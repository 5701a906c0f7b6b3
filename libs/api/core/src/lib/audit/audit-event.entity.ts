import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only record of sensitive actions: who, when, what action on which object — never the
 * content (no note text, no answers).
 */
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_object', ['objectType', 'objectId'])
@Index('ix_audit_event_actor', ['actorId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 60 })
  action!: string;

  @Column({ name: 'object_type', type: 'varchar', length: 40 })
  objectType!: string;

  @Column({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
