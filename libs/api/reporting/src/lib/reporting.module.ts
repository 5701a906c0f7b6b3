import { Module } from '@nestjs/common';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { ReportingController } from './reporting.controller';
import { ReportingRefreshService } from './refresh.service';
import { ReportingService } from './reporting.service';

/** Program health: dashboards for executives (suppressed aggregates) and HR leads. */
@Module({
  imports: [ProgramsModule],
  controllers: [ReportingController],
  providers: [ReportingRefreshService, ReportingService],
  exports: [ReportingRefreshService, ReportingService],
})
export class ReportingModule {}
