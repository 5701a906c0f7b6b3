import { UserEntity } from '@mentorbridge/api-identity';
import { CohortEntity } from '@mentorbridge/api-programs';
import type { CriterionScore, MentorRequestState } from '@mentorbridge/shared-contracts';
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
import { MatchEntity } from './matching.entities';

/** One mentor on a mentee's ranked shortlist (mentee-choice programs). */
@Entity({ name: 'mentor_shortlist' })
@Index('ix_mentor_shortlist_mentor_user_id', ['mentorUserId'])
@Index('uq_mentor_shortlist_pair', ['cohortId', 'menteeUserId', 'mentorUserId'], { unique: true })
@Index('ix_mentor_shortlist_mentee', ['menteeUserId'])
export class MentorShortlistEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_mentor_shortlist_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'mentee_user_id', type: 'uuid' })
  menteeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_user_id', foreignKeyConstraintName: 'fk_mentor_shortlist_mentee' })
  mentee?: UserEntity;

  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_user_id', foreignKeyConstraintName: 'fk_mentor_shortlist_mentor' })
  mentor?: UserEntity;

  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb' })
  criteria!: CriterionScore[];

  @Column({ name: 'generated_at', type: 'timestamptz' })
  generatedAt!: Date;
}

/**
 * A mentee's request to a mentor from their shortlist. Open until the mentor answers or it
 * expires; when a mentor accepts, the mentee's other open requests are withdrawn.
 */
@Entity({ name: 'mentor_request' })
@Index('ix_mentor_request_match_id', ['matchId'])
@Index('uq_mentor_request_open', ['cohortId', 'menteeUserId', 'mentorUserId'], {
  unique: true,
  where: `"state" = 'open'`,
})
@Index('ix_mentor_request_mentor', ['mentorUserId', 'state'])
@Index('ix_mentor_request_mentee', ['menteeUserId', 'state'])
@Check(
  'chk_mentor_request_state',
  `"state" IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')`,
)
export class MentorRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_mentor_request_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'mentee_user_id', type: 'uuid' })
  menteeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_user_id', foreignKeyConstraintName: 'fk_mentor_request_mentee' })
  mentee?: UserEntity;

  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_user_id', foreignKeyConstraintName: 'fk_mentor_request_mentor' })
  mentor?: UserEntity;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  state!: MentorRequestState;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ type: 'double precision', nullable: true })
  score!: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  criteria!: CriterionScore[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason!: string | null;

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId!: string | null;

  @ManyToOne(() => MatchEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_mentor_request_match' })
  match?: MatchEntity | null;
}
