import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateMatchConstraintRequest,
  CreateMentorRequest,
  DepartmentPreference,
  MatchConstraintKind,
  MatchCriterion,
  MatchingSettings,
  RespondToMatchRequest,
  SwapProposalsRequest,
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
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A criterion weight: a whole number from 0 (off) to 10. */
function Weight(criterion: MatchCriterion): PropertyDecorator {
  const message = `weights.${criterion} must be a whole number from 0 to 10`;
  return applyDecorators(
    ApiProperty({ minimum: 0, maximum: 10 }),
    IsInt({ message }),
    Min(0, { message }),
    Max(10, { message }),
  );
}

export class MatchWeightsDto implements Record<MatchCriterion, number> {
  @Weight('skills')
  skills!: number;
  @Weight('goal_keywords')
  goal_keywords!: number;
  @Weight('seniority')
  seniority!: number;
  @Weight('language')
  language!: number;
  @Weight('department')
  department!: number;
  @Weight('location')
  location!: number;
  @Weight('availability')
  availability!: number;
  @Weight('meeting_modes')
  meeting_modes!: number;
  @Weight('avoid_topics')
  avoid_topics!: number;
}

export class MatchingSettingsDto implements MatchingSettings {
  @ApiProperty({ type: MatchWeightsDto })
  @ValidateNested()
  @Type(() => MatchWeightsDto)
  weights!: MatchWeightsDto;

  @ApiProperty({ enum: ['different', 'same', 'none'] })
  @IsIn(['different', 'same', 'none'], {
    message: 'departmentPreference must be different, same or none',
  })
  departmentPreference!: DepartmentPreference;

  @ApiProperty()
  @IsBoolean({ message: 'requireSharedLanguage must be true or false' })
  requireSharedLanguage!: boolean;

  @ApiProperty()
  @IsBoolean({ message: 'allowRepeatPairs must be true or false' })
  allowRepeatPairs!: boolean;

  @ApiProperty({ minimum: 1, maximum: 20 })
  @IsInt({ message: 'shortlistSize must be a whole number from 1 to 20' })
  @Min(1, { message: 'shortlistSize must be a whole number from 1 to 20' })
  @Max(20, { message: 'shortlistSize must be a whole number from 1 to 20' })
  shortlistSize!: number;

  @ApiProperty({ minimum: 1, maximum: 60 })
  @IsInt({ message: 'requestExpiryDays must be a whole number of days from 1 to 60' })
  @Min(1, { message: 'requestExpiryDays must be a whole number of days from 1 to 60' })
  @Max(60, { message: 'requestExpiryDays must be a whole number of days from 1 to 60' })
  requestExpiryDays!: number;

  @ApiProperty()
  @IsBoolean({ message: 'activateOnPublish must be true or false' })
  activateOnPublish!: boolean;
}

export class CreateMatchConstraintDto implements CreateMatchConstraintRequest {
  @ApiProperty({ enum: ['pin', 'ban'] })
  @IsIn(['pin', 'ban'], { message: 'kind must be pin or ban' })
  kind!: MatchConstraintKind;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentorUserId must be a person id' })
  mentorUserId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'menteeUserId must be a person id' })
  menteeUserId!: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason?: string;
}

export class SwapProposalsDto implements SwapProposalsRequest {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 2 })
  @IsArray({ message: 'proposalIds must be a list of two proposal ids' })
  @ArrayMinSize(2, { message: 'proposalIds must be a list of two proposal ids' })
  @ArrayMaxSize(2, { message: 'proposalIds must be a list of two proposal ids' })
  @ArrayUnique({ message: 'choose two different proposals' })
  @IsUUID('all', { each: true, message: 'proposalIds must be proposal ids' })
  proposalIds!: [string, string];
}

export class RespondToMatchDto implements RespondToMatchRequest {
  @ApiProperty()
  @IsBoolean({ message: 'accept must be true or false' })
  accept!: boolean;

  @ApiPropertyOptional({ maxLength: 1000 })
  @Transform(trim)
  @ValidateIf((o: RespondToMatchDto) => o.accept === false || o.reason !== undefined)
  @IsString({ message: 'reason is required when declining' })
  @Length(3, 1000, { message: 'reason is required when declining (3 to 1000 characters)' })
  reason?: string;
}

export class ExplainQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentor must be a person id' })
  mentor!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentee must be a person id' })
  mentee!: string;
}

export class CreateMentorRequestDto implements CreateMentorRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'mentorUserId must be a person id' })
  mentorUserId!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message?: string;
}
