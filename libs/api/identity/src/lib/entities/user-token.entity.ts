import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

export type UserTokenPurpose = 'activation';

/** One-time links (account activation); only the hash of the token is stored. */
@Entity({ name: 'user_token' })
@Check('chk_user_token_purpose', `"purpose" IN ('activation')`)
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_user_token_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_token_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  purpose!: UserTokenPurpose;

  @Index('uq_user_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
