import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AddMilestoneRequest,
  AnswerPulseRequest,
  ATTENDANCE_OUTCOMES,
  AttendanceOutcome,
  CancelSessionRequest,
  CHECK_IN_CHANNELS,
  CheckInChannel,
  CreateGoalRequest,
  CreateNoteRequest,
  FIT_CONTINUE_ANSWERS,
  FitAnswerRequest,
  FitContinueAnswer,
  FLAG_TOPICS,
  FLAG_URGENCIES,
  FlagTopic,
  FlagUrgency,
  GOAL_STATUSES,
  GoalProgressRequest,
  GoalStatus,
  LogSessionRequest,
  MEETING_MODES,
  MeetingMode,
  NOTE_VISIBILITIES,
  NoteVisibility,
  LogCheckInRequest,
  RaiseFlagRequest,
  RecordAttendanceRequest,
  RELATIONSHIP_PHASES,
  RelationshipPhase,
  RescheduleSessionRequest,
  ResolveFlagRequest,
  ScheduleSessionRequest,
  UpdateGoalRequest,
  UpdateNoteRequest,
} from '@mentorbridge/shared-contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
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
const durationRule = { message: 'durationMinutes must be a whole number of minutes from 5 to 480' };
const modeRule = { message: `mode must be one of ${MEETING_MODES.join(', ')}` };

export class ScheduleSessionDto implements ScheduleSessionRequest {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'scheduledAt must be a date and time (ISO 8601)' })
  scheduledAt!: string;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @IsInt(durationRule)
  @Min(5, durationRule)
  @Max(480, durationRule)
  durationMinutes!: number;

  @ApiProperty({ enum: MEETING_MODES })
  @IsIn(MEETING_MODES, modeRule)
  mode!: MeetingMode;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'location must be at most 500 characters' })
  location?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000, { message: 'agenda must be at most 5000 characters' })
  agenda?: string;
}

export class RescheduleSessionDto implements RescheduleSessionRequest {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'scheduledAt must be a date and time (ISO 8601)' })
  scheduledAt?: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 480 })
  @IsOptional()
  @IsInt(durationRule)
  @Min(5, durationRule)
  @Max(480, durationRule)
  durationMinutes?: number;

  @ApiPropertyOptional({ enum: MEETING_MODES })
  @IsOptional()
  @IsIn(MEETING_MODES, modeRule)
  mode?: MeetingMode;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500, { message: 'location must be at most 500 characters' })
  location?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000, { message: 'agenda must be at most 5000 characters' })
  agenda?: string;
}

export class CancelSessionDto implements CancelSessionRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason?: string;
}

export class RecordAttendanceDto implements RecordAttendanceRequest {
  @ApiProperty({ enum: ATTENDANCE_OUTCOMES })
  @IsIn(ATTENDANCE_OUTCOMES, {
    message: `outcome must be one of ${ATTENDANCE_OUTCOMES.join(', ')}`,
  })
  outcome!: AttendanceOutcome;

  @ApiPropertyOptional({ minimum: 5, maximum: 480 })
  @IsOptional()
  @IsInt(durationRule)
  @Min(5, durationRule)
  @Max(480, durationRule)
  durationMinutes?: number;
}

export class LogSessionDto implements LogSessionRequest {
  @ApiProperty({ minLength: 8, maxLength: 80 })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{8,80}$/, {
    message: 'idempotencyKey must be 8 to 80 letters, digits, "-" or "_"',
  })
  idempotencyKey!: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'date must be a date and time (ISO 8601)' })
  date!: string;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @IsInt(durationRule)
  @Min(5, durationRule)
  @Max(480, durationRule)
  durationMinutes!: number;

  @ApiProperty({ enum: MEETING_MODES })
  @IsIn(MEETING_MODES, modeRule)
  mode!: MeetingMode;

  @ApiProperty({ enum: ATTENDANCE_OUTCOMES })
  @IsIn(ATTENDANCE_OUTCOMES, {
    message: `outcome must be one of ${ATTENDANCE_OUTCOMES.join(', ')}`,
  })
  outcome!: AttendanceOutcome;

  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'note must be at most 20000 characters' })
  note?: string;

  @ApiPropertyOptional({ enum: NOTE_VISIBILITIES })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES, { message: 'noteVisibility must be private or shared' })
  noteVisibility?: NoteVisibility;
}

export class CreateNoteDto implements CreateNoteRequest {
  @ApiProperty({ minLength: 1, maxLength: 20000 })
  @IsString({ message: 'text is required' })
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  @Matches(/\S/, { message: 'text must not be blank' })
  text!: string;

  @ApiProperty({ enum: NOTE_VISIBILITIES })
  @IsIn(NOTE_VISIBILITIES, { message: 'visibility must be private or shared' })
  visibility!: NoteVisibility;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId?: string;
}

export class UpdateNoteDto implements UpdateNoteRequest {
  @ApiPropertyOptional({ maxLength: 20000 })
  @IsOptional()
  @IsString()
  @Length(1, 20000, { message: 'text must be 1 to 20000 characters' })
  @Matches(/\S/, { message: 'text must not be blank' })
  text?: string;

