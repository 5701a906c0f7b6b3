import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '@mentorbridge/api-core';
import {
  ClosurePolicy,
  CONTACT_OPTIONS,
  ContactOption,
  CreateProgramRequest,
  MATCHING_MODES,
  MatchingMode,
  MEETING_MODES,
  MeetingMode,
  MIN_SUPPRESSION_THRESHOLD,
  PROGRAM_FORMATS,
  ProgramFormat,
  ProgramListQuery,
  ProgramPurpose,
  UpdateProgramRequest,
  GoalTemplate,
  PulseSchedule,
} from '@mentorbridge/shared-contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;

export class ProgramPurposeDto implements ProgramPurpose {
  @ApiProperty({ example: 'Grow internal leaders to fill 60% of manager roles from within.' })
  @Transform(trim)
  @IsString()
  @Length(10, 2000, {
    message: 'strategicDriver must say why the program exists (10 to 2000 characters)',
  })
  strategicDriver!: string;

  @ApiProperty({ type: [String], example: ['Mentees can lead a team meeting confidently'] })
  @Transform(trimList)
  @IsArray()
  @ArrayMinSize(1, { message: 'outcomes needs at least one outcome the program should produce' })
  @ArrayMaxSize(12)
  @IsString({ each: true })
  @Length(3, 300, { each: true, message: 'each outcome must be 3 to 300 characters' })
  outcomes!: string[];
}

export class ClosurePolicyDto implements ClosurePolicy {
  @ApiProperty({ minimum: 0, maximum: 90, default: 14 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(90, { message: 'rematchBufferDays must be from 0 to 90 days' })
  rematchBufferDays!: number;

  @ApiProperty({ enum: CONTACT_OPTIONS, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'contactOptions needs at least one option' })
  @ArrayUnique()
  @IsIn(CONTACT_OPTIONS, { each: true })
  contactOptions!: ContactOption[];

  @ApiProperty({ minimum: 7, maximum: 3650, default: 90, required: false })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(7, { message: 'noteRetentionDays must be from 7 to 3650 days' })
  @Max(3650, { message: 'noteRetentionDays must be from 7 to 3650 days' })
  noteRetentionDays?: number;
}

export class PulseScheduleDto implements PulseSchedule {
  @ApiProperty({ minimum: 1, maximum: 365, default: 30 })
  @IsInt({ message: 'pulseSchedule.firstDay must be a whole number of days from 1 to 365' })
  @Min(1, { message: 'pulseSchedule.firstDay must be a whole number of days from 1 to 365' })
  @Max(365, { message: 'pulseSchedule.firstDay must be a whole number of days from 1 to 365' })
  firstDay!: number;

  @ApiProperty({ minimum: 7, maximum: 365, default: 60 })
  @IsInt({ message: 'pulseSchedule.everyDays must be a whole number of days from 7 to 365' })
  @Min(7, { message: 'pulseSchedule.everyDays must be a whole number of days from 7 to 365' })
  @Max(365, { message: 'pulseSchedule.everyDays must be a whole number of days from 7 to 365' })
  everyDays!: number;
}

export class GoalTemplateMilestoneDto {
  @ApiProperty()
  @IsString()
  @Length(2, 200, { message: 'each milestone title must be 2 to 200 characters' })
  title!: string;

  @ApiProperty({ minimum: 1, maximum: 1100 })
  @IsInt({ message: 'each milestone dueDays must be a whole number of days' })
  @Min(1)
  @Max(1100)
  dueDays!: number;
}

export class GoalTemplateDto implements GoalTemplate {
  @ApiProperty({ example: 'Set your goals in the first month' })
  @Transform(trim)
  @IsString()
  @Length(3, 200, { message: 'each goal template title must be 3 to 200 characters' })
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  why?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  measure?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1100 })
  @IsOptional()
  @IsInt({ message: 'targetDays must be a whole number of days' })
  @Min(1)
  @Max(1100)
  targetDays?: number;

  @ApiPropertyOptional({ type: [GoalTemplateMilestoneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => GoalTemplateMilestoneDto)
  milestones?: GoalTemplateMilestoneDto[];
}

export class CreateProgramDto implements CreateProgramRequest {
  @ApiProperty({ example: 'Emerging Leaders 2027' })
  @Transform(trim)
  @IsString()
  @Length(3, 160, { message: 'name must be 3 to 160 characters' })
  name!: string;

  @ApiProperty({ type: ProgramPurposeDto })
  @ValidateNested()
  @Type(() => ProgramPurposeDto)
  purpose!: ProgramPurposeDto;

  @ApiProperty({ enum: PROGRAM_FORMATS })
  @IsIn(PROGRAM_FORMATS, { message: `format must be one of ${PROGRAM_FORMATS.join(', ')}` })
  format!: ProgramFormat;

  @ApiProperty({ minimum: 1, maximum: 36, example: 9 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(36, { message: 'defaultDurationMonths must be from 1 to 36 months' })
  defaultDurationMonths!: number;

  @ApiProperty({ minimum: 1, maximum: 12, example: 4, description: 'Meet at least every N weeks' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(12, { message: 'cadenceWeeks must be from 1 to 12 weeks' })
  cadenceWeeks!: number;

  @ApiProperty({ minimum: 1, maximum: 20, example: 2 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20, { message: 'defaultMentorCapacity must be from 1 to 20 mentees' })
  defaultMentorCapacity!: number;

  @ApiProperty({ enum: MEETING_MODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1, { message: 'meetingModes needs at least one way to meet' })
  @ArrayUnique()
  @IsIn(MEETING_MODES, { each: true })
  meetingModes!: MeetingMode[];

  @ApiProperty({ enum: MATCHING_MODES })
  @IsIn(MATCHING_MODES, { message: `matchingMode must be one of ${MATCHING_MODES.join(', ')}` })
  matchingMode!: MatchingMode;

  @ApiProperty({ type: ClosurePolicyDto })
  @ValidateNested()
  @Type(() => ClosurePolicyDto)
  closurePolicy!: ClosurePolicyDto;

  @ApiProperty({ minimum: MIN_SUPPRESSION_THRESHOLD, maximum: 50, default: 5 })
  @Type(() => Number)
  @IsInt()
  @Min(MIN_SUPPRESSION_THRESHOLD, {
    message: `suppressionThreshold must be at least ${MIN_SUPPRESSION_THRESHOLD} people`,
  })
  @Max(50)
  suppressionThreshold!: number;

  @ApiPropertyOptional({ type: PulseScheduleDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PulseScheduleDto)
  pulseSchedule?: PulseScheduleDto | null;

  @ApiPropertyOptional({ type: [GoalTemplateDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10, { message: 'a program can suggest at most 10 goal templates' })
  @ValidateNested({ each: true })
  @Type(() => GoalTemplateDto)
  goalTemplates?: GoalTemplateDto[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'HR leads who own the program' })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each owner must be the id of an HR lead' })
  ownerIds!: string[];
}

export class UpdateProgramDto
  extends PartialType(CreateProgramDto)
  implements UpdateProgramRequest
{
  @ApiProperty({ description: 'The version you edited (optimistic locking)' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class ProgramListQueryDto extends PageQueryDto implements ProgramListQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  search?: string;
}
