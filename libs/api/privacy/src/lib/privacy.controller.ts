import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { NotFoundError, PageQueryDto, RequireOrgPermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  AuditEventView,
  AuditQuery,
  ErasePersonRequest,
  ErasePersonResult,
  Page,
  PERMISSIONS,
  PersonExport,
} from '@mentorbridge/shared-contracts';
import { IsISO8601, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditLogService } from './audit-log.service';
import { PersonDataService } from './person-data.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @IsOptional()
  @IsString()
  @MaxLength(60)
  action?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  objectType?: string;

  @IsOptional()
  @IsUUID(undefined, { message: 'objectId must be an id' })
  objectId?: string;

  @IsOptional()
  @IsUUID(undefined, { message: 'actorId must be an id' })
  actorId?: string;

  @IsOptional()
  @IsISO8601({}, { message: 'from must be a date' })
  from?: string;

  @IsOptional()
  @IsISO8601({}, { message: 'to must be a date' })
  to?: string;
}

export class ErasePersonDto implements ErasePersonRequest {
  @ApiProperty({ description: "The person's e-mail address, typed again to confirm" })
  @IsString()
  @MaxLength(320)
  confirmEmail!: string;
}

/**
 * Organisation-wide HR leads only (the guard refuses program-level leads before anything else
 * runs): program-level leads see their programs, not everyone.
 */
@ApiTags('privacy')
@Controller()
export class PrivacyController {
  constructor(
    private readonly audit: AuditLogService,
    private readonly people: PersonDataService,
  ) {}

  @Get('audit')
  @RequireOrgPermission(PERMISSIONS.privacyManage)
  @ApiOperation({ summary: 'Searches the append-only audit log (who, when, what object)' })
  search(@Query() query: AuditQueryDto): Promise<Page<AuditEventView>> {
    return this.audit.search(query);
  }

  @Get('people/:id/export')
  @RequireOrgPermission(PERMISSIONS.privacyManage)
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Everything held about a person, the other party redacted (audited)' })
  export(
    @Actor() actor: AuthUser,
    @Param('id', uuid('person')) userId: string,
  ): Promise<PersonExport> {
    return this.people.export(actor, userId);
  }

  @Post('people/:id/erase')
  @HttpCode(200)
  @RequireOrgPermission(PERMISSIONS.privacyManage)
  @ApiOperation({ summary: 'Erases a person: anonymised, their pairs’ keys destroyed (audited)' })
  erase(
    @Actor() actor: AuthUser,
    @Param('id', uuid('person')) userId: string,
    @Body() body: ErasePersonDto,
  ): Promise<ErasePersonResult> {
    return this.people.erase(actor, userId, body.confirmEmail);
  }
}
