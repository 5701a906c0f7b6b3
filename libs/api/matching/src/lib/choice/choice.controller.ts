import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Authenticated,
  NotFoundError,
  PageQueryDto,
  RequirePermission,
} from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  MentorRequestView,
  Page,
  PERMISSIONS,
  ShortlistGenerationResult,
  ShortlistView,
} from '@mentorbridge/shared-contracts';
import { CreateMentorRequestDto, RespondToMatchDto } from '../dto/matching.dto';
import { MenteeChoiceService } from './mentee-choice.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });

/** Mentee-choice mode: shortlists (HR), requests (mentees), answers (mentors). */
@ApiTags('mentee choice')
@Controller()
export class ChoiceController {
  constructor(private readonly choice: MenteeChoiceService) {}

  @Post('cohorts/:id/shortlists')
  @HttpCode(200)
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Publishes ranked mentor shortlists to the cohort’s unmatched mentees' })
  @ApiConflictResponse({ description: 'The program does not use mentee choice, or wrong stage' })
  generate(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
  ): Promise<ShortlistGenerationResult> {
    return this.choice.generate(actor, cohortId);
  }

  @Get('cohorts/:id/mentor-requests')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Requests from mentees to mentors in the cohort (HR)' })
  cohortRequests(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<MentorRequestView>> {
    return this.choice.forCohort(actor, cohortId, query);
  }

  @Get('me/shortlists')
  @Authenticated()
  @ApiOperation({ summary: 'My ranked mentor shortlists (mentee)' })
  shortlists(@Actor() actor: AuthUser): Promise<ShortlistView[]> {
    return this.choice.myShortlists(actor);
  }

  @Post('cohorts/:id/mentor-requests')
  @Authenticated()
  @ApiOperation({ summary: 'Asks a mentor from my shortlist' })
  request(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Body() body: CreateMentorRequestDto,
  ): Promise<MentorRequestView> {
    return this.choice.request(actor, cohortId, body);
  }

  @Get('me/mentor-requests')
  @Authenticated()
  @ApiOperation({ summary: 'Requests I sent (mentee) or received (mentor)' })
  mine(@Actor() actor: AuthUser): Promise<MentorRequestView[]> {
    return this.choice.mine(actor);
  }

  @Post('mentor-requests/:id/respond')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'The mentor accepts or declines a request (reason required to decline)',
  })
  respond(
    @Actor() actor: AuthUser,
    @Param('id', uuid('request')) id: string,
    @Body() body: RespondToMatchDto,
  ): Promise<MentorRequestView> {
    return this.choice.respond(actor, id, body);
  }

  @Post('mentor-requests/:id/withdraw')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'The mentee withdraws an open request' })
  withdraw(
    @Actor() actor: AuthUser,
    @Param('id', uuid('request')) id: string,
  ): Promise<MentorRequestView> {
    return this.choice.withdraw(actor, id);
  }
}
