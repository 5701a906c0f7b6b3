import { UserEntity } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import type {
  ClosureInitiator,
  ClosureKind,
  ClosureReason,
  ContactOption,
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

/** How a match ended: planned or early, why, who started it and what they told the other side. */
@Entity({ name: 'match_closure' })
@Index('ix_match_closure_initiated_by_id', ['initiatedById'])
@Index('ix_match_closure_closed_at', ['closedAt'])
@Check('chk_match_closure_kind', `"kind" IN ('planned', 'early')`)
@Check(
  'chk_match_closure_reason',
  `"reason" IN ('completed', 'fit', 'time', 'role_change', 'left_organization', 'goal_reached_early', 'cohort_closed', 'other')`,
)
@Check('chk_match_closure_initiator', `"initiated_by" IN ('mentor', 'mentee', 'hr', 'system')`)
export class MatchClosureEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_match_closure_match' })
  match?: MatchEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: ClosureKind;

  @Column({ type: 'varchar', length: 20 })
  reason!: ClosureReason;

  @Column({ name: 'reason_text', type: 'text', nullable: true })
  reasonText!: string | null;

  @Column({ name: 'initiated_by', type: 'varchar', length: 8 })
  initiatedBy!: ClosureInitiator;

  @Column({ name: 'initiated_by_id', type: 'uuid', nullable: true })
  initiatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiated_by_id', foreignKeyConstraintName: 'fk_match_closure_initiator' })
  initiator?: UserEntity | null;

  /** The message to the other side, sealed with the pair's key (it is theirs). */
  @Column({ name: 'message_sealed', type: 'bytea', nullable: true })
  messageSealed!: Buffer | null;

  @Column({ name: 'closed_at', type: 'timestamptz' })
  closedAt!: Date;

  @Column({ name: 'notes_warned_at', type: 'timestamptz', nullable: true })
  notesWarnedAt!: Date | null;

  @Column({ name: 'notes_deleted_at', type: 'timestamptz', nullable: true })
  notesDeletedAt!: Date | null;
}

/**
 * One side's ending: the exit survey (free text sealed with the pair's key; the reflection is
 * private to its author), the post-closure contact preference, and whether HR chased it.
 */
@Entity({ name: 'closure_response' })
@Index('ix_closure_response_respondent_id', ['respondentId'])
@Check('chk_closure_response_side', `"side" IN ('mentor', 'mentee')`)
@Check('chk_closure_response_satisfaction', `"satisfaction" BETWEEN 1 AND 5`)
@Check('chk_closure_response_recommend', `"recommend" BETWEEN 0 AND 10`)
@Check(
  'chk_closure_response_contact',
  `"contact_preference" IN ('stay_in_touch', 'no_further_contact')`,
)
export class ClosureResponseEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_closure_response_match' })
  match?: MatchEntity;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  side!: PairSide;

  @Column({ name: 'respondent_id', type: 'uuid', nullable: true })
  respondentId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'fk_closure_response_respondent' })
  respondent?: UserEntity | null;

  @Column({ type: 'smallint', nullable: true })
  satisfaction!: number | null;

  @Column({ type: 'smallint', nullable: true })
  recommend!: number | null;

  @Column({ name: 'helped_sealed', type: 'bytea', nullable: true })
  helpedSealed!: Buffer | null;

  @Column({ name: 'change_sealed', type: 'bytea', nullable: true })
  changeSealed!: Buffer | null;

  @Column({ name: 'reflection_sealed', type: 'bytea', nullable: true })
  reflectionSealed!: Buffer | null;

  @Column({ name: 'contact_preference', type: 'varchar', length: 20, nullable: true })
  contactPreference!: ContactOption | null;

  /** No answer came: the safe default (no further contact) was applied when HR chased. */
  @Column({ name: 'contact_defaulted', type: 'boolean', default: false })
  contactDefaulted!: boolean;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'chased_at', type: 'timestamptz', nullable: true })
  chasedAt!: Date | null;
}

/** A pair's request to extend the relationship, decided by HR. One pending request at a time. */
@Entity({ name: 'match_extension' })
@Index('ix_match_extension_requested_by_id', ['requestedById'])
@Index('ix_match_extension_decided_by_id', ['decidedById'])
@Index('ix_match_extension_match', ['matchId'])
@Index('uq_match_extension_pending', ['matchId'], { unique: true, where: `"state" = 'pending'` })
@Check('chk_match_extension_state', `"state" IN ('pending', 'approved', 'declined')`)
@Check('chk_match_extension_dates', `"requested_end" > "current_end"`)
export class MatchExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_match_extension_match' })
  match?: MatchEntity;

  @Column({ name: 'requested_side', type: 'varchar', length: 6 })
  requestedSide!: PairSide;

  @Column({ name: 'requested_by_id', type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id', foreignKeyConstraintName: 'fk_match_extension_requester' })
  requestedBy?: UserEntity | null;

  @Column({ name: 'current_end', type: 'date' })
  currentEnd!: string;

  @Column({ name: 'requested_end', type: 'date' })
  requestedEnd!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  state!: 'pending' | 'approved' | 'declined';

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_match_extension_decider' })
  decidedBy?: UserEntity | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'approved_end', type: 'date', nullable: true })
  approvedEnd!: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Closure messages already sent (end approaching, survey request, retention warning): once each. */
@Entity({ name: 'closure_notice' })
export class ClosureNoticeEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_closure_notice_match' })
  match?: MatchEntity;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  kind!: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}

export const CLOSURE_ENTITIES = [
  MatchClosureEntity,
  ClosureResponseEntity,
  MatchExtensionEntity,
  ClosureNoticeEntity,
];
