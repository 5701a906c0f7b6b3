import { Module } from '@nestjs/common';
import { CohortsController } from './cohorts/cohorts.controller';
import { CohortsService } from './cohorts/cohorts.service';
import { ProgramAccess } from './programs/program-access.service';
import { ProgramExtensions } from './programs/program-extensions';
import { ProgramsController } from './programs/programs.controller';
import { ProgramsService } from './programs/programs.service';

/** Programs, their cohorts and the cohort state machine. */
@Module({
  controllers: [ProgramsController, CohortsController],
  providers: [ProgramAccess, ProgramExtensions, ProgramsService, CohortsService],
  exports: [ProgramAccess, ProgramExtensions],
})
export class ProgramsModule {}
