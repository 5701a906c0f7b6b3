import { BaseEntity } from '@mentorbridge/api-core';
import { UserEntity } from '@mentorbridge/api-identity';
import { ProgramEntity } from '@mentorbridge/api-programs';
import type {
  AssessmentStatus,
  ReadinessDimension,
  ReadinessThresholds,
  RespondentRole,
} from '@mentorbridge/shared-contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

const DIMENSION_CHECK = `"dimension" IN ('structural', 'cultural', 'financial', 'purpose')`;

/** An item an HR lead added to a program's bank (the built-in bank lives in code). */
@Entity({ name: 'readiness_item' })
@Index('ix_readiness_item_created_by_id', ['createdById'])
@Check('chk_readiness_item_dimension', DIMENSION_CHECK)
export class ReadinessItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_readiness_item_program')
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_readiness_item_program' })
  program?: ProgramEntity;

  @Column({ type: 'varchar', length: 20 })
  dimension!: ReadinessDimension;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'help_text', type: 'text' })
  helpText!: string;

  @Column({ type: 'text' })
  recommendation!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_readiness_item_created_by' })
  createdBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One readiness assessment of a program (one per cycle), with its items frozen at creation. */
@Entity({ name: 'readiness_assessment' })
@Index('ix_readiness_assessment_created_by_id', ['createdById'])
@Check('chk_readiness_assessment_status', `"status" IN ('open', 'completed')`)
export class ReadinessAssessmentEntity extends BaseEntity {
  @Index('ix_readiness_assessment_program')
  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_readiness_assessment_program' })
  program?: ProgramEntity;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ name: 'scope_label', type: 'varchar', length: 160 })
  scopeLabel!: string;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: AssessmentStatus;

  @Column({ type: 'jsonb' })
  thresholds!: ReadinessThresholds;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_readiness_assessment_created_by',
  })
  createdBy?: UserEntity | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}

/** The items of one assessment, copied from the bank so later bank edits never change it. */
@Entity({ name: 'readiness_assessment_item' })
@Check('chk_readiness_assessment_item_dimension', DIMENSION_CHECK)
@Index('ix_readiness_assessment_item_assessment', ['assessmentId', 'position'])
export class ReadinessAssessmentItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => ReadinessAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'fk_readiness_assessment_item_assessment',
  })
  assessment?: ReadinessAssessmentEntity;

  /** `builtin:<code>` or the id of the program's custom item. */
  @Column({ name: 'source_key', type: 'varchar', length: 80 })
  sourceKey!: string;

  @Column({ type: 'varchar', length: 20 })
  dimension!: ReadinessDimension;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'help_text', type: 'text' })
  helpText!: string;

  @Column({ type: 'text' })
  recommendation!: string;

  @Column({ type: 'smallint' })
  position!: number;
}

/** A person asked to answer an assessment (HR, a sponsor, managers…). */
@Entity({ name: 'readiness_respondent' })
@Check('chk_readiness_respondent_role', `"role" IN ('hr', 'sponsor', 'manager', 'other')`)
@Index('uq_readiness_respondent', ['assessmentId', 'userId'], { unique: true })
export class ReadinessRespondentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => ReadinessAssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assessment_id',
    foreignKeyConstraintName: 'fk_readiness_respondent_assessment',
  })
  assessment?: ReadinessAssessmentEntity;

  @Index('ix_readiness_respondent_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_readiness_respondent_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: RespondentRole;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One respondent's answer to one item: 1–5, or null for "don't know". */
@Entity({ name: 'readiness_answer' })
@Check('chk_readiness_answer_score', `"score" BETWEEN 1 AND 5`)
@Index('uq_readiness_answer', ['respondentId', 'itemId'], { unique: true })
export class ReadinessAnswerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'respondent_id', type: 'uuid' })
  respondentId!: string;

  @ManyToOne(() => ReadinessRespondentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'fk_readiness_answer_respondent' })
  respondent?: ReadinessRespondentEntity;

  @Index('ix_readiness_answer_item')
  @Column({ name: 'item_id', type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => ReadinessAssessmentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'fk_readiness_answer_item' })
  item?: ReadinessAssessmentItemEntity;

  @Column({ type: 'smallint', nullable: true })
  score!: number | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const READINESS_ENTITIES = [
  ReadinessItemEntity,
  ReadinessAssessmentEntity,
  ReadinessAssessmentItemEntity,
  ReadinessRespondentEntity,
  ReadinessAnswerEntity,
];