  @ApiPropertyOptional({ enum: NOTE_VISIBILITIES })
  @IsOptional()
  @IsIn(NOTE_VISIBILITIES, { message: 'visibility must be private or shared' })
  visibility?: NoteVisibility;
}

export class NoteListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'sessionId must be a session id' })
  sessionId?: string;
}

const isoDate = { message: 'must be a date (YYYY-MM-DD)' };

export class MilestoneDto implements AddMilestoneRequest {
  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString({ message: 'title is required' })
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title!: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: `dueDate ${isoDate.message}` })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `dueDate ${isoDate.message}` })
  dueDate?: string;
}

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString({ message: 'title is required' })
  @Length(3, 300, { message: 'title must be 3 to 300 characters' })
  title!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'why must be at most 2000 characters' })
  why?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'measure must be at most 1000 characters' })
  measure?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `targetDate ${isoDate.message}` })
  @IsISO8601({ strict: true }, { message: `targetDate ${isoDate.message}` })
  targetDate?: string;

  @ApiPropertyOptional({ type: [MilestoneDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20, { message: 'at most 20 milestones per goal' })
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  milestones?: MilestoneDto[];
}

export class UpdateGoalDto implements UpdateGoalRequest {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 300, { message: 'title must be 3 to 300 characters' })
  title?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'why must be at most 2000 characters' })
  why?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'measure must be at most 1000 characters' })
  measure?: string;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: `targetDate ${isoDate.message}` })
  targetDate?: string | null;

  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @IsOptional()
  @IsIn(GOAL_STATUSES, { message: `status must be one of ${GOAL_STATUSES.join(', ')}` })
  status?: GoalStatus;
}

export class GoalProgressDto implements GoalProgressRequest {
  @ApiProperty({ minimum: 0, maximum: 100 })
  @IsInt({ message: 'progress must be a whole number from 0 to 100' })
  @Min(0, { message: 'progress must be a whole number from 0 to 100' })
  @Max(100, { message: 'progress must be a whole number from 0 to 100' })
  progress!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'note must be at most 2000 characters' })
  note?: string;
}

export class MilestoneDoneDto {
  @ApiProperty()
  @IsBoolean({ message: 'done must be true or false' })
  done!: boolean;
}

export class PhaseDto {
  @ApiProperty({ enum: RELATIONSHIP_PHASES })
  @IsIn(RELATIONSHIP_PHASES, {
    message: `phase must be one of ${RELATIONSHIP_PHASES.join(', ')}`,
  })
  phase!: RelationshipPhase;
}

export class RaiseFlagDto implements RaiseFlagRequest {
  @ApiProperty({ enum: FLAG_TOPICS })
  @IsIn(FLAG_TOPICS, { message: `topic must be one of ${FLAG_TOPICS.join(', ')}` })
  topic!: FlagTopic;

  @ApiProperty({ enum: FLAG_URGENCIES })
  @IsIn(FLAG_URGENCIES, { message: 'urgency must be low, medium or high' })
  urgency!: FlagUrgency;

  @ApiProperty({ minLength: 10, maxLength: 4000 })
  @Transform(trim)
  @IsString({ message: 'message is required' })
  @Length(10, 4000, { message: 'message must be 10 to 4000 characters: say what worries you' })
  message!: string;
}

export class ResolveFlagDto implements ResolveFlagRequest {
  @ApiProperty({ minLength: 3, maxLength: 4000 })
  @Transform(trim)
  @IsString({ message: 'note is required' })
  @Length(3, 4000, { message: 'note must be 3 to 4000 characters' })
  note!: string;
}

export class LogCheckInDto implements LogCheckInRequest {
  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'at must be a date and time (ISO 8601)' })
  at!: string;

  @ApiProperty({ enum: CHECK_IN_CHANNELS })
  @IsIn(CHECK_IN_CHANNELS, { message: `channel must be one of ${CHECK_IN_CHANNELS.join(', ')}` })
  channel!: CheckInChannel;

  @ApiProperty({ minLength: 3, maxLength: 4000 })
  @Transform(trim)
  @IsString({ message: 'outcome is required' })
  @Length(3, 4000, { message: 'outcome must be 3 to 4000 characters' })
  outcome!: string;
}

export class AnswerPulseDto implements AnswerPulseRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'satisfaction must be a whole number from 1 to 5' })
  @Min(1, { message: 'satisfaction must be a whole number from 1 to 5' })
  @Max(5, { message: 'satisfaction must be a whole number from 1 to 5' })
  satisfaction!: number;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment?: string;
}

export class FitAnswerDto implements FitAnswerRequest {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'fit must be a whole number from 1 to 5' })
  @Min(1, { message: 'fit must be a whole number from 1 to 5' })
  @Max(5, { message: 'fit must be a whole number from 1 to 5' })
  fit!: number;

  @ApiProperty({ enum: FIT_CONTINUE_ANSWERS })
  @IsIn(FIT_CONTINUE_ANSWERS, {
    message: `continue must be one of ${FIT_CONTINUE_ANSWERS.join(', ')}`,
  })
  continue!: FitContinueAnswer;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment?: string;
}
