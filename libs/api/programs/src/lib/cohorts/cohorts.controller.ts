import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import { CohortDetail, PERMISSIONS } from '@mentorbridge/shared-contracts';
import { CohortTransitionDto, UpdateCohortDto } from '../dto/cohorts.dto';
import { CohortsService } from './cohorts.service';

const cohortId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('cohort') });

@ApiTags('cohorts')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get(':id')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'A cohort with its timeline of state changes and what can happen next' })
  @ApiNotFoundResponse()
  get(@Actor() actor: AuthUser, @Param('id', cohortId) id: string): Promise<CohortDetail> {
    return this.cohorts.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Rename or re-date a cohort (send the version you edited)' })
  @ApiNotFoundResponse()
  update(
    @Actor() actor: AuthUser,
    @Param('id', cohortId) id: string,
    @Body() body: UpdateCohortDto,
  ): Promise<CohortDetail> {
    return this.cohorts.update(actor, id, body);
  }

  @Post(':id/transitions')
  @RequirePermission(PERMISSIONS.programsManage)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Move the cohort to its next state (409 for an illegal move or a blocking gate)',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Illegal move, or a gate blocks it (override with a reason).',
  })
  transition(
    @Actor() actor: AuthUser,
    @Param('id', cohortId) id: string,
    @Body() body: CohortTransitionDto,
  ): Promise<CohortDetail> {
    return this.cohorts.transition(actor, id, body);
  }
}
