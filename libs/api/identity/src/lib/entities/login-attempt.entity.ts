import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Sign-in attempts, for rate limiting that works across API replicas. Purged after a day. */
@Entity({ name: 'login_attempt' })
@Index('ix_login_attempt_email_address', ['email', 'ipAddress', 'attemptedAt'])
@Index('ix_login_attempt_address', ['ipAddress', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'ip_address', type: 'varchar', length: 64 })
  ipAddress!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}
