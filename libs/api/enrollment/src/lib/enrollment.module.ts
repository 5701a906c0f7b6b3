import { Module } from '@nestjs/common';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { ApplicantController } from './applicant.controller';
import { ApplicationsService } from './applications/applications.service';
import { ParticipantsService } from './applications/participants.service';
import { EnrollmentAccess } from './enrollment-access';
import { FormsService } from './forms/forms.service';
import { InvitationsService } from './invitations/invitations.service';
import { RecruitmentController } from './recruitment.controller';
import { ScreeningService } from './screening/screening.service';
import { RecruitmentSettingsService } from './settings/recruitment-settings.service';

/** Recruitment: invitations, application forms, eligibility, applications, screening, funnel. */
@Module({
  imports: [ProgramsModule],
  controllers: [RecruitmentController, ApplicantController],
  providers: [
    EnrollmentAccess,
    FormsService,
    RecruitmentSettingsService,
    InvitationsService,
    ApplicationsService,
    ParticipantsService,
    ScreeningService,
  ],
  exports: [ParticipantsService],
})
export class EnrollmentModule {}
