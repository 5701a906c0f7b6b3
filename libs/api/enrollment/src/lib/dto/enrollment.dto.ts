import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '@mentorbridge/api-core';
import {
  APPLICATION_STATUSES,
  ApplicationListQuery,
  ApplicationStatus,
  Answers,
  BulkDecisionRequest,
  Decision,
  DECISIONS,
  DecisionRequest,
  EligibilityRule,
  FormQuestion,
  INVITATION_STATUSES,
  InvitationImportRequest,
  InvitationListQuery,
  InvitationStatus,
  InviteDepartmentRequest,
  InvitePeopleRequest,
  PARTICIPANT_ROLES,
  ParticipantRole,
  QUESTION_TYPES,
  QuestionOption,
  QuestionType,
  RecruitmentSettings,
  RemindRequest,
  SaveFormRequest,
  SENIORITY_LEVELS,
  SeniorityLevel,
  SubmitApplicationRequest,
  UpdateApplicationRequest,
} from '@mentorbridge/shared-contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;
const roleRule = { message: 'role must be mentor or mentee' };

export class RoleQueryDto {
  @ApiProperty({ enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES, roleRule)
  role!: ParticipantRole;
}

export class InvitationListQueryDto extends PageQueryDto implements InvitationListQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;

  @ApiPropertyOptional({ enum: PARTICIPANT_ROLES })
  @IsOptional()
  @IsIn(PARTICIPANT_ROLES, roleRule)
  role?: ParticipantRole;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class InvitePeopleDto implements InvitePeopleRequest {
  @ApiProperty({ enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES, roleRule)
  role!: ParticipantRole;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1, { message: 'userIds needs at least one person' })
  @ArrayMaxSize(1000)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each userId must be the id of a person' })
  userIds!: string[];
}

export class InviteDepartmentDto implements InviteDepartmentRequest {
  @ApiProperty({ enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES, roleRule)
  role!: ParticipantRole;

  @ApiProperty({ example: 'Engineering' })
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  department!: string;
}

export class InvitationImportDto implements InvitationImportRequest {
  @ApiProperty({ example: 'email,role\nli.wei@acme.example,mentee\n' })
  @IsString()
  @Length(1, 1_000_000, { message: 'csv must not be empty' })
  csv!: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

export class RemindDto implements RemindRequest {
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  invitationIds?: string[];
}

export class QuestionOptionDto implements QuestionOption {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 60)
  value!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(1, 120)
  label!: string;
}

export class FormQuestionDto implements FormQuestion {
  @ApiProperty({ example: 'custom_motivation', description: 'lower_snake_case' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, {
    message: 'key must be lower_snake_case (2 to 40 characters)',
  })
  key!: string;

  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES, { message: `type must be one of ${QUESTION_TYPES.join(', ')}` })
  type!: QuestionType;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(3, 200, { message: 'label must be 3 to 200 characters' })
  label!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  help?: string;

  @ApiProperty()
  @IsBoolean()
  required!: boolean;

  @ApiPropertyOptional({ type: [QuestionOptionDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  min?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10000)
  max?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  suggestions?: string[];
}

export class SaveFormDto implements SaveFormRequest {
  @ApiProperty({ type: [FormQuestionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => FormQuestionDto)
  questions!: FormQuestionDto[];
}

export class EligibilityRuleDto implements EligibilityRule {
  @ApiProperty({ nullable: true, enum: SENIORITY_LEVELS })
  @IsOptional()
  @IsIn(SENIORITY_LEVELS)
  minSeniority!: SeniorityLevel | null;

  @ApiProperty({ nullable: true, enum: SENIORITY_LEVELS })
  @IsOptional()
  @IsIn(SENIORITY_LEVELS)
  maxSeniority!: SeniorityLevel | null;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  departments!: string[];

  @ApiProperty()
  @IsBoolean()
  requireManager!: boolean;
}

export class EligibilityByRoleDto {
  @ApiProperty({ type: EligibilityRuleDto })
  @ValidateNested()
  @Type(() => EligibilityRuleDto)
  mentor!: EligibilityRuleDto;

  @ApiProperty({ type: EligibilityRuleDto })
  @ValidateNested()
  @Type(() => EligibilityRuleDto)
  mentee!: EligibilityRuleDto;
}

export class RecruitmentSettingsDto implements RecruitmentSettings {
  @ApiProperty({ type: EligibilityByRoleDto })
  @ValidateNested()
  @Type(() => EligibilityByRoleDto)
  eligibility!: EligibilityByRoleDto;

  @ApiProperty({ minimum: 0, maximum: 1000, default: 80 })
  @IsInt()
  @Min(0)
  @Max(1000)
  minGoalLength!: number;
}

export class SubmitApplicationDto implements SubmitApplicationRequest {
  @ApiProperty({ enum: PARTICIPANT_ROLES })
  @IsIn(PARTICIPANT_ROLES, roleRule)
  role!: ParticipantRole;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Answers by question key',
  })
  @IsObject({ message: 'answers must be an object keyed by question' })
  answers!: Answers;
}

export class UpdateApplicationDto implements UpdateApplicationRequest {
  @ApiProperty({ type: 'object', additionalProperties: true })
  @IsObject({ message: 'answers must be an object keyed by question' })
  answers!: Answers;
}

export class DecisionDto implements DecisionRequest {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS, { message: `decision must be one of ${DECISIONS.join(', ')}` })
  decision!: Decision;

  @ApiPropertyOptional({ description: 'Required to reject; kept for HR' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ description: 'Sent to the applicant; required to reject' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  message?: string;
}

export class BulkDecisionDto extends DecisionDto implements BulkDecisionRequest {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  applicationIds!: string[];
}

export class ApplicationListQueryDto extends PageQueryDto implements ApplicationListQuery {
  @ApiPropertyOptional({ enum: PARTICIPANT_ROLES })
  @IsOptional()
  @IsIn(PARTICIPANT_ROLES, roleRule)
  role?: ParticipantRole;

  @ApiPropertyOptional({ enum: APPLICATION_STATUSES })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @ApiPropertyOptional({ description: 'Only applications whose goal needs a conversation' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  flagged?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ['submittedAt', 'name'] })
  @IsOptional()
  @IsIn(['submittedAt', 'name'])
  sort?: 'submittedAt' | 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: 'asc' | 'desc';
}
