import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError, PageQueryDto, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  ApplicationSummary,
  BulkDecisionResult,
  CohortFunnel,
  FormDefinition,
  InvitationImportReport,
  InvitationView,
  InviteResult,
  MailMessageView,
  Page,
  PERMISSIONS,
  RecruitmentSettings,
  ScreeningSummary,
} from '@mentorbridge/shared-contracts';
import {
  ApplicationListQueryDto,
  BulkDecisionDto,
  DecisionDto,
  InvitationImportDto,
  InvitationListQueryDto,
  InviteDepartmentDto,
  InvitePeopleDto,
  RecruitmentSettingsDto,
  RemindDto,
  RoleQueryDto,
  SaveFormDto,
} from './dto/enrollment.dto';
import { FormsService } from './forms/forms.service';
import { InvitationsService } from './invitations/invitations.service';
import { ScreeningService } from './screening/screening.service';
import { RecruitmentSettingsService } from './settings/recruitment-settings.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });
const manage = PERMISSIONS.programsManage;

/** HR leads of the program: invitations, forms, eligibility, screening and the funnel. */
@ApiTags('recruitment')
@Controller()
export class RecruitmentController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly forms: FormsService,
    private readonly settings: RecruitmentSettingsService,
    private readonly screening: ScreeningService,
  ) {}

  @Get('recruitment/screening-summary')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Applications waiting for screening in each recruiting cohort I run' })
  screeningSummary(@Actor() actor: AuthUser): Promise<ScreeningSummary[]> {
    return this.screening.summary(actor);
  }

  @Get('cohorts/:id/invitations')
  @RequirePermission(manage)
  @ApiOperation({
    summary: 'Invitations of a cohort with their status (sent, opened, applied, declined)',
  })
  @ApiNotFoundResponse()
  invitationList(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Query() query: InvitationListQueryDto,
  ): Promise<Page<InvitationView>> {
    return this.invitations.list(actor, id, query);
  }

  @Post('cohorts/:id/invitations')
  @RequirePermission(manage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Invite people to apply as mentor or mentee (recruiting cohorts)' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The cohort is not recruiting.' })
  invitePeople(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Body() body: InvitePeopleDto,
  ): Promise<InviteResult> {
    return this.invitations.invitePeople(actor, id, body.role, body.userIds);
  }

  @Post('cohorts/:id/invitations/department')
  @RequirePermission(manage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Invite everyone active in a department' })
  @ApiNotFoundResponse()
  inviteDepartment(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Body() body: InviteDepartmentDto,
  ): Promise<InviteResult> {
    return this.invitations.inviteDepartment(actor, id, body.role, body.department);
  }

  @Post('cohorts/:id/invitations/import')
  @RequirePermission(manage)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Invite from a CSV (email, role): good rows invited, bad rows reported',
  })
  @ApiNotFoundResponse()
  importInvitations(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Body() body: InvitationImportDto,
  ): Promise<InvitationImportReport> {
    return this.invitations.importCsv(actor, id, body.csv, body.dryRun ?? false);
  }

  @Post('cohorts/:id/invitations/remind')
  @RequirePermission(manage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a reminder to invitations still sent or opened' })
  @ApiNotFoundResponse()
  remind(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Body() body: RemindDto,
  ): Promise<{ reminded: number }> {
    return this.invitations.remind(actor, id, body.invitationIds);
  }

  @Get('cohorts/:id/messages')
  @RequirePermission(manage)
  @ApiOperation({
    summary: 'Messages sent about this cohort, with their content and delivery status',
  })
  @ApiNotFoundResponse()
  messages(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<MailMessageView>> {
    return this.invitations.messages(actor, id, query);
  }

  @Get('cohorts/:id/applications')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'The screening queue: applications with filters, flags and paging' })
  @ApiNotFoundResponse()
  applications(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Query() query: ApplicationListQueryDto,
  ): Promise<Page<ApplicationSummary>> {
    return this.screening.list(actor, id, query);
  }

  @Post('cohorts/:id/applications/decisions')
  @RequirePermission(manage)
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide many applications at once (each on its own; failures listed)' })
  @ApiNotFoundResponse()
  bulkDecide(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Body() body: BulkDecisionDto,
  ): Promise<BulkDecisionResult> {
    return this.screening.bulkDecide(actor, id, body);
  }

  @Get('cohorts/:id/funnel')
  @RequirePermission(manage)
  @ApiOperation({
    summary: 'Invited → applied → approved → matched, per role, with conversion rates',
  })
  @ApiNotFoundResponse()
  funnel(@Actor() actor: AuthUser, @Param('id', uuid('cohort')) id: string): Promise<CohortFunnel> {
    return this.screening.funnel(actor, id);
  }

  @Post('applications/:id/decision')
  @RequirePermission(manage)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve, waitlist or reject (reason and message required) one application',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The application is already decided this way or withdrawn.' })
  decide(
    @Actor() actor: AuthUser,
    @Param('id', uuid('application')) id: string,
    @Body() body: DecisionDto,
  ): Promise<ApplicationSummary> {
    return this.screening.decide(actor, id, body);
  }

  @Get('programs/:id/forms')
  @RequirePermission(manage)
  @ApiOperation({
    summary: 'The current application form of a role (created from the defaults the first time)',
  })
  @ApiNotFoundResponse()
  form(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
    @Query() query: RoleQueryDto,
  ): Promise<FormDefinition> {
    return this.forms.current(actor, id, query.role);
  }

  @Get('programs/:id/forms/versions')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Every version of the application form of a role, newest first' })
  @ApiNotFoundResponse()
  formVersions(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
    @Query() query: RoleQueryDto,
  ): Promise<FormDefinition[]> {
    return this.forms.versions(actor, id, query.role);
  }

  @Put('programs/:id/forms')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Save the application form of a role as a new version' })
  @ApiNotFoundResponse()
  saveForm(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
    @Query() query: RoleQueryDto,
    @Body() body: SaveFormDto,
  ): Promise<FormDefinition> {
    return this.forms.save(actor, id, query.role, body.questions);
  }

  @Get('programs/:id/recruitment-settings')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Eligibility rules per role and the minimum mentee goal length' })
  @ApiNotFoundResponse()
  getSettings(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
  ): Promise<RecruitmentSettings> {
    return this.settings.get(actor, id);
  }

  @Put('programs/:id/recruitment-settings')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Change eligibility rules and goal screening' })
  @ApiNotFoundResponse()
  saveSettings(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) id: string,
    @Body() body: RecruitmentSettingsDto,
  ): Promise<RecruitmentSettings> {
    return this.settings.save(actor, id, body);
  }
}
