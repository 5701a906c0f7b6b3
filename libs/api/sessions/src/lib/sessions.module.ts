import { Module } from '@nestjs/common';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { NotesService } from './notes.service';
import { PairAccess } from './pair-access';
import { PairKeys } from './pair-keys.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

/** The active relationship: sessions and the pair's confidential notes. */
@Module({
  imports: [ProgramsModule],
  controllers: [SessionsController],
  providers: [PairAccess, PairKeys, SessionsService, NotesService],
  exports: [PairKeys, PairAccess],
})
export class SessionsModule {}
