import { CohortEntity } from '@mentorbridge/api-programs';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A cohort's figures at the end of a month (the current month is rewritten at every refresh, past
 * months stay as they were): the health trend and "what moved most" read these.
 */
@Entity({ name: 'cohort_snapshot' })
export class CohortSnapshotEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_snapshot_cohort' })
  cohort?: CohortEntity;

  /** First day of the month. */
  @PrimaryColumn({ type: 'date' })
  month!: string;

  @Column({ type: 'real', nullable: true })
  health!: number | null;

  /** The cohort's raw facts (unsuppressed; suppression applies when figures are published). */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  facts!: Record<string, unknown>;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}

/** When the reporting views were last refreshed (one row). */
@Entity({ name: 'reporting_refresh' })
export class ReportingRefreshEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id!: number;

  @Column({ name: 'refreshed_at', type: 'timestamptz' })
  refreshedAt!: Date;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;
}

export const REPORTING_ENTITIES = [CohortSnapshotEntity, ReportingRefreshEntity];
