import { Module } from '@nestjs/common';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { ChoiceController } from './choice/choice.controller';
import { MenteeChoiceService } from './choice/mentee-choice.service';
import { MatchesService } from './matches/matches.service';
import { MatchingController } from './matching.controller';
import { MatchRunExecutor } from './runs/match-run-executor';
import { MatchRunsService } from './runs/match-runs.service';
import { MatchingSettingsService } from './settings/matching-settings.service';

/** Matching: settings, explainable scoring, exact runs, review and publishing, acceptance. */
@Module({
  imports: [ProgramsModule],
  controllers: [MatchingController, ChoiceController],
  providers: [
    MatchingSettingsService,
    MatchRunExecutor,
    MatchRunsService,
    MatchesService,
    MenteeChoiceService,
  ],
  exports: [MatchRunsService, MatchesService, MenteeChoiceService],
})
export class MatchingModule {}
