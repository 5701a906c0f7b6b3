import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CloseCohortRequest,
  CONTACT_OPTIONS,
  ContactOption,
  EARLY_CLOSURE_REASONS,
  EarlyClosureReason,
  EarlyClosureRequest,
  ExitSurveyRequest,
  ExtensionDecisionRequest,
  ExtensionRequest,
  GOAL_ATTAINMENTS,
  GoalAttainment,
  GoalAttainmentRequest,
} from '@mentorbridge/shared-contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class EarlyClosureDto implements EarlyClosureRequest {
  @ApiProperty({ enum: EARLY_CLOSURE_REASONS })
  @IsIn(EARLY_CLOSURE_REASONS, {
    message: `reason must be one of ${EARLY_CLOSURE_REASONS.join(', ')}`,
  })
  reason!: EarlyClosureReason;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'reasonText must be at most 500 characters' })
  reasonText?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'message must be at most 2000 characters' })
  message?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  rematch?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  rematchMentee?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  rematchMentor?: boolean;
}

export class ExitSurveyDto implements ExitSurveyRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'satisfaction must be a whole number from 1 to 5' })
  @Min(1, { message: 'satisfaction must be a whole number from 1 to 5' })
  @Max(5, { message: 'satisfaction must be a whole number from 1 to 5' })
  satisfaction!: number;

  @ApiProperty({ minimum: 0, maximum: 10 })
  @IsInt({ message: 'recommend must be a whole number from 0 to 10' })
  @Min(0, { message: 'recommend must be a whole number from 0 to 10' })
  @Max(10, { message: 'recommend must be a whole number from 0 to 10' })
  recommend!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'helped must be at most 2000 characters' })
  helped?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'change must be at most 2000 characters' })
  change?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'reflection must be at most 4000 characters' })
  reflection?: string;

  @ApiProperty({ enum: CONTACT_OPTIONS })
  @IsIn(CONTACT_OPTIONS, {
    message: `contactPreference must be one of ${CONTACT_OPTIONS.join(', ')}`,
  })
  contactPreference!: ContactOption;
}

export class GoalAttainmentItemDto {
  @ApiProperty()
  @IsUUID(undefined, { message: 'goalId must be a goal id' })
  goalId!: string;

  @ApiProperty({ enum: GOAL_ATTAINMENTS })
  @IsIn(GOAL_ATTAINMENTS, { message: `attainment must be one of ${GOAL_ATTAINMENTS.join(', ')}` })
  attainment!: GoalAttainment;
}

export class GoalAttainmentDto implements GoalAttainmentRequest {
  @ApiProperty({ type: [GoalAttainmentItemDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => GoalAttainmentItemDto)
  goals!: GoalAttainmentItemDto[];
}

export class ExtensionDto implements ExtensionRequest {
  @ApiProperty({ example: '2027-06-30' })
  @Matches(DATE, { message: 'endDate must be a date (YYYY-MM-DD)' })
  endDate!: string;

  @ApiProperty({ minLength: 3, maxLength: 1000 })
  @IsString()
  @Length(3, 1000, { message: 'reason must be 3 to 1000 characters' })
  reason!: string;
}

export class ExtensionDecisionDto implements ExtensionDecisionRequest {
  @ApiProperty()
  @IsBoolean()
  approve!: boolean;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, { message: 'endDate must be a date (YYYY-MM-DD)' })
  endDate?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'note must be at most 1000 characters' })
  note?: string;
}

export class CloseCohortDto implements CloseCohortRequest {
  @ApiProperty({ minimum: 0 })
  @IsInt({ message: 'expectedActive must be the number of active pairs shown in the preview' })
  @Min(0)
  expectedActive!: number;
}
