import { BaseEntity } from '@mentorbridge/api-core';
import type { CohortState } from '@mentorbridge/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ProgramEntity } from './program.entity';

/** One intake of a program, moving through draft → recruiting → matching → active → closing → closed. */
@Entity({ name: 'cohort' })
@Index('uq_cohort_program_name', ['programId', 'name'], { unique: true })
@Check(
  'chk_cohort_state',
  `"state" IN ('draft', 'recruiting', 'matching', 'active', 'closing', 'closed')`,
)
@Check('chk_cohort_dates', `"end_date" > "start_date"`)
export class CohortEntity extends BaseEntity {
  @Index('ix_cohort_program')
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_cohort_program' })
  program?: ProgramEntity;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  state!: CohortState;
}
