import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  BandThreshold,
  CreateAssessmentRequest,
  CreateReadinessItemRequest,
  READINESS_DIMENSIONS,
  ReadinessDimension,
  ReadinessThresholds,
  RESPONDENT_ROLES,
  RespondentInput,
  RespondentRole,
  SaveAnswersRequest,
  UpdateReadinessItemRequest,
} from '@mentorbridge/shared-contracts';
import { Transform, Type } from 'class-transformer';
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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateReadinessItemDto implements CreateReadinessItemRequest {
  @ApiProperty({ enum: READINESS_DIMENSIONS })
  @IsIn(READINESS_DIMENSIONS, {
    message: `dimension must be one of ${READINESS_DIMENSIONS.join(', ')}`,
  })
  dimension!: ReadinessDimension;

  @ApiProperty({ example: 'Regional directors have agreed to host mentoring circles.' })
  @Transform(trim)
  @IsString()
  @Length(10, 300, { message: 'text must be a statement of 10 to 300 characters' })
  text!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @Length(0, 600)
  helpText!: string;

  @ApiProperty({ description: 'What to do when this item scores low' })
  @Transform(trim)
  @IsString()
  @Length(10, 600, {
    message: 'recommendation must say what to do when this scores low (10 to 600 characters)',
  })
  recommendation!: string;
}

export class UpdateReadinessItemDto
  extends PartialType(CreateReadinessItemDto)
  implements UpdateReadinessItemRequest
{
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class RespondentDto implements RespondentInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'userId must be the id of a person in the directory' })
  userId!: string;

  @ApiProperty({ enum: RESPONDENT_ROLES })
  @IsIn(RESPONDENT_ROLES, { message: `role must be one of ${RESPONDENT_ROLES.join(', ')}` })
  role!: RespondentRole;
}

export class BandThresholdDto implements BandThreshold {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  overall!: number;

  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  minimum!: number;
}

export class ThresholdsDto implements ReadinessThresholds {
  @ApiProperty({ type: BandThresholdDto })
  @ValidateNested()
  @Type(() => BandThresholdDto)
  ready!: BandThresholdDto;

  @ApiProperty({ type: BandThresholdDto })
  @ValidateNested()
  @Type(() => BandThresholdDto)
  strong!: BandThresholdDto;

  @ApiProperty({ type: BandThresholdDto })
  @ValidateNested()
  @Type(() => BandThresholdDto)
  exemplary!: BandThresholdDto;
}

export class CreateAssessmentDto implements CreateAssessmentRequest {
  @ApiProperty({ example: 'Readiness check 2027' })
  @Transform(trim)
  @IsString()
  @Length(3, 160, { message: 'title must be 3 to 160 characters' })
  title!: string;

  @ApiProperty({ example: 'Whole organisation' })
  @Transform(trim)
  @IsString()
  @Length(2, 160, { message: 'scopeLabel must name the organisation or unit assessed' })
  scopeLabel!: string;

  @ApiProperty({ type: [RespondentDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RespondentDto)
  respondents!: RespondentDto[];

  @ApiPropertyOptional({ type: ThresholdsDto, description: 'Defaults: 70/60, 80/70, 90/80' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThresholdsDto)
  thresholds?: ThresholdsDto;
}

export class AnswerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'itemId must be an item of this questionnaire' })
  itemId!: string;

  @ApiProperty({ minimum: 1, maximum: 5, nullable: true, description: "null = don't know" })
  @IsOptional()
  @IsInt({ message: 'score must be a whole number from 1 to 5, or null' })
  @Min(1, { message: 'score must be from 1 to 5' })
  @Max(5, { message: 'score must be from 1 to 5' })
  score!: number | null;
}

export class SaveAnswersDto implements SaveAnswersRequest {
  @ApiProperty({ type: [AnswerDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers!: AnswerDto[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;
}
