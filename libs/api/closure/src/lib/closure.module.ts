import { Module } from '@nestjs/common';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { SessionsModule } from '@mentorbridge/api-sessions';
import { ClosureController } from './closure.controller';
import { ClosureJobsService } from './closure-jobs.service';
import { ClosureService } from './closure.service';
import { CohortClosureService } from './cohort-closure.service';

/** The end of the cycle: planned and early closures, exit surveys, extensions, cohort closing. */
@Module({
  imports: [ProgramsModule, SessionsModule],
  controllers: [ClosureController],
  providers: [ClosureService, CohortClosureService, ClosureJobsService],
  exports: [ClosureJobsService],
})
export class ClosureModule {}
