import { UserEntity } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import type {
  CheckInChannel,
  FlagTopic,
  FlagUrgency,
  PairSide,
} from '@mentorbridge/shared-contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A concern raised to HR by one side of a pair. Its message is sealed; the partner never sees it. */
@Entity({ name: 'pair_flag' })
@Index('ix_pair_flag_resolved_by_id', ['resolvedById'])
@Index('ix_pair_flag_raised_by_id', ['raisedById'])
@Index('ix_pair_flag_match', ['matchId', 'status'])
@Check('chk_pair_flag_status', `"status" IN ('open', 'resolved')`)
@Check('chk_pair_flag_urgency', `"urgency" IN ('low', 'medium', 'high')`)
export class PairFlagEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_pair_flag_match' })
  match?: MatchEntity;

  @Column({ name: 'raised_by_id', type: 'uuid' })
  raisedById!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'raised_by_id', foreignKeyConstraintName: 'fk_pair_flag_raised_by' })
  raisedBy?: UserEntity;

  @Column({ name: 'raised_by_side', type: 'varchar', length: 6 })
  raisedBySide!: PairSide;

  @Column({ type: 'varchar', length: 12 })
  topic!: FlagTopic;

  @Column({ type: 'varchar', length: 6 })
  urgency!: FlagUrgency;

  @Column({ name: 'message_sealed', type: 'bytea' })
  messageSealed!: Buffer;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: 'open' | 'resolved';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id', foreignKeyConstraintName: 'fk_pair_flag_resolved_by' })
  resolvedBy?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;
}

/** A contact HR had with a pair (the standard asks for two in the first month, then monthly). */
@Entity({ name: 'coordinator_check_in' })
@Index('ix_coordinator_check_in_by_id', ['byId'])
@Index('ix_coordinator_check_in_match', ['matchId', 'at'])
@Check('chk_coordinator_check_in_channel', `"channel" IN ('call', 'meeting', 'email', 'chat')`)
export class CoordinatorCheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_coordinator_check_in_match' })
  match?: MatchEntity;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'varchar', length: 8 })
  channel!: CheckInChannel;

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_coordinator_check_in_by' })
  by?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
