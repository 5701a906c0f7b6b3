import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { NotFoundError, RequireOrgPermission, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  CohortDetail,
  Page,
  PERMISSIONS,
  ProgramDetail,
  ProgramSummary,
} from '@mentorbridge/shared-contracts';
import { CreateCohortDto } from '../dto/cohorts.dto';
import { CreateProgramDto, ProgramListQueryDto, UpdateProgramDto } from '../dto/programs.dto';
import { CohortsService } from '../cohorts/cohorts.service';
import { ProgramsService } from './programs.service';

const programId = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError('program') });

@ApiTags('programs')
@Controller('programs')
export class ProgramsController {
  constructor(
    private readonly programs: ProgramsService,
    private readonly cohorts: CohortsService,
  ) {}

  @Get()
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({
    summary: 'Programs I run, with owners, cohort counts, current cohort and readiness',
  })
  list(
    @Actor() actor: AuthUser,
    @Query() query: ProgramListQueryDto,
  ): Promise<Page<ProgramSummary>> {
    return this.programs.list(actor, query);
  }

  @Post()
  @RequireOrgPermission(PERMISSIONS.programsCreate)
  @ApiOperation({ summary: 'Create a program (the creator becomes an owner)' })
  @ApiCreatedResponse()
  @ApiConflictResponse({ description: 'A program with this name exists.' })
  create(@Actor() actor: AuthUser, @Body() body: CreateProgramDto): Promise<ProgramDetail> {
    return this.programs.create(actor, body);
  }

  @Get(':id')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'One program with its settings, owners and cohorts' })
  @ApiNotFoundResponse()
  get(@Actor() actor: AuthUser, @Param('id', programId) id: string): Promise<ProgramDetail> {
    return this.programs.get(actor, id);
  }

  @Patch(':id')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Change program settings or owners (send the version you edited)' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({
    description: 'Changed by someone else since (stale version), or name taken.',
  })
  update(
    @Actor() actor: AuthUser,
    @Param('id', programId) id: string,
    @Body() body: UpdateProgramDto,
  ): Promise<ProgramDetail> {
    return this.programs.update(actor, id, body);
  }

  @Post(':id/cohorts')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'Add a cohort (an intake) to the program, starting in draft' })
  @ApiCreatedResponse()
  @ApiNotFoundResponse()
  createCohort(
    @Actor() actor: AuthUser,
    @Param('id', programId) id: string,
    @Body() body: CreateCohortDto,
  ): Promise<CohortDetail> {
    return this.cohorts.create(actor, id, body);
  }
}
