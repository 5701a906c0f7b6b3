import { MatchEntity } from '@mentorbridge/api-matching';
import type {
  GoalAttainment,
  GoalStatus,
  PairSide,
  RelationshipPhase,
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
  UpdateDateColumn,
} from 'typeorm';

/** A mentee's goal. Its words (title, why, measure) are sealed with the pair's key. */
@Entity({ name: 'pair_goal' })
@Index('ix_pair_goal_match', ['matchId'])
@Check('chk_pair_goal_status', `"status" IN ('open', 'achieved', 'partly', 'dropped')`)
@Check('chk_pair_goal_progress', `"progress" BETWEEN 0 AND 100`)
@Check('chk_pair_goal_attainment', `"attainment" IN ('achieved', 'partly', 'not')`)
export class PairGoalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_pair_goal_match' })
  match?: MatchEntity;

  @Column({ name: 'title_sealed', type: 'bytea' })
  titleSealed!: Buffer;

  @Column({ name: 'why_sealed', type: 'bytea', nullable: true })
  whySealed!: Buffer | null;

  @Column({ name: 'measure_sealed', type: 'bytea', nullable: true })
  measureSealed!: Buffer | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: GoalStatus;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  /** Assessed by the pair at closure. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  attainment!: GoalAttainment | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'goal_milestone' })
@Index('ix_goal_milestone_goal', ['goalId'])
export class GoalMilestoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => PairGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_goal_milestone_goal' })
  goal?: PairGoalEntity;

  @Column({ name: 'title_sealed', type: 'bytea' })
  titleSealed!: Buffer;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A progress update on a goal, by either side. */
@Entity({ name: 'goal_update' })
@Index('ix_goal_update_goal', ['goalId', 'createdAt'])
export class GoalUpdateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'goal_id', type: 'uuid' })
  goalId!: string;

  @ManyToOne(() => PairGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_goal_update_goal' })
  goal?: PairGoalEntity;

  @Column({ name: 'author_side', type: 'varchar', length: 6 })
  authorSide!: PairSide;

  @Column({ type: 'smallint' })
  progress!: number;

  @Column({ name: 'note_sealed', type: 'bytea', nullable: true })
  noteSealed!: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Where the relationship is (rapport → direction → progress → winding down → moving on). */
@Entity({ name: 'pair_phase' })
@Check(
  'chk_pair_phase',
  `"phase" IN ('rapport', 'direction', 'progress', 'winding_down', 'moving_on')`,
)
export class PairPhaseEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_pair_phase_match' })
  match?: MatchEntity;

  @Column({ type: 'varchar', length: 14 })
  phase!: RelationshipPhase;

  @Column({ name: 'updated_by_side', type: 'varchar', length: 6 })
  updatedBySide!: PairSide;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
