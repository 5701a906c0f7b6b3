import { Module } from '@nestjs/common';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { FitService } from './fit.service';
import { GlanceService } from './glance.service';
import { GoalsService } from './goals.service';
import { NotesService } from './notes.service';
import { PairAccess } from './pair-access';
import { PairKeys } from './pair-keys.service';
import { SessionsController } from './sessions.controller';
import { PulseService } from './pulse.service';
import { RemindersService } from './reminders.service';
import { SessionsService } from './sessions.service';
import { SupportService } from './support.service';

/** The active relationship: sessions, the pair's confidential notes, goals and phase. */
@Module({
  imports: [ProgramsModule],
  controllers: [SessionsController],
  providers: [
    PairAccess,
    PairKeys,
    SessionsService,
    NotesService,
    GoalsService,
    SupportService,
    PulseService,
    RemindersService,
    FitService,
    GlanceService,
  ],
  exports: [PairKeys, PairAccess],
})
export class SessionsModule {}
