import { BaseEntity } from '@mentorbridge/api-core';
import { UserEntity } from '@mentorbridge/api-identity';
import { CohortEntity, ProgramEntity } from '@mentorbridge/api-programs';
import type {
  ApplicantProfile,
  Answers,
  ApplicationStatus,
  FormQuestion,
  GoalFlag,
  InvitationStatus,
  ParticipantRole,
  RecruitmentSettings,
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

const ROLE_CHECK = `"role" IN ('mentor', 'mentee')`;

/** An invitation to apply to a cohort as mentor or mentee. */
@Entity({ name: 'invitation' })
@Index('ix_invitation_invited_by_id', ['invitedById'])
@Check('chk_invitation_role', ROLE_CHECK)
@Check('chk_invitation_status', `"status" IN ('sent', 'opened', 'applied', 'declined')`)
@Index('uq_invitation', ['cohortId', 'userId', 'role'], { unique: true })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_invitation_cohort' })
  cohort?: CohortEntity;

  @Index('ix_invitation_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_invitation_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  role!: ParticipantRole;

  @Column({ type: 'varchar', length: 10, default: 'sent' })
  status!: InvitationStatus;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt!: Date;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt!: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'smallint', default: 0 })
  reminders!: number;

  @Column({ name: 'last_reminded_at', type: 'timestamptz', nullable: true })
  lastRemindedAt!: Date | null;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id', foreignKeyConstraintName: 'fk_invitation_invited_by' })
  invitedBy?: UserEntity | null;
}

/** One version of a program's application form for a role (versions are never edited). */
@Entity({ name: 'form_definition' })
@Index('ix_form_definition_created_by_id', ['createdById'])
@Check('chk_form_definition_role', ROLE_CHECK)
@Index('uq_form_definition_version', ['programId', 'role', 'version'], { unique: true })
export class FormDefinitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_form_definition_program' })
  program?: ProgramEntity;

  @Column({ type: 'varchar', length: 10 })
  role!: ParticipantRole;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  questions!: FormQuestion[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_form_definition_created_by' })
  createdBy?: UserEntity | null;
}

/** Eligibility rules and goal screening of a program's recruitment. */
@Entity({ name: 'recruitment_settings' })
export class RecruitmentSettingsEntity {
  @PrimaryColumn({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_recruitment_settings_program' })
  program?: ProgramEntity;

  @Column({ type: 'jsonb' })
  settings!: RecruitmentSettings;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An application to a cohort, with the answers to the form version it was made on. */
@Entity({ name: 'application' })
@Index('ix_application_form_id', ['formId'])
@Index('ix_application_decided_by_id', ['decidedById'])
@Check('chk_application_role', ROLE_CHECK)
@Check(
  'chk_application_status',
  `"status" IN ('submitted', 'approved', 'rejected', 'waitlisted', 'withdrawn')`,
)
@Check('chk_application_goal_flag', `"goal_flag" IN ('too_short', 'generic')`)
@Index('uq_application_live', ['cohortId', 'userId', 'role'], {
  unique: true,
  where: `"status" <> 'withdrawn'`,
})
@Index('ix_application_queue', ['cohortId', 'status', 'submittedAt'])
export class ApplicationEntity extends BaseEntity {
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_application_cohort' })
  cohort?: CohortEntity;

  @Index('ix_application_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_application_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  role!: ParticipantRole;

  @Column({ name: 'form_id', type: 'uuid' })
  formId!: string;

  @ManyToOne(() => FormDefinitionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'form_id', foreignKeyConstraintName: 'fk_application_form' })
  form?: FormDefinitionEntity;

  @Column({ type: 'jsonb' })
  answers!: Answers;

  @Column({ type: 'varchar', length: 12, default: 'submitted' })
  status!: ApplicationStatus;

  @Column({ name: 'goal_flag', type: 'varchar', length: 12, nullable: true })
  goalFlag!: GoalFlag | null;

  @Column({ name: 'goal_flag_reasons', type: 'text', array: true, default: () => `'{}'` })
  goalFlagReasons!: string[];

  /** The directory profile at submission (department, manager, seniority…). */
  @Column({ type: 'jsonb' })
  profile!: ApplicantProfile;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_application_decided_by' })
  decidedBy?: UserEntity | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ name: 'decision_message', type: 'text', nullable: true })
  decisionMessage!: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

/** An approved applicant: who matching works with (capacity is how many partners they take). */
@Entity({ name: 'participant' })
@Index('ix_participant_user_id', ['userId'])
@Check('chk_participant_role', ROLE_CHECK)
@Check('chk_participant_status', `"status" IN ('active', 'withdrawn')`)
@Check('chk_participant_capacity', `"capacity" BETWEEN 0 AND 50`)
@Index('uq_participant_active', ['cohortId', 'userId', 'role'], {
  unique: true,
  where: `"status" = 'active'`,
})
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_participant_cohort')
  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_participant_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_participant_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 10 })
  role!: ParticipantRole;

  @Index('uq_participant_application', { unique: true })
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id', foreignKeyConstraintName: 'fk_participant_application' })
  application?: ApplicationEntity;

  @Column({ type: 'smallint' })
  capacity!: number;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status!: 'active' | 'withdrawn';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}

export const ENROLLMENT_ENTITIES = [
  InvitationEntity,
  FormDefinitionEntity,
  RecruitmentSettingsEntity,
  ApplicationEntity,
  ParticipantEntity,
];
