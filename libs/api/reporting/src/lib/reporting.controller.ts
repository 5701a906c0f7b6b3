import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError, RequirePermission } from '@mentorbridge/api-core';
import { Actor, AuthUser } from '@mentorbridge/api-identity';
import {
  CohortDashboard,
  NeedsAction,
  PERMISSIONS,
  ReportingOverview,
} from '@mentorbridge/shared-contracts';
import type { FastifyReply } from 'fastify';
import { ReportPeriodQueryDto } from './report-period.dto';
import { ReportingService } from './reporting.service';

const uuid = (what: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(what) });

@ApiTags('reporting')
@Controller('reporting')
export class ReportingController {
  constructor(private readonly reporting: ReportingService) {}

  @Get('overview')
  @RequirePermission(PERMISSIONS.reportsRead)
  @ApiOperation({ summary: 'Every cohort I may see, with health, trend and what moved' })
  overview(@Actor() actor: AuthUser): Promise<ReportingOverview> {
    return this.reporting.overview(actor);
  }

  @Get('cohorts/:id')
  @RequirePermission(PERMISSIONS.reportsRead)
  @ApiOperation({ summary: "A cohort's dashboard (executives: small cells suppressed)" })
  cohort(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Query() query: ReportPeriodQueryDto,
  ): Promise<CohortDashboard> {
    return this.reporting.cohort(actor, cohortId, query.period ?? 'all');
  }

  @Get('cohorts/:id/export.csv')
  @RequirePermission(PERMISSIONS.reportsRead)
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: "The cohort dashboard's figures as CSV" })
  async cohortCsv(
    @Actor() actor: AuthUser,
    @Param('id', uuid('cohort')) cohortId: string,
    @Query() query: ReportPeriodQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const csv = await this.reporting.cohortCsv(actor, cohortId, query.period ?? 'all');
    void reply.header(
      'content-disposition',
      `attachment; filename="cohort-${cohortId.slice(0, 8)}-${query.period ?? 'all'}.csv"`,
    );
    return csv;
  }

  @Get('needs-action')
  @RequirePermission(PERMISSIONS.programsManage)
  @ApiOperation({ summary: 'What needs an HR lead today, across the programs they run' })
  needsAction(@Actor() actor: AuthUser): Promise<NeedsAction> {
    return this.reporting.needsAction(actor);
  }
}
