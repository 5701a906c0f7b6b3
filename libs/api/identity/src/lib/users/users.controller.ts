import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { NotFoundError, RequireOrgPermission, RequirePermission } from '@mentorbridge/api-core';
import {
  DirectoryFacets,
  InvitationResult,
  Page,
  PERMISSIONS,
  UserDetail,
  UserImportReport,
  UserSummary,
} from '@mentorbridge/shared-contracts';
import { Actor, AuthUser } from '../auth/auth-user';
import {
  AssignRolesDto,
  CreateUserDto,
  UpdateUserDto,
  UserImportDto,
  UserListQueryDto,
} from '../dto/users.dto';
import { USER_CSV_TEMPLATE } from '../import/user-csv';
import { UserImportService } from '../import/user-import.service';
import { UserAdminService } from './user-admin.service';
import { UserDirectoryService } from './user-directory.service';

/** Ids that are not UUIDs are simply not found (same answer as someone else's id). */
const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('person') });

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly directory: UserDirectoryService,
    private readonly admin: UserAdminService,
    private readonly importer: UserImportService,
  ) {}

  @Get()
  @RequirePermission(PERMISSIONS.usersRead)
  @ApiOperation({ summary: 'Search the people directory (paged, filterable, sortable)' })
  list(@Query() query: UserListQueryDto): Promise<Page<UserSummary>> {
    return this.directory.list(query);
  }

  @Get('facets')
  @RequirePermission(PERMISSIONS.usersRead)
  @ApiOperation({ summary: 'Departments and locations in use, for filters' })
  facets(): Promise<DirectoryFacets> {
    return this.directory.facets();
  }

  @Get('import/template')
  @RequireOrgPermission(PERMISSIONS.usersImport)
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="mentorbridge-people-template.csv"')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Download the CSV template for importing people' })
  template(): string {
    return USER_CSV_TEMPLATE;
  }

  @Post('import/preview')
  @RequireOrgPermission(PERMISSIONS.usersImport)
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Dry run of a CSV import: what would be created/updated, per-row errors; saves nothing',
  })
  previewImport(@Body() body: UserImportDto): Promise<UserImportReport> {
    return this.importer.preview(body);
  }

  @Post('import')
  @RequireOrgPermission(PERMISSIONS.usersImport)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import people from CSV: valid rows are saved, invalid rows are reported',
  })
  import(@Body() body: UserImportDto, @Actor() actor: AuthUser): Promise<UserImportReport> {
    return this.importer.import(body, actor);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.usersRead)
  @ApiOperation({ summary: 'One person with directory fields and roles' })
  @ApiNotFoundResponse()
  get(@Param('id', uuid) id: string): Promise<UserDetail> {
    return this.directory.get(id);
  }

  @Post()
  @RequireOrgPermission(PERMISSIONS.usersManage)
  @ApiOperation({ summary: 'Invite a person: creates them and returns a one-time activation link' })
  @ApiCreatedResponse()
  @ApiConflictResponse({ description: 'The email is already in the directory.' })
  invite(@Body() body: CreateUserDto, @Actor() actor: AuthUser): Promise<InvitationResult> {
    return this.admin.invite(body, actor);
  }

  @Patch(':id')
  @RequireOrgPermission(PERMISSIONS.usersManage)
  @ApiOperation({ summary: 'Edit directory fields, deactivate or reactivate a person' })
  @ApiNotFoundResponse()
  update(
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
    @Actor() actor: AuthUser,
  ): Promise<UserDetail> {
    return this.admin.update(id, body, actor);
  }

  @Put(':id/roles')
  @RequireOrgPermission(PERMISSIONS.rolesAssign)
  @ApiOperation({ summary: "Replace a person's organisation-wide roles" })
  @ApiNotFoundResponse()
  assignRoles(
    @Param('id', uuid) id: string,
    @Body() body: AssignRolesDto,
    @Actor() actor: AuthUser,
  ): Promise<UserDetail> {
    return this.admin.assignRoles(id, body.roles, actor);
  }

  @Post(':id/invitation')
  @RequireOrgPermission(PERMISSIONS.usersManage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Issue a new activation link for someone who has not activated yet' })
  @ApiNotFoundResponse()
  reissueInvitation(@Param('id', uuid) id: string): Promise<InvitationResult> {
    return this.admin.reissueInvitation(id);
  }
}
