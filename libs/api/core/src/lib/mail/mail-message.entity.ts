import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'queued' | 'sent' | 'failed';

/**
 * Every message the product sends. Written in the same transaction as the action that causes it
 * (an outbox), delivered by a background job, and kept so HR can read what was sent.
 */
@Entity({ name: 'mail_message' })
@Check('chk_mail_message_status', `"status" IN ('queued', 'sent', 'failed')`)
@Index('ix_mail_message_queue', ['status', 'nextAttemptAt'])
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'to_address', type: 'varchar', length: 320 })
  toAddress!: string;

  @Index('ix_mail_message_to_user')
  @Column({ name: 'to_user_id', type: 'uuid', nullable: true })
  toUserId!: string | null;

  @Column({ type: 'varchar', length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  /** What kind of message (`invitation`, `invitation-reminder`, `application-decision`…). */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  /** What it is about, e.g. `cohort:<id>`, so HR can list a cohort's messages. */
  @Index('ix_mail_message_context')
  @Column({ type: 'varchar', length: 120, nullable: true })
  context!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: MailStatus;

  @Column({ type: 'smallint', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
