import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTENDANCE_OUTCOMES,
  AttendanceOutcome,
  CancelSessionRequest,
  CreateNoteRequest,
  LogSessionRequest,
  MEETING_MODES,
  MeetingMode,
  NOTE_VISIBILITIES,
  NoteVisibility,
  RecordAttendanceRequest,
  RescheduleSessionRequest,
  ScheduleSessionRequest,
  UpdateNoteRequest,
} from '@mentorbridge/shared-contracts';
import { Transform } from 'class-transformer';
import {
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
