import { Module, OnModuleInit } from '@nestjs/common';
import { ProgramExtensions, ProgramsModule } from '@mentorbridge/api-programs';
import { READINESS_BAND_LABELS } from '@mentorbridge/shared-contracts';
import { AssessmentsService } from './assessments/assessments.service';
import { ItemBankService } from './bank/item-bank.service';
import { QuestionnairesService } from './questionnaires/questionnaires.service';
import { QuestionnairesController, ReadinessController } from './readiness.controller';

/**
 * Organisational readiness assessments. Plugs the launch gate into the cohort state machine: a
 * cohort opens recruitment only when its program's latest completed assessment is "ready" or
 * better (or an HR lead overrides with a written reason).
 */
@Module({
  imports: [ProgramsModule],
  controllers: [ReadinessController, QuestionnairesController],
  providers: [ItemBankService, AssessmentsService, QuestionnairesService],
})
export class ReadinessModule implements OnModuleInit {
  constructor(
    private readonly extensions: ProgramExtensions,
    private readonly assessments: AssessmentsService,
  ) {}

  onModuleInit(): void {
    this.extensions.provideReadinessSummaries((ids, manager) =>
      this.assessments.summaries(ids, manager),
    );
    this.extensions.registerGate({
      name: 'Organisational readiness',
      from: 'draft',
      to: 'recruiting',
      overridable: true,
      check: async (cohort, manager) => {
        const latest = await this.assessments.latestCompleted(manager, cohort.programId);
        if (!latest) {
          return {
            ok: false,
            reason:
              'This program has no completed readiness assessment yet: assess readiness before opening recruitment.',
          };
        }
        const { assessment, result } = latest;
        if (result.band === 'not_ready') {
          return {
            ok: false,
            reason: `The latest readiness assessment ("${assessment.title}") is ${READINESS_BAND_LABELS.not_ready}. ${result.bandExplanation}`,
          };
        }
        return { ok: true, reason: null };
      },
    });
  }
}
