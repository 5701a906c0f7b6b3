import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  MailService,
  NotFoundError,
  pageWindow,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  ApplicationListQuery,
  ApplicationStatus,
  ApplicationSummary,
  BulkDecisionRequest,
  BulkDecisionResult,
  CohortState,
  CohortFunnel,
  Decision,
  DecisionRequest,
  FunnelStage,
  Page,
  ParticipantRole,
  PARTICIPANT_ROLES,
  ScreeningSummary,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { toSummary } from '../applications/application-views';
import { ParticipantsService } from '../applications/participants.service';
import { assertCohortState, EnrollmentAccess } from '../enrollment-access';
import { ApplicationEntity } from '../entities/enrollment.entities';
import { InvitationsService } from '../invitations/invitations.service';
import { decisionMail } from '../mail/recruitment-mails';

/** Which decisions each status allows. */
const ALLOWED: Partial<Record<ApplicationStatus, Decision[]>> = {
  submitted: ['approve', 'reject', 'waitlist'],
  waitlisted: ['approve', 'reject'],
};
const RESULT: Record<Decision, ApplicationStatus> = {
  approve: 'approved',
  reject: 'rejected',
  waitlist: 'waitlisted',
};

/** HR's side: the screening queue, decisions (one or many) and the cohort funnel. */
@Injectable()
export class ScreeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EnrollmentAccess,
    private readonly participants: ParticipantsService,
    private readonly invitations: InvitationsService,
    private readonly mail: MailService,
    private readonly programs: ProgramAccess,
  ) {}

  async list(
    actor: AuthUser,
    cohortId: string,
    query: ApplicationListQuery,
  ): Promise<Page<ApplicationSummary>> {
    await this.access.managedCohort(actor, cohortId, this.dataSource.manager);
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .innerJoinAndSelect('a.user', 'u')
      .innerJoinAndSelect('a.cohort', 'c')
      .innerJoinAndSelect('c.program', 'p')
      .where('a.cohortId = :cohortId', { cohortId });
    if (query.role) qb.andWhere('a.role = :role', { role: query.role });
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.flagged !== undefined)
      qb.andWhere(query.flagged ? 'a.goalFlag IS NOT NULL' : 'a.goalFlag IS NULL');
    if (query.department)
      qb.andWhere(`a.profile->>'department' = :department`, { department: query.department });
    if (query.search) {
      qb.andWhere('(u.displayName ILIKE :q OR u.email ILIKE :q)', {
        q: `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(query.sort === 'name' ? 'u.displayName' : 'a.submittedAt', direction).addOrderBy(
      'a.id',
    );
    const [rows, total] = await qb.skip(skip).take(pageSize).getManyAndCount();
    return { items: rows.map(toSummary), total, page, pageSize };
  }

  async decide(
    actor: AuthUser,
    applicationId: string,
    request: DecisionRequest,
  ): Promise<ApplicationSummary> {
    assertDecisionText(request);
    return this.dataSource.transaction((manager) =>
      this.decideOne(manager, actor, applicationId, request, null),
    );
  }

  /** Each application is decided in its own transaction: one refusal does not undo the others. */
  async bulkDecide(
    actor: AuthUser,
    cohortId: string,
    request: BulkDecisionRequest,
  ): Promise<BulkDecisionResult> {
    assertDecisionText(request);
    await this.access.managedCohort(actor, cohortId, this.dataSource.manager);
    const result: BulkDecisionResult = { decided: 0, failed: [] };
    for (const applicationId of request.applicationIds) {
      try {
        await this.dataSource.transaction((manager) =>
          this.decideOne(manager, actor, applicationId, request, cohortId),
        );
        result.decided++;
      } catch (error) {
        result.failed.push({
          applicationId,
          message: error instanceof Error ? error.message : String(error),
        });
      }
    }
    return result;
  }

  async funnel(actor: AuthUser, cohortId: string): Promise<CohortFunnel> {
    await this.access.managedCohort(actor, cohortId, this.dataSource.manager);
    const rows: {
      role: ParticipantRole;
      invited: number;
      applied: number;
      approved: number;
      to_screen: number;
      waitlisted: number;
      withdrawn: number;
      matched: number;
    }[] = await this.dataSource.query(
      `SELECT r.role,
                (SELECT count(DISTINCT user_id)::int FROM invitation WHERE cohort_id = $1 AND role = r.role) AS invited,
                (SELECT count(DISTINCT user_id)::int FROM application WHERE cohort_id = $1 AND role = r.role) AS applied,
                (SELECT count(DISTINCT user_id)::int FROM participant WHERE cohort_id = $1 AND role = r.role AND status = 'active') AS approved,
                (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND role = r.role AND status = 'submitted') AS to_screen,
                (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND role = r.role AND status = 'waitlisted') AS waitlisted,
                (SELECT count(*)::int FROM application WHERE cohort_id = $1 AND role = r.role AND status = 'withdrawn') AS withdrawn,
                -- Published pairs (the matching domain's table, read-only here): proposed or active.
                (SELECT count(DISTINCT CASE WHEN r.role = 'mentor' THEN m.mentor_user_id ELSE m.mentee_user_id END)::int
                   FROM match m WHERE m.cohort_id = $1 AND m.state IN ('proposed', 'active')) AS matched
           FROM unnest($2::text[]) AS r(role)`,
      [cohortId, [...PARTICIPANT_ROLES]],
    );
    const stages = (r: (typeof rows)[number]): FunnelStage[] => {
      const counts: [FunnelStage['stage'], number][] = [
        ['invited', r.invited],
        ['applied', r.applied],
        ['approved', r.approved],
        ['matched', r.matched],
      ];
      return counts.map(([stage, people], i) => ({
        stage,
        people,
        conversion:
          i === 0
            ? null
            : counts[i - 1][1] === 0
              ? null
              : Math.round((people / counts[i - 1][1]) * 1000) / 1000,
      }));
    };
    const byRole = Object.fromEntries(
      rows.map((r) => [r.role, stages(r)]),
    ) as CohortFunnel['byRole'];
    const sum = (key: 'to_screen' | 'waitlisted' | 'withdrawn') =>
      rows.reduce((s, r) => s + r[key], 0);
    return {
      cohortId,
      byRole,
      toScreen: sum('to_screen'),
      waitlisted: sum('waitlisted'),
      withdrawn: sum('withdrawn'),
    };
  }

  /** What waits for screening in the recruiting or matching cohorts this person runs. */
  async summary(actor: AuthUser): Promise<ScreeningSummary[]> {
    const visible = this.programs.manageableProgramIds(actor);
    const rows: {
      cohort_id: string;
      cohort_name: string;
      program_id: string;
      program_name: string;
      state: CohortState;
      to_screen: number;
      flagged: number;
      waitlisted: number;
    }[] = await this.dataSource.query(
      `SELECT c.id AS cohort_id, c.name AS cohort_name, p.id AS program_id, p.name AS program_name, c.state,
              count(a.id) FILTER (WHERE a.status = 'submitted')::int AS to_screen,
              count(a.id) FILTER (WHERE a.status = 'submitted' AND a.goal_flag IS NOT NULL)::int AS flagged,
              count(a.id) FILTER (WHERE a.status = 'waitlisted')::int AS waitlisted
         FROM cohort c JOIN program p ON p.id = c.program_id
         LEFT JOIN application a ON a.cohort_id = c.id
        WHERE c.state IN ('recruiting', 'matching') AND ($1::uuid[] IS NULL OR p.id = ANY($1::uuid[]))
        GROUP BY c.id, p.id ORDER BY to_screen DESC, c.start_date`,
      [visible],
    );
    return rows.map((r) => ({
      cohortId: r.cohort_id,
      cohortName: r.cohort_name,
      programId: r.program_id,
      programName: r.program_name,
      cohortState: r.state,
      toScreen: r.to_screen,
      flagged: r.flagged,
      waitlisted: r.waitlisted,
    }));
  }

  private async decideOne(
    manager: EntityManager,
    actor: AuthUser,
    applicationId: string,
    request: DecisionRequest,
    expectedCohortId: string | null,
  ): Promise<ApplicationSummary> {
    const [application] = await manager
      .getRepository(ApplicationEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id: applicationId })
      .getMany();
    const context = application ? await this.access.load(application.cohortId, manager) : null;
    if (
      !application ||
      !context ||
      !this.access.canManageProgram(actor, context.program.id) ||
      (expectedCohortId && application.cohortId !== expectedCohortId)
    ) {
      throw new NotFoundError('application');
    }
    assertCohortState(context.cohort, ['recruiting', 'matching'], 'Screening');
    const allowed = ALLOWED[application.status] ?? [];
    if (!allowed.includes(request.decision)) {
      throw new ConflictError(
        `An application that is ${application.status} cannot be given "${request.decision}"` +
          (allowed.length ? ` (possible: ${allowed.join(', ')}).` : '.'),
      );
    }
    await manager.update(
      ApplicationEntity,
      { id: application.id },
      {
        status: RESULT[request.decision],
        decidedAt: new Date(),
        decidedById: actor.id,
        decisionReason: request.reason?.trim() || null,
        decisionMessage: request.message?.trim() || null,
        version: application.version + 1,
      },
    );
    if (request.decision === 'approve') {
      await this.participants.approve(
        manager,
        application,
        context.program.id,
        context.program.defaultMentorCapacity,
      );
    }
    const [person]: { id: string; email: string; displayName: string }[] = await manager.query(
      `SELECT id, email, display_name AS "displayName" FROM app_user WHERE id = $1`,
      [application.userId],
    );
    await this.mail.queue(manager, [
      decisionMail(
        this.invitations.mailContext(context),
        person,
        application.role,
        request.decision,
        request.message?.trim() || null,
      ),
    ]);
    const updated = await manager.getRepository(ApplicationEntity).findOneOrFail({
      where: { id: application.id },
      relations: { user: true, cohort: { program: true } },
    });
    return toSummary(updated);
  }
}

function assertDecisionText(request: DecisionRequest): void {
  if (request.decision !== 'reject') return;
  const problems = [];
  if (!request.reason || request.reason.trim().length < 5) {
    problems.push({ field: 'reason', message: 'a reason is required to reject (kept for HR)' });
  }
  if (!request.message || request.message.trim().length < 20) {
    problems.push({
      field: 'message',
      message: 'a message of at least 20 characters is required: the applicant will read it',
    });
  }
  if (problems.length > 0)
    throw new ValidationFailedError(
      'Rejecting needs a reason and a message to the applicant.',
      problems,
    );
}
