import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, NotFoundError, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  CheckInView,
  FitCheckView,
  FlagView,
  GoalView,
  NoteView,
  PairGlance,
  PairHealthView,
  PairOverview,
  PERMISSIONS,
  PulseAnswerView,
  PulseView,
  SessionView,
  SupportSummary,
} from '@mentorbridge/shared-contracts';
import type { FastifyReply } from 'fastify';
import {
  AnswerPulseDto,
  CancelSessionDto,
  FitAnswerDto,
  LogCheckInDto,
  RaiseFlagDto,
  ResolveFlagDto,
  CreateGoalDto,
  GoalProgressDto,
  MilestoneDoneDto,
  MilestoneDto,
  PhaseDto,
  UpdateGoalDto,
  CreateNoteDto,
  LogSessionDto,
  NoteListQueryDto,
  RecordAttendanceDto,
  RescheduleSessionDto,
  ScheduleSessionDto,
  UpdateNoteDto,
} from './dto/sessions.dto';
import { FitService } from './fit.service';
import { GlanceService } from './glance.service';
import { GoalsService } from './goals.service';
import { NotesService } from './notes.service';
import { PulseService } from './pulse.service';
import { SessionsService } from './sessions.service';
import { SupportService } from './support.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });
/** Confidential content must never be kept by a browser or proxy cache. */
const NO_STORE = 'no-store';

