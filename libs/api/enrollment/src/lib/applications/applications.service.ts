import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { CohortEntity } from '@mentorbridge/api-programs';
import {
  Answers,
  ApplicationDetail,
  ApplicationFormView,
  ApplicationSummary,
  CohortState,
  OpenCohort,
  ParticipantRole,
  PARTICIPANT_ROLES,
  SubmitApplicationRequest,
} from '@mentorbridge/shared-contracts';
import { assessGoal, validateAnswers } from '@mentorbridge/shared-util';
import { DataSource, EntityManager } from 'typeorm';
import { assertCohortState, CohortContext, EnrollmentAccess } from '../enrollment-access';
import { ApplicationEntity, FormDefinitionEntity } from '../entities/enrollment.entities';
import { FormsService, toForm } from '../forms/forms.service';
import { InvitationsService } from '../invitations/invitations.service';
import { RecruitmentSettingsService } from '../settings/recruitment-settings.service';
import { loadProfile, toDetail, toSummary } from './application-views';
import { checkEligibility } from './eligibility';
import { ParticipantsService } from './participants.service';

/** The applicant does not meet the program's eligibility rules (the reasons say why). */
export class NotEligibleError extends DomainError {
  readonly status = 403;
  readonly code = 'not_eligible';
}

/** The applicant's side: open calls, the form, submitting, editing and withdrawing. */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EnrollmentAccess,
    private readonly forms: FormsService,
    private readonly settings: RecruitmentSettingsService,
    private readonly invitations: InvitationsService,
    private readonly participants: ParticipantsService,
  ) {}

  async openCohorts(actor: AuthUser): Promise<OpenCohort[]> {
    const cohorts = await this.dataSource.getRepository(CohortEntity).find({
      where: { state: 'recruiting' },
      relations: { program: true },
      order: { startDate: 'ASC' },
    });
    const result: OpenCohort[] = [];
    for (const cohort of cohorts) {
      if (cohort.program)
        result.push(
          await this.openCohortView(this.dataSource.manager, actor, {
            cohort,
            program: cohort.program,
          }),
        );
    }
    return result;
  }

  async formView(
    actor: AuthUser,
    cohortId: string,
    role: ParticipantRole,
  ): Promise<ApplicationFormView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.openCohort(cohortId, manager);
      const form = await this.forms.ensureCurrent(manager, context.program.id, role);
      const settings = await this.settings.of(manager, context.program.id);
      const profile = await loadProfile(manager, actor.id);
      const existing = await this.live(manager, cohortId, actor.id, role);
      await this.invitations.markOpened(manager, cohortId, actor.id, role);
      const prefill: Answers = existing?.answers ?? {
        ...(profile.languages.length ? { languages: profile.languages } : {}),
        ...(role === 'mentor' ? { capacity: context.program.defaultMentorCapacity } : {}),
        ...(context.program.meetingModes.length === 1
          ? { meeting_modes: context.program.meetingModes }
          : {}),
      };
      return {
        cohort: await this.openCohortView(manager, actor, context),
        role,
        form: existing ? await this.formOf(manager, existing.formId) : form,
        eligibility: checkEligibility(settings.eligibility[role], profile),
        prefill,
        profile,
        minGoalLength: settings.minGoalLength,
        existingApplicationId: existing?.id ?? null,
      };
    });
  }

  async submit(
    actor: AuthUser,
    cohortId: string,
    request: SubmitApplicationRequest,
  ): Promise<ApplicationDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      const context = await this.access.openCohort(cohortId, manager);
      const existing = await this.live(manager, cohortId, actor.id, request.role);
      if (existing) {
        throw new ConflictError(
          `You already applied as ${request.role} to this cohort; open your application to change it.`,
        );
      }
      const settings = await this.settings.of(manager, context.program.id);
      const profile = await loadProfile(manager, actor.id);
      const eligibility = checkEligibility(settings.eligibility[request.role], profile);
      if (!eligibility.eligible) throw new NotEligibleError(eligibility.reasons.join(' '));
      const form = await this.forms.ensureCurrent(manager, context.program.id, request.role);
      const answers = clean(request.answers);
      assertValid(form.questions, answers);
      const goal =
        request.role === 'mentee'
          ? assessGoal(answers['goal'] as string, settings.minGoalLength)
          : null;
      const saved = await manager.getRepository(ApplicationEntity).save(
        manager.getRepository(ApplicationEntity).create({
          cohortId,
          userId: actor.id,
          role: request.role,
          formId: form.id,
          answers,
          status: 'submitted',
          goalFlag: goal?.flag ?? null,
          goalFlagReasons: goal?.reasons ?? [],
          profile,
          submittedAt: new Date(),
        }),
      );
      await this.invitations.markApplied(manager, cohortId, actor.id, request.role);
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(
    actor: AuthUser,
    applicationId: string,
    answersInput: Answers,
  ): Promise<ApplicationDetail> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.own(manager, actor, applicationId);
      const context = (await this.access.load(application.cohortId, manager)) as CohortContext;
      assertCohortState(context.cohort, ['recruiting'], 'Changing an application');
      if (application.status !== 'submitted') {
        throw new ConflictError('This application has been decided; it can no longer be changed.');
      }
      const form = await this.formOf(manager, application.formId);
      const answers = clean(answersInput);
      assertValid(form.questions, answers);
      const settings = await this.settings.of(manager, context.program.id);
      const goal =
        application.role === 'mentee'
          ? assessGoal(answers['goal'] as string, settings.minGoalLength)
          : null;
      await manager.update(
        ApplicationEntity,
        { id: application.id },
        {
          answers,
          goalFlag: goal?.flag ?? null,
          goalFlagReasons: goal?.reasons ?? [],
          version: application.version + 1,
        },
      );
    });
    return this.get(actor, applicationId);
  }

  /** Withdrawing before matching frees the place (and the program role it gave). */
  async withdraw(actor: AuthUser, applicationId: string): Promise<ApplicationDetail> {
    await this.dataSource.transaction(async (manager) => {
      const application = await this.own(manager, actor, applicationId);
      const context = (await this.access.load(application.cohortId, manager)) as CohortContext;
      assertCohortState(context.cohort, ['recruiting', 'matching'], 'Withdrawing');
      if (!['submitted', 'approved', 'waitlisted'].includes(application.status)) {
        throw new ConflictError('This application can no longer be withdrawn.');
      }
      await manager.update(
        ApplicationEntity,
        { id: application.id },
        { status: 'withdrawn', withdrawnAt: new Date(), version: application.version + 1 },
      );
      await this.participants.withdraw(manager, application, context.program.id);
    });
    return this.get(actor, applicationId);
  }

  async mine(actor: AuthUser): Promise<ApplicationSummary[]> {
    const rows = await this.dataSource.getRepository(ApplicationEntity).find({
      where: { userId: actor.id },
      relations: { user: true, cohort: { program: true } },
      order: { submittedAt: 'DESC' },
    });
    return rows.map(toSummary);
  }

  /** The applicant's own application, or any application of a program the person runs. */
  async get(
    actor: AuthUser,
    applicationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApplicationDetail> {
    const application = await manager.getRepository(ApplicationEntity).findOne({
      where: { id: applicationId },
      relations: { user: true, decidedBy: true, cohort: { program: true } },
    });
    const context = application ? await this.access.load(application.cohortId, manager) : null;
    if (
      !application ||
      !context ||
      (application.userId !== actor.id && !this.access.canManageProgram(actor, context.program.id))
    ) {
      throw new NotFoundError('application');
    }
    return toDetail(application, {
      programId: context.program.id,
      programName: context.program.name,
      cohortName: context.cohort.name,
      cohortState: context.cohort.state as CohortState,
      form: await this.formOf(manager, application.formId),
    });
  }

  private async openCohortView(
    manager: EntityManager,
    actor: AuthUser,
    { cohort, program }: CohortContext,
  ): Promise<OpenCohort> {
    const rows: {
      role: ParticipantRole;
      invitation_id: string | null;
      invitation_status: string | null;
      application_id: string | null;
      application_status: string | null;
    }[] = await manager.query(
      `SELECT r.role, i.id AS invitation_id, i.status AS invitation_status, a.id AS application_id, a.status AS application_status
           FROM unnest($3::text[]) AS r(role)
           LEFT JOIN invitation i ON i.cohort_id = $1 AND i.user_id = $2 AND i.role = r.role
           LEFT JOIN LATERAL (SELECT id, status FROM application
                               WHERE cohort_id = $1 AND user_id = $2 AND role = r.role
                               ORDER BY (status <> 'withdrawn') DESC, submitted_at DESC LIMIT 1) a ON true`,
      [cohort.id, actor.id, [...PARTICIPANT_ROLES]],
    );
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      programId: program.id,
      programName: program.name,
      format: program.format,
      strategicDriver: program.strategicDriver,
      outcomes: program.outcomes,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      cadenceWeeks: program.cadenceWeeks,
      durationMonths: program.defaultDurationMonths,
      meetingModes: program.meetingModes,
      mine: rows.map((r) => ({
        role: r.role,
        invitationId: r.invitation_id,
        invitationStatus: r.invitation_status as OpenCohort['mine'][number]['invitationStatus'],
        applicationId: r.application_id,
        applicationStatus: r.application_status as OpenCohort['mine'][number]['applicationStatus'],
      })),
    };
  }

  private live(manager: EntityManager, cohortId: string, userId: string, role: ParticipantRole) {
    return manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .where('a.cohortId = :cohortId AND a.userId = :userId AND a.role = :role', {
        cohortId,
        userId,
        role,
      })
      .andWhere(`a.status <> 'withdrawn'`)
      .getOne();
  }

  private async own(
    manager: EntityManager,
    actor: AuthUser,
    applicationId: string,
  ): Promise<ApplicationEntity> {
    const [application] = await manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id AND a.userId = :userId', { id: applicationId, userId: actor.id })
      .getMany();
    if (!application) throw new NotFoundError('application');
    return application;
  }

  private async formOf(manager: EntityManager, formId: string) {
    return toForm(
      await manager
        .getRepository(FormDefinitionEntity)
        .findOneOrFail({ where: { id: formId }, relations: { createdBy: true } }),
    );
  }
}

function clean(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? value.trim()
        : Array.isArray(value)
          ? value.map((v) => v.trim()).filter(Boolean)
          : value,
    ]),
  );
}

function assertValid(questions: Parameters<typeof validateAnswers>[0], answers: Answers): void {
  const errors = validateAnswers(questions, answers);
  if (errors.length > 0)
    throw new ValidationFailedError('Some answers are missing or invalid.', errors);
}
