import { ApiProperty } from '@nestjs/swagger';
import {
  ActivateAccountRequest,
  ChangePasswordRequest,
  LoginRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@mentorbridge/shared-contracts';
import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';

const passwordRule = `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`;

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'hr.lead@acme.example' })
  @IsString()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH, { message: 'password is required' })
  password!: string;
}

export class ActivateAccountDto implements ActivateAccountRequest {
  @ApiProperty()
  @IsString()
  @Length(10, 200)
  token!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `password ${passwordRule}` })
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1, { message: 'currentPassword is required' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, { message: `newPassword ${passwordRule}` })
  newPassword!: string;
}

export class EmailDto {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;
}
