import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  NotFoundError,
  PageQueryDto,
  RequirePermission,
} from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  MatchConstraintView,
  MatchingSettings,
  MatchRunComparison,
  MatchRunDetail,
  MatchRunSummary,
  MatchView,
  Page,
  PairExplanation,
  PERMISSIONS,
  PublishResult,
} from '@mentorbridge/shared-contracts';
import {
  CreateMatchConstraintDto,
  ExplainQueryDto,
  MatchingSettingsDto,
  RespondToMatchDto,
  SwapProposalsDto,
} from './dto/matching.dto';
import { MatchesService } from './matches/matches.service';
import { MatchRunsService } from './runs/match-runs.service';
import { MatchingSettingsService } from './settings/matching-settings.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });
const manage = PERMISSIONS.programsManage;

/** HR leads of the program: settings, runs, review, pins and bans, publishing. */
@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(
    private readonly settings: MatchingSettingsService,
    private readonly runs: MatchRunsService,
    private readonly matches: MatchesService,
  ) {}

  @Get('programs/:id/matching-settings')
  @RequirePermission(manage)
  @ApiOperation({ summary: "The program's matching weights and rules" })
  getSettings(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) programId: string,
  ): Promise<MatchingSettings> {
    return this.settings.get(actor, programId);
  }

  @Put('programs/:id/matching-settings')
  @RequirePermission(manage)
  @ApiOperation({ summary: "Saves the program's matching weights and rules" })
  saveSettings(
    @Actor() actor: AuthUser,
    @Param('id', uuid('program')) programId: string,
    @Body() body: MatchingSettingsDto,
  ): Promise<MatchingSettings> {
    return this.settings.save(actor, programId, body);
  }

  @Get('cohorts/:id/match-runs')
  @RequirePermission(manage)
  @ApiOperation({ summary: "The cohort's match runs, newest first" })
  listRuns(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<MatchRunSummary[]> {
    return this.runs.list(actor, cohortId);
  }

  @Post('cohorts/:id/match-runs')
  @HttpCode(202)
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Starts a match run (in the background; poll the run for progress)' })
  @ApiConflictResponse({ description: 'A run is in progress, or the cohort is not matching' })
  startRun(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<MatchRunSummary> {
    return this.runs.start(actor, cohortId);
  }

  @Get('match-runs/:id')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'A run with its proposed pairs, breakdowns and unmatched mentees' })
  @ApiNotFoundResponse()
  run(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match run')) runId: string,
  ): Promise<MatchRunDetail> {
    return this.runs.detail(actor, runId);
  }

  @Get('match-runs/:id/explain')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Why this pair (or why not), from the run’s stored inputs' })
  explain(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match run')) runId: string,
    @Query() query: ExplainQueryDto,
  ): Promise<PairExplanation> {
    return this.runs.explain(actor, runId, query.mentor, query.mentee);
  }

  @Post('match-runs/:id/swap')
  @HttpCode(200)
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Exchanges the mentors of two proposed pairs of a draft run' })
  swap(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match run')) runId: string,
    @Body() body: SwapProposalsDto,
  ): Promise<MatchRunDetail> {
    return this.runs.swap(actor, runId, body.proposalIds);
  }

  @Post('match-runs/:id/discard')
  @HttpCode(200)
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Discards a draft (or failed) run' })
  discard(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match run')) runId: string,
  ): Promise<MatchRunSummary> {
    return this.runs.discard(actor, runId);
  }

  @Post('match-runs/:id/publish')
  @HttpCode(200)
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Publishes a draft: creates the matches and notifies both sides' })
  @ApiConflictResponse({ description: 'Not a draft, or participants changed since the run' })
  publish(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match run')) runId: string,
  ): Promise<PublishResult> {
    return this.runs.publish(actor, runId);
  }

  @Get('match-runs/:id/compare/:otherId')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Two runs of a cohort side by side' })
  compare(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match run')) a: string,
    @Param('otherId', uuid('match run')) b: string,
  ): Promise<MatchRunComparison> {
    return this.runs.compare(actor, a, b);
  }

  @Get('cohorts/:id/match-constraints')
  @RequirePermission(manage)
  @ApiOperation({ summary: "The cohort's pins and bans" })
  constraints(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<MatchConstraintView[]> {
    return this.runs.constraints(actor, cohortId);
  }

  @Post('cohorts/:id/match-constraints')
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Pins (must pair) or bans a pair for every later run of the cohort' })
  addConstraint(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Body() body: CreateMatchConstraintDto,
  ): Promise<MatchConstraintView> {
    return this.runs.addConstraint(actor, cohortId, body);
  }

  @Delete('match-constraints/:id')
  @HttpCode(204)
  @RequirePermission(manage)
  @ApiOperation({ summary: 'Removes a pin or a ban' })
  async removeConstraint(
    @Actor() actor: AuthUser,
    @Param('id', uuid('pin or ban')) id: string,
  ): Promise<void> {
    await this.runs.removeConstraint(actor, id);
  }

  @Get('cohorts/:id/matches')
  @RequirePermission(manage)
  @ApiOperation({ summary: "The cohort's published matches (HR)" })
  cohortMatches(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<MatchView>> {
    return this.matches.forCohort(actor, cohortId, query);
  }

  @Get('me/matches')
  @Authenticated()
  @ApiOperation({ summary: 'My matches, as mentor or mentee' })
  mine(@Actor() actor: AuthUser): Promise<MatchView[]> {
    return this.matches.mine(actor);
  }

  @Post('matches/:id/respond')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Accept or decline a proposed match (a reason is required to decline)' })
  respond(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: RespondToMatchDto,
  ): Promise<MatchView> {
    return this.matches.respond(actor, matchId, body);
  }
}
