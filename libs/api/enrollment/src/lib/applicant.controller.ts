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
import {
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, NotFoundError } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import type {
  ApplicationDetail,
  ApplicationFormView,
  ApplicationSummary,
  OpenCohort,
} from '@mentorbridge/shared-contracts';
import { ApplicationsService } from './applications/applications.service';
import { RoleQueryDto, SubmitApplicationDto, UpdateApplicationDto } from './dto/enrollment.dto';
import { InvitationsService } from './invitations/invitations.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });

/** Anyone signed in: open calls, applying, my applications, declining an invitation. */
@ApiTags('applications')
@Controller()
export class ApplicantController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get('recruiting')
  @Authenticated()
  @ApiOperation({ summary: 'Cohorts recruiting now, with my invitations and applications' })
  open(@Actor() actor: AuthUser): Promise<OpenCohort[]> {
    return this.applications.openCohorts(actor);
  }

  @Get('cohorts/:id/application-form')
  @Authenticated()
  @ApiOperation({
    summary: 'The application form for a role, my eligibility and pre-filled answers',
  })
  @ApiNotFoundResponse({ description: 'The cohort does not exist or is not recruiting.' })
  form(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Query() query: RoleQueryDto,
  ): Promise<ApplicationFormView> {
    return this.applications.formView(actor, id, query.role);
  }

  @Post('cohorts/:id/applications')
  @Authenticated()
  @ApiOperation({ summary: 'Apply to a recruiting cohort as mentor or mentee' })
  @ApiNotFoundResponse()
  @ApiForbiddenResponse({ description: 'Not eligible (the reasons say why).' })
  @ApiConflictResponse({ description: 'Already applied in this role.' })
  submit(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) id: string,
    @Body() body: SubmitApplicationDto,
  ): Promise<ApplicationDetail> {
    return this.applications.submit(actor, id, body);
  }

  @Get('applications/mine')
  @Authenticated()
  @ApiOperation({ summary: 'My applications, newest first' })
  mine(@Actor() actor: AuthUser): Promise<ApplicationSummary[]> {
    return this.applications.mine(actor);
  }

  @Get('applications/:id')
  @Authenticated()
  @ApiOperation({ summary: 'One application (the applicant or an HR lead of the program)' })
  @ApiNotFoundResponse()
  get(
    @Actor() actor: AuthUser,
    @Param('id', uuid('application')) id: string,
  ): Promise<ApplicationDetail> {
    return this.applications.get(actor, id);
  }

  @Put('applications/:id')
  @Authenticated()
  @ApiOperation({ summary: 'Change my answers while the application waits for screening' })
  @ApiNotFoundResponse()
  @ApiConflictResponse()
  update(
    @Actor() actor: AuthUser,
    @Param('id', uuid('application')) id: string,
    @Body() body: UpdateApplicationDto,
  ): Promise<ApplicationDetail> {
    return this.applications.update(actor, id, body.answers);
  }

  @Post('applications/:id/withdraw')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw my application before matching (frees the place)' })
  @ApiNotFoundResponse()
  @ApiConflictResponse()
  withdraw(
    @Actor() actor: AuthUser,
    @Param('id', uuid('application')) id: string,
  ): Promise<ApplicationDetail> {
    return this.applications.withdraw(actor, id);
  }

  @Post('invitations/:id/decline')
  @Authenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Decline an invitation addressed to me' })
  @ApiNotFoundResponse()
  async decline(
    @Actor() actor: AuthUser,
    @Param('id', uuid('invitation')) id: string,
  ): Promise<void> {
    await this.invitations.decline(actor, id);
  }
}
