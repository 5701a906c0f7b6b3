import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  COHORT_STATES,
  CohortState,
  CohortTransitionRequest,
  CreateCohortRequest,
  UpdateCohortRequest,
} from '@mentorbridge/shared-contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCohortDto implements CreateCohortRequest {
  @ApiProperty({ example: 'Spring 2027' })
  @Transform(trim)
  @IsString()
  @Length(2, 120, { message: 'name must be 2 to 120 characters' })
  name!: string;

  @ApiProperty({ format: 'date', example: '2027-03-01' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a date (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'startDate must be a date (YYYY-MM-DD)' })
  startDate!: string;

  @ApiProperty({ format: 'date', example: '2027-12-01' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a date (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'endDate must be a date (YYYY-MM-DD)' })
  endDate!: string;
}

export class UpdateCohortDto extends PartialType(CreateCohortDto) implements UpdateCohortRequest {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class CohortTransitionDto implements CohortTransitionRequest {
  @ApiProperty({ enum: COHORT_STATES })
  @IsIn(COHORT_STATES, { message: `to must be one of ${COHORT_STATES.join(', ')}` })
  to!: CohortState;

  @ApiPropertyOptional({ description: 'Why; required (20+ characters) to override a failing gate' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  overrideGate?: boolean;
}