/** The pair's sessions (program staff: metadata only) and notes (the pair only). */
@ApiTags('sessions')
@Controller()
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly notes: NotesService,
    private readonly goals: GoalsService,
    private readonly support: SupportService,
    private readonly pulses: PulseService,
    private readonly fit: FitService,
    private readonly glance: GlanceService,
  ) {}

  @Get('matches/:id/fit')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'My pairing-fit check (open after the first session)' })
  fitCheck(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<FitCheckView> {
    return this.fit.view(actor, matchId);
  }

  @Put('matches/:id/fit')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Answers the pairing-fit check (HR sees it; the partner never does)' })
  answerFit(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: FitAnswerDto,
  ): Promise<FitCheckView> {
    return this.fit.answer(actor, matchId, body);
  }

  @Get('me/pairs')
  @Authenticated()
  @ApiOperation({
    summary: 'My active relationships at a glance (next session, last contact, goals)',
  })
  myPairs(@Actor() actor: AuthUser): Promise<PairGlance[]> {
    return this.glance.mine(actor);
  }

  @Get('me/pulses')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'My open pulse check-ins' })
  myPulses(@Actor() actor: AuthUser): Promise<PulseView[]> {
    return this.pulses.mine(actor);
  }

  @Post('pulses/:id')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Answers a pulse check-in (HR sees it; the partner never does)' })
  answerPulse(
    @Actor() actor: AuthUser,
    @Param('id', uuid('check-in')) id: string,
    @Body() body: AnswerPulseDto,
  ): Promise<PulseView> {
    return this.pulses.answer(actor, id, body);
  }

  @Get('matches/:id/pulses')
  @RequirePermission(PERMISSIONS.programsManage)
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: "A pair's pulse answers (HR of the program)" })
  pairPulses(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<PulseAnswerView[]> {
    return this.pulses.forPair(actor, matchId);
  }

  @Post('matches/:id/flags')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Raises a concern to HR (either side; the partner never sees it)' })
  raiseFlag(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: RaiseFlagDto,
  ): Promise<FlagView> {
    return this.support.raiseFlag(actor, matchId, body);
  }

  @Get('matches/:id/flags')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Concerns of a pair (HR: all; either side: the ones they raised)' })
  flags(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<FlagView[]> {
    return this.support.flags(actor, matchId);
  }

  @Post('flags/:id/resolve')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.programsManage)
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Resolves a concern with a note (HR of the program)' })
  resolveFlag(
    @Actor() actor: AuthUser,
    @Param('id', uuid('concern')) id: string,
    @Body() body: ResolveFlagDto,
  ): Promise<FlagView> {
    return this.support.resolveFlag(actor, id, body.note);
  }

  @Post('matches/:id/check-ins')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Logs a coordinator check-in with a pair (HR of the program)' })
  logCheckIn(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: LogCheckInDto,
  ): Promise<CheckInView> {
    return this.support.logCheckIn(actor, matchId, body);
  }

  @Get('matches/:id/check-ins')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Coordinator check-ins with a pair (HR of the program)' })
  checkIns(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<CheckInView[]> {
    return this.support.checkIns(actor, matchId);
  }

  @Get('cohorts/:id/pairs')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: "The cohort's active pairs with check-ins due and risks (HR)" })
  pairs(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<PairHealthView[]> {
    return this.support.cohortPairs(actor, cohortId);
  }

  @Get('support/summary')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({
    summary: 'Pairs at risk, check-ins due and open concerns in my programs (HR home)',
  })
  summary(@Actor() actor: AuthUser): Promise<SupportSummary> {
    return this.support.summary(actor);
  }

  @Get('matches/:id/overview')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: "The pair's phase and the mentee's goals (the pair only)" })
  overview(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<PairOverview> {
    return this.goals.overview(actor, matchId);
  }

  @Put('matches/:id/phase')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Moves the relationship to another phase (either side)' })
  setPhase(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: PhaseDto,
  ): Promise<PairOverview> {
    return this.goals.setPhase(actor, matchId, body.phase);
  }

  @Post('matches/:id/goals')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Sets a goal, with milestones (the mentee)' })
  createGoal(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: CreateGoalDto,
  ): Promise<GoalView> {
    return this.goals.create(actor, matchId, body);
  }

  @Patch('goals/:id')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Changes a goal or its status (the mentee)' })
  updateGoal(
    @Actor() actor: AuthUser,
    @Param('id', uuid('goal')) id: string,
    @Body() body: UpdateGoalDto,
  ): Promise<GoalView> {
    return this.goals.update(actor, id, body);
  }

  @Delete('goals/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Deletes a goal (the mentee)' })
  async deleteGoal(@Actor() actor: AuthUser, @Param('id', uuid('goal')) id: string): Promise<void> {
    await this.goals.remove(actor, id);
  }

  @Post('goals/:id/progress')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Reports progress on a goal (either side)' })
  goalProgress(
    @Actor() actor: AuthUser,
    @Param('id', uuid('goal')) id: string,
    @Body() body: GoalProgressDto,
  ): Promise<GoalView> {
    return this.goals.progress(actor, id, body);
  }

  @Post('goals/:id/milestones')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Adds a milestone to a goal (the mentee)' })
  addMilestone(
    @Actor() actor: AuthUser,
    @Param('id', uuid('goal')) id: string,
    @Body() body: MilestoneDto,
  ): Promise<GoalView> {
    return this.goals.addMilestone(actor, id, body);
  }

  @Put('milestones/:id/done')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Ticks a milestone done or not (either side)' })
  milestoneDone(
    @Actor() actor: AuthUser,
    @Param('id', uuid('milestone')) id: string,
    @Body() body: MilestoneDoneDto,
  ): Promise<GoalView> {
    return this.goals.setMilestoneDone(actor, id, body.done);
  }

  @Get('matches/:id/sessions')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: "A pair's sessions (HR of the program: without location and agenda)" })
  list(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
  ): Promise<SessionView[]> {
    return this.sessions.list(actor, matchId);
  }

  @Post('matches/:id/sessions')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Schedules a session (the pair)' })
  schedule(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: ScheduleSessionDto,
  ): Promise<SessionView> {
    return this.sessions.schedule(actor, matchId, body);
  }

  @Post('matches/:id/sessions/log')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({
    summary: 'Logs a past session with its outcome and an optional note (idempotent per key)',
  })
  log(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: LogSessionDto,
  ): Promise<SessionView> {
    return this.sessions.log(actor, matchId, body);
  }

  @Patch('sessions/:id')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Reschedules a planned session (the pair)' })
  reschedule(
    @Actor() actor: AuthUser,
    @Param('id', uuid('session')) id: string,
    @Body() body: RescheduleSessionDto,
  ): Promise<SessionView> {
    return this.sessions.reschedule(actor, id, body);
  }

  @Post('sessions/:id/cancel')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Cancels a planned session; records who and how long before' })
  cancel(
    @Actor() actor: AuthUser,
    @Param('id', uuid('session')) id: string,
    @Body() body: CancelSessionDto,
  ): Promise<SessionView> {
    return this.sessions.cancel(actor, id, body);
  }

  @Post('sessions/:id/attendance')
  @HttpCode(200)
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Records how a session went (held, cancelled, no-show)' })
  attendance(
    @Actor() actor: AuthUser,
    @Param('id', uuid('session')) id: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<SessionView> {
    return this.sessions.recordAttendance(actor, id, body);
  }

  @Get('sessions/:id/invite.ics')
  @Authenticated()
  @ApiOperation({ summary: 'The session as a calendar invite (the pair)' })
  async invite(
    @Actor() actor: AuthUser,
    @Param('id', uuid('session')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { filename, body } = await this.sessions.invite(actor, id);
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', NO_STORE);
    return body;
  }

  @Get('matches/:id/notes')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: "The pair's notes I may read (mine, and my partner's shared ones)" })
  listNotes(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Query() query: NoteListQueryDto,
  ): Promise<NoteView[]> {
    return this.notes.list(actor, matchId, query.sessionId);
  }

  @Post('matches/:id/notes')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Writes a note, private or shared with the partner' })
  createNote(
    @Actor() actor: AuthUser,
    @Param('id', uuid('match')) matchId: string,
    @Body() body: CreateNoteDto,
  ): Promise<NoteView> {
    return this.notes.create(actor, matchId, body);
  }

  @Patch('notes/:id')
  @Authenticated()
  @Header('cache-control', NO_STORE)
  @ApiOperation({ summary: 'Changes my note (text or visibility)' })
  updateNote(
    @Actor() actor: AuthUser,
    @Param('id', uuid('note')) id: string,
    @Body() body: UpdateNoteDto,
  ): Promise<NoteView> {
    return this.notes.update(actor, id, body);
  }

  @Delete('notes/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Deletes my note' })
  async deleteNote(@Actor() actor: AuthUser, @Param('id', uuid('note')) id: string): Promise<void> {
    await this.notes.remove(actor, id);
  }
}
