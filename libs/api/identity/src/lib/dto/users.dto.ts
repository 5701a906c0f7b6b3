import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { PageQueryDto } from '@mentorbridge/api-core';
import {
  AssignRolesRequest,
  CreateUserRequest,
  DirectoryFields,
  Role,
  ROLES,
  SENIORITY_LEVELS,
  SeniorityLevel,
  UpdateProfileRequest,
  UpdateUserRequest,
  USER_IMPORT_MAX_ROWS,
  USER_SORT_FIELDS,
  USER_STATUSES,
  UserImportRequest,
  UserListQuery,
  UserSortField,
  UserStatus,
} from '@mentorbridge/shared-contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  registerDecorator,
  ValidationOptions,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};
const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;

const TIME_ZONES = new Set(Intl.supportedValuesOf('timeZone'));
TIME_ZONES.add('UTC');

/** An IANA time zone such as Europe/Berlin. */
export function IsTimeZone(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be an IANA time zone such as Europe/Berlin`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && TIME_ZONES.has(value),
      },
    });
}

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Matches name or email' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @ApiPropertyOptional({ enum: USER_SORT_FIELDS, default: 'displayName' })
  @IsOptional()
  @IsIn(USER_SORT_FIELDS)
  sort?: UserSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  direction?: 'asc' | 'desc';
}

export class DirectoryFieldsDto implements DirectoryFields {
  @ApiProperty({ example: 'Amara Okafor' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'displayName is required (at most 200 characters)' })
  displayName!: string;

  @ApiPropertyOptional({ nullable: true, example: 'Engineering' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(120)
  department?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Senior Software Engineer' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(160)
  title?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Berlin' })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(120)
  location?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    enum: SENIORITY_LEVELS,
    description: '1 Entry … 6 Executive',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @IsIn(SENIORITY_LEVELS, {
    message: 'seniorityLevel must be a level from 1 (Entry) to 6 (Executive)',
  })
  seniorityLevel?: SeniorityLevel | null;

  @ApiPropertyOptional({ type: [String], example: ['English', 'German'] })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(2, 40, { each: true, message: 'each language must be 2 to 40 characters' })
  languages?: string[];

  @ApiPropertyOptional({ nullable: true, example: 'Europe/Berlin' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'managerId must be the id of a person in the directory' })
  managerId?: string | null;
}

export class CreateUserDto extends DirectoryFieldsDto implements CreateUserRequest {
  @ApiProperty({ example: 'amara.okafor@acme.example' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles!: Role[];
}

export class UpdateUserDto extends PartialType(DirectoryFieldsDto) implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ['active', 'deactivated'] })
  @IsOptional()
  @IsIn(['active', 'deactivated'], { message: 'status must be active or deactivated' })
  status?: 'active' | 'deactivated';
}

export class AssignRolesDto implements AssignRolesRequest {
  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of ${ROLES.join(', ')}` })
  roles!: Role[];
}

export class UserImportDto implements UserImportRequest {
  @ApiProperty({
    description: `CSV text with a header row; at most ${USER_IMPORT_MAX_ROWS} rows`,
    example: 'email,name,department,title,manager_email,location,languages,seniority\n',
  })
  @IsString()
  @Length(1, 2_000_000, { message: 'csv must not be empty' })
  csv!: string;

  @ApiPropertyOptional({ enum: ['mentor', 'mentee'], isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(['mentor', 'mentee'], { each: true })
  roles?: ('mentor' | 'mentee')[];
}

export class UpdateProfileDto implements UpdateProfileRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'displayName must be 1 to 200 characters' })
  displayName?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(120)
  location?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(2, 40, { each: true, message: 'each language must be 2 to 40 characters' })
  languages?: string[];

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;
}
