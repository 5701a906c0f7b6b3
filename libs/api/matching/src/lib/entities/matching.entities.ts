import { UserEntity } from '@mentorbridge/api-identity';
import { CohortEntity, ProgramEntity } from '@mentorbridge/api-programs';
import type {
  CriterionScore,
  MatchConstraintKind,
  MatchingSettings,
  MatchResponse,
  MatchRunObjective,
  MatchRunProgress,
  MatchRunState,
  MatchState,
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
  UpdateDateColumn,
} from 'typeorm';
import type { RunInputs, UnmatchedReason } from '../runs/run-computation';

/** The weights and rules a program matches with (defaults until an HR lead saves them). */
@Entity({ name: 'matching_settings' })
export class MatchingSettingsEntity {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_matching_settings_program' })
  program?: ProgramEntity;

  @Column({ type: 'jsonb' })
  settings!: MatchingSettings;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * One matching run of a cohort: its inputs (reproducible), the solver's result and its state.
 * At most one run per cohort is running at a time (partial unique index).
 */
@Entity({ name: 'match_run' })
@Index('ix_match_run_created_by_id', ['createdById'])
@Index('uq_match_run_number', ['cohortId', 'number'], { unique: true })
@Index('uq_match_run_running', ['cohortId'], { unique: true, where: `"state" = 'running'` })
@Check('chk_match_run_state', `"state" IN ('running', 'draft', 'failed', 'published', 'discarded')`)
export class MatchRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_match_run_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 12, default: 'running' })
  state!: MatchRunState;

  @Column({ type: 'jsonb' })
  settings!: MatchingSettings;

  /** Everything the run read (profiles, rules, pins, bans, capacities), to reproduce it. */
  @Column({ type: 'jsonb' })
  inputs!: RunInputs;

  @Column({ name: 'solver_version', type: 'varchar', length: 60 })
  solverVersion!: string;

  @Column({ type: 'jsonb', default: () => `'{"phase": "loading", "percent": 0}'` })
  progress!: MatchRunProgress;

  @Column({ type: 'jsonb', nullable: true })
  objective!: MatchRunObjective | null;

  @Column({ type: 'integer', default: 0 })
  mentees!: number;

  @Column({ type: 'integer', default: 0 })
  mentors!: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  unmatched!: UnmatchedReason[];

  @Column({ type: 'integer', default: 0 })
  edits!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_match_run_created_by' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'duration_ms', type: 'integer', nullable: true })
  durationMs!: number | null;

  /**
   * The process computing a running run (host name and pid) and when it last said it is alive:
   * how a restarted or another replica tells a lost run from one still being computed.
   */
  @Column({ name: 'runner_host', type: 'varchar', length: 255, nullable: true })
  runnerHost!: string | null;

  @Column({ name: 'runner_pid', type: 'integer', nullable: true })
  runnerPid!: number | null;

  @Column({ name: 'heartbeat_at', type: 'timestamptz', nullable: true })
  heartbeatAt!: Date | null;
}

/** A pair a run proposes, with its score and per-criterion breakdown. */
@Entity({ name: 'match_proposal' })
@Index('uq_match_proposal_pair', ['runId', 'mentorUserId', 'menteeUserId'], { unique: true })
export class MatchProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId!: string;

  @ManyToOne(() => MatchRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_match_proposal_run' })
  run?: MatchRunEntity;

  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId!: string;

  @Column({ name: 'mentee_user_id', type: 'uuid' })
  menteeUserId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'jsonb' })
  criteria!: CriterionScore[];

  /** Placed by HR (swap) rather than by the solver. */
  @Column({ type: 'boolean', default: false })
  edited!: boolean;
}

/** A pin (must pair) or a ban HR set for a cohort; every later run keeps it. */
@Entity({ name: 'match_constraint' })
@Index('ix_match_constraint_mentor_user_id', ['mentorUserId'])
@Index('ix_match_constraint_mentee_user_id', ['menteeUserId'])
@Index('ix_match_constraint_created_by_id', ['createdById'])
@Index('uq_match_constraint_pair', ['cohortId', 'mentorUserId', 'menteeUserId'], { unique: true })
@Check('chk_match_constraint_kind', `"kind" IN ('pin', 'ban')`)
export class MatchConstraintEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_match_constraint_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'varchar', length: 4 })
  kind!: MatchConstraintKind;

  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_user_id', foreignKeyConstraintName: 'fk_match_constraint_mentor' })
  mentor?: UserEntity;

  @Column({ name: 'mentee_user_id', type: 'uuid' })
  menteeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_user_id', foreignKeyConstraintName: 'fk_match_constraint_mentee' })
  mentee?: UserEntity;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_match_constraint_created_by' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A published pair. Proposed until both sides accept (or active at once, per program setting);
 * a decline or an expiry frees both people for the next run. A pair is live at most once per
 * cohort (partial unique index).
 */
@Entity({ name: 'match' })
@Index('ix_match_run_id', ['runId'])
@Index('uq_match_live_pair', ['cohortId', 'mentorUserId', 'menteeUserId'], {
  unique: true,
  where: `"state" IN ('proposed', 'active')`,
})
@Index('ix_match_cohort', ['cohortId', 'state'])
@Index('ix_match_mentor', ['mentorUserId'])
@Index('ix_match_mentee', ['menteeUserId'])
@Check(
  'chk_match_state',
  `"state" IN ('proposed', 'active', 'declined', 'expired', 'cancelled', 'completed', 'closed_early')`,
)
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_match_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId!: string | null;

  @ManyToOne(() => MatchRunEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'fk_match_run' })
  run?: MatchRunEntity | null;

  @Column({ name: 'mentor_user_id', type: 'uuid' })
  mentorUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_user_id', foreignKeyConstraintName: 'fk_match_mentor' })
  mentor?: UserEntity;

  @Column({ name: 'mentee_user_id', type: 'uuid' })
  menteeUserId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentee_user_id', foreignKeyConstraintName: 'fk_match_mentee' })
  mentee?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  state!: MatchState;

  @Column({ name: 'mentor_response', type: 'varchar', length: 10, default: 'pending' })
  mentorResponse!: MatchResponse;

  @Column({ name: 'mentee_response', type: 'varchar', length: 10, default: 'pending' })
  menteeResponse!: MatchResponse;

  @Column({ type: 'double precision', nullable: true })
  score!: number | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  criteria!: CriterionScore[];

  @Column({ name: 'proposed_at', type: 'timestamptz', default: () => 'now()' })
  proposedAt!: Date;

  @Column({ name: 'respond_by', type: 'timestamptz', nullable: true })
  respondBy!: Date | null;

  @Column({ name: 'activated_at', type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Column({ name: 'decline_reason', type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ name: 'declined_by_id', type: 'uuid', nullable: true })
  declinedById!: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** The planned end of the relationship: the cohort's end unless HR approved an extension. */
  @Column({ name: 'planned_end_date', type: 'date', nullable: true })
  plannedEndDate!: string | null;

  /**
   * After a closure: from when each side may be matched again in this cohort (null: not
   * returning). The mentor's places come back at once; the mentee waits the program's buffer.
   */
  @Column({ name: 'mentor_rematch_from', type: 'timestamptz', nullable: true })
  mentorRematchFrom!: Date | null;

  @Column({ name: 'mentee_rematch_from', type: 'timestamptz', nullable: true })
  menteeRematchFrom!: Date | null;
}
