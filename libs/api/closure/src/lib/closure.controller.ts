import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, NotFoundError, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  CloseCohortResult,
  ClosureView,
  CohortClosingPreview,
  CohortClosureSummary,
  PERMISSIONS,
} from '@mentorbridge/shared-contracts';
import type { FastifyReply } from 'fastify';
import { ClosureService } from './closure.service';
import { CohortClosureService } from './cohort-closure.service';
import {
  CloseCohortDto,
  EarlyClosureDto,
  ExitSurveyDto,
  ExtensionDecisionDto,
  ExtensionDto,
  GoalAttainmentDto,
} from './dto/closure.dto';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });
/** Closure views carry the pair's words (messages, reflections): never cached. */
const NO_STORE = 'no-store';

@ApiTags('closure')
@Controller()
export class ClosureController {
  constructor(
    private readonly closures: ClosureService,
    private readonly cohorts: CohortClosureService,
  ) {}

  @Get('matches/:id/closure')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: "The pair's closure: checklist, survey, extensions (pair or HR)" })
  closure(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<ClosureView> {
    return this.closures.view(actor, matchId);
  }

  @Post('matches/:id/close')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Ends the relationship early with a reason (either side or HR)' })
  closeEarly(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: EarlyClosureDto,
  ): Promise<ClosureView> {
    return this.closures.closeEarly(actor, matchId, body);
  }

  @Post('matches/:id/complete')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Completes the relationship as planned (in the closing window)' })
  complete(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<ClosureView> {
    return this.closures.complete(actor, matchId);
  }

  @Put('matches/:id/closure/survey')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({
    summary: 'My exit survey and contact preference (HR sees it; the partner never)',
  })
  survey(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: ExitSurveyDto,
  ): Promise<ClosureView> {
    return this.closures.answerSurvey(actor, matchId, body);
  }

  @Put('matches/:id/closure/goals')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'How far each goal was reached (the pair)' })
  goals(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: GoalAttainmentDto,
  ): Promise<ClosureView> {
    return this.closures.assessGoals(actor, matchId, body);
  }

  @Post('matches/:id/closure/chase')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.programsManage)
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Chases the missing exit surveys of an ended pair (HR)' })
  chase(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<ClosureView> {
    return this.closures.chase(actor, matchId);
  }

  @Get('matches/:id/certificate')
  @Authenticated()
  @ApiOperation({ summary: 'My certificate of participation as a PDF (completed relationships)' })
  async certificate(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { fileName, pdf } = await this.closures.certificate(actor, matchId);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', NO_STORE);
    return pdf;
  }

  @Post('matches/:id/extensions')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Asks HR to extend the relationship (the pair)' })
  requestExtension(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: ExtensionDto,
  ): Promise<ClosureView> {
    return this.closures.requestExtension(actor, matchId, body);
  }

  @Post('matches/:id/extensions/:extensionId/decision')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.programsManage)
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Approves (with an end date) or declines an extension (HR)' })
  decideExtension(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Param('extensionId', uuid('extension')) extensionId: string,
    @Body() body: ExtensionDecisionDto,
  ): Promise<ClosureView> {
    return this.closures.decideExtension(actor, matchId, extensionId, body);
  }

  @Get('cohorts/:id/closures')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: "The cohort's closures and their documentation (HR)" })
  cohortClosures(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<CohortClosureSummary> {
    return this.cohorts.summary(actor, cohortId);
  }

  @Get('cohorts/:id/closing-preview')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'What closing the cohort would do (HR)' })
  closingPreview(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<CohortClosingPreview> {
    return this.cohorts.preview(actor, cohortId);
  }

  @Post('cohorts/:id/close')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Completes every active pair and moves the cohort to closing (HR)' })
  closeCohort(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Body() body: CloseCohortDto,
  ): Promise<CloseCohortResult> {
    return this.cohorts.close(actor, cohortId, body);
  }
}
