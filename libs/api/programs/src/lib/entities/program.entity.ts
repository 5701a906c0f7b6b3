import { BaseEntity } from '@mentorbridge/api-core';
import { UserEntity } from '@mentorbridge/api-identity';
import type {
  ContactOption,
  GoalTemplate,
  MatchingMode,
  MeetingMode,
  ProgramFormat,
} from '@mentorbridge/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/** A mentoring program: its purpose and the rules every cohort of it follows. */
@Entity({ name: 'program' })
@Index('ix_program_created_by_id', ['createdById'])
@Check(
  'chk_program_format',
  `"format" IN ('one_on_one', 'group', 'peer', 'reverse', 'flash', 'developmental')`,
)
@Check('chk_program_matching_mode', `"matching_mode" IN ('admin_bulk', 'mentee_choice', 'manual')`)
@Check('chk_program_duration', `"default_duration_months" BETWEEN 1 AND 36`)
@Check('chk_program_cadence', `"cadence_weeks" BETWEEN 1 AND 12`)
@Check('chk_program_capacity', `"default_mentor_capacity" BETWEEN 1 AND 20`)
@Check('chk_program_rematch_buffer', `"rematch_buffer_days" BETWEEN 0 AND 90`)
@Check('chk_program_suppression', `"suppression_threshold" BETWEEN 5 AND 50`)
@Check('chk_program_note_retention', `"note_retention_days" BETWEEN 7 AND 3650`)
@Check('chk_program_pulse_first_day', `"pulse_first_day" BETWEEN 1 AND 365`)
@Check('chk_program_pulse_every_days', `"pulse_every_days" BETWEEN 7 AND 365`)
export class ProgramEntity extends BaseEntity {
  @Index('uq_program_name', { unique: true })
  @Column({ type: 'varchar', length: 160 })
  name!: string;

  @Column({ name: 'strategic_driver', type: 'text' })
  strategicDriver!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  outcomes!: string[];

  @Column({ type: 'varchar', length: 20 })
  format!: ProgramFormat;

  @Column({ name: 'default_duration_months', type: 'smallint' })
  defaultDurationMonths!: number;

  @Column({ name: 'cadence_weeks', type: 'smallint' })
  cadenceWeeks!: number;

  @Column({ name: 'default_mentor_capacity', type: 'smallint' })
  defaultMentorCapacity!: number;

  @Column({ name: 'meeting_modes', type: 'text', array: true })
  meetingModes!: MeetingMode[];

  @Column({ name: 'matching_mode', type: 'varchar', length: 20 })
  matchingMode!: MatchingMode;

  @Column({ name: 'rematch_buffer_days', type: 'smallint', default: 14 })
  rematchBufferDays!: number;

  @Column({ name: 'contact_options', type: 'text', array: true })
  contactOptions!: ContactOption[];

  /** Days after a closure before the pair's notes are deleted. */
  @Column({ name: 'note_retention_days', type: 'smallint', default: 90 })
  noteRetentionDays!: number;

  /** Pulse check-ins: first on day N, then every M days; null: the organisation's default. */
  @Column({ name: 'pulse_first_day', type: 'smallint', nullable: true })
  pulseFirstDay!: number | null;

  @Column({ name: 'pulse_every_days', type: 'smallint', nullable: true })
  pulseEveryDays!: number | null;

  /** Goals offered to new pairs as a starting point (the mentee adapts them). */
  @Column({ name: 'goal_templates', type: 'jsonb', default: () => `'[]'` })
  goalTemplates!: GoalTemplate[];

  @Column({ name: 'suppression_threshold', type: 'smallint', default: 5 })
  suppressionThreshold!: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_program_created_by' })
  createdBy?: UserEntity | null;
}
