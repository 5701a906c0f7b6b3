import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, NotFoundError, ValidationFailedError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  AssessmentDetail,
  AssessmentSummary,
  CreateAssessmentRequest,
  DEFAULT_READINESS_THRESHOLDS,
  FieldError,
  PERMISSIONS,
  ReadinessSummary,
  ReadinessThresholds,
  RespondentInput,
  RespondentStatus,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { ItemBankService } from '../bank/item-bank.service';
import {
  ReadinessAssessmentEntity,
  ReadinessAssessmentItemEntity,
  ReadinessRespondentEntity,
} from '../entities/readiness.entities';
import { computeResult } from './assessment-results';

const permission = PERMISSIONS.readinessManage;

/** Readiness assessments: create (freezing the bank), collect respondents, complete, score. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ProgramAccess,
    private readonly bank: ItemBankService,
  ) {}

  async list(actor: AuthUser, programId: string): Promise<AssessmentSummary[]> {
    await this.access.assertManageable(actor, programId, { permission });
    const assessments = await this.dataSource
      .getRepository(ReadinessAssessmentEntity)
      .find({ where: { programId }, order: { createdAt: 'DESC' } });
    const summaries: AssessmentSummary[] = [];
    for (const a of assessments) summaries.push(await this.summary(this.dataSource.manager, a));
    return summaries;
  }

  async create(
    actor: AuthUser,
    programId: string,
    input: CreateAssessmentRequest,
  ): Promise<AssessmentDetail> {
    const thresholds = input.thresholds ?? DEFAULT_READINESS_THRESHOLDS;
    assertThresholds(thresholds);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.access.assertManageable(actor, programId, { permission, manager });
      const assessment = await manager.getRepository(ReadinessAssessmentEntity).save(
        manager.getRepository(ReadinessAssessmentEntity).create({
          programId,
          title: input.title,
          scopeLabel: input.scopeLabel,
          status: 'open',
          thresholds,
          createdById: actor.id,
        }),
      );
      const items = await this.bank.bank(manager, programId, { activeOnly: true });
      await manager.getRepository(ReadinessAssessmentItemEntity).insert(
        items.map((item, position) => ({
          assessmentId: assessment.id,
          sourceKey: item.id,
          dimension: item.dimension,
          text: item.text,
          helpText: item.helpText,
          recommendation: item.recommendation,
          position,
        })),
      );
      await this.addRespondents(manager, assessment.id, input.respondents);
      return assessment.id;
    });
    return this.get(actor, id);
  }

  async get(
    actor: AuthUser,
    assessmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AssessmentDetail> {
    const assessment = await this.findManageable(actor, assessmentId, manager);
    const summary = await this.summary(manager, assessment);
    const respondents = await this.respondentStatus(manager, assessmentId);
    const previous = await manager
      .getRepository(ReadinessAssessmentEntity)
      .createQueryBuilder('a')
      .where('a.programId = :programId AND a.id <> :id AND a.status = :completed', {
        programId: assessment.programId,
        id: assessment.id,
        completed: 'completed',
      })
      .andWhere('a.createdAt < :createdAt', { createdAt: assessment.createdAt })
      .orderBy('a.createdAt', 'DESC')
      .getOne();
    const previousResult = previous
      ? await computeResult(manager, previous.id, previous.thresholds)
      : null;
    const [{ name }]: { name: string }[] = await manager.query(
      `SELECT name FROM program WHERE id = $1`,
      [assessment.programId],
    );
    return {
      ...summary,
      programName: name,
      thresholds: assessment.thresholds,
      respondentStatus: respondents,
      result: await computeResult(manager, assessment.id, assessment.thresholds),
      previous:
        previous && previousResult
          ? {
              id: previous.id,
              title: previous.title,
              completedAt: previous.completedAt?.toISOString() ?? null,
              overall: previousResult.overall,
              band: previousResult.band,
              dimensions: previousResult.dimensions.map((d) => ({
                dimension: d.dimension,
                score: d.score,
              })),
            }
          : null,
    };
  }

  async addRespondent(
    actor: AuthUser,
    assessmentId: string,
    input: RespondentInput,
  ): Promise<AssessmentDetail> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.findManageable(actor, assessmentId, manager);
      assertOpen(assessment);
      const existing = await manager
        .getRepository(ReadinessRespondentEntity)
        .findOne({ where: { assessmentId, userId: input.userId } });
      if (existing) {
        throw new ConflictError('This person is already a respondent.', [
          { field: 'userId', message: 'is already a respondent' },
        ]);
      }
      await this.addRespondents(manager, assessmentId, [input]);
      return this.get(actor, assessmentId, manager);
    });
  }

  async removeRespondent(
    actor: AuthUser,
    assessmentId: string,
    userId: string,
  ): Promise<AssessmentDetail> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.findManageable(actor, assessmentId, manager);
      assertOpen(assessment);
      const result = await manager.delete(ReadinessRespondentEntity, { assessmentId, userId });
      if (!result.affected) throw new NotFoundError('respondent');
      return this.get(actor, assessmentId, manager);
    });
  }

  /** Freezes the answers; the result then counts for the launch gate. */
  async complete(actor: AuthUser, assessmentId: string): Promise<AssessmentDetail> {
    return this.dataSource.transaction(async (manager) => {
      const assessment = await this.findManageable(actor, assessmentId, manager);
      assertOpen(assessment);
      const [{ answered }]: { answered: number }[] = await manager.query(
        `SELECT count(*)::int AS answered FROM readiness_answer a
           JOIN readiness_respondent r ON r.id = a.respondent_id
          WHERE r.assessment_id = $1 AND a.score IS NOT NULL`,
        [assessmentId],
      );
      if (answered === 0) {
        throw new ConflictError('Nobody has answered yet: there is nothing to complete.');
      }
      await manager.update(
        ReadinessAssessmentEntity,
        { id: assessmentId },
        { status: 'completed', completedAt: new Date(), version: assessment.version + 1 },
      );
      return this.get(actor, assessmentId, manager);
    });
  }

  /** For program lists: the latest completed assessment per program, else the latest open one. */
  async summaries(
    programIds: string[],
    manager: EntityManager,
  ): Promise<Map<string, ReadinessSummary>> {
    if (programIds.length === 0) return new Map();
    const latest: { id: string }[] = await manager.query(
      `SELECT DISTINCT ON (program_id) id FROM readiness_assessment
        WHERE program_id = ANY($1::uuid[])
        ORDER BY program_id, (status = 'completed') DESC, created_at DESC`,
      [programIds],
    );
    const rows = latest.length
      ? await manager
          .getRepository(ReadinessAssessmentEntity)
          .findBy({ id: In(latest.map((l) => l.id)) })
      : [];
    const result = new Map<string, ReadinessSummary>();
    for (const a of rows) {
      const scored = await computeResult(manager, a.id, a.thresholds);
      result.set(a.programId, {
        assessmentId: a.id,
        title: a.title,
        band: scored.band,
        overall: scored.overall,
        completedAt: a.completedAt?.toISOString() ?? null,
        status: a.status,
      });
    }
    return result;
  }

  /** The latest completed assessment of a program (the one the launch gate looks at). */
  async latestCompleted(manager: EntityManager, programId: string) {
    const assessment = await manager.getRepository(ReadinessAssessmentEntity).findOne({
      where: { programId, status: 'completed' },
      order: { completedAt: 'DESC' },
    });
    if (!assessment) return null;
    return {
      assessment,
      result: await computeResult(manager, assessment.id, assessment.thresholds),
    };
  }

  private async findManageable(actor: AuthUser, assessmentId: string, manager: EntityManager) {
    const assessment = await manager
      .getRepository(ReadinessAssessmentEntity)
      .findOne({ where: { id: assessmentId } });
    if (!assessment || !this.access.canManage(actor, assessment.programId, permission)) {
      throw new NotFoundError('assessment');
    }
    return assessment;
  }

  private async summary(
    manager: EntityManager,
    a: ReadinessAssessmentEntity,
  ): Promise<AssessmentSummary> {
    const result = await computeResult(manager, a.id, a.thresholds);
    const [{ respondents, submitted }]: { respondents: number; submitted: number }[] =
      await manager.query(
        `SELECT count(*)::int AS respondents, count(submitted_at)::int AS submitted
         FROM readiness_respondent WHERE assessment_id = $1`,
        [a.id],
      );
    return {
      id: a.id,
      programId: a.programId,
      title: a.title,
      scopeLabel: a.scopeLabel,
      status: a.status,
      band: result.band,
      overall: result.overall,
      respondents,
      respondentsSubmitted: submitted,
      createdAt: a.createdAt.toISOString(),
      completedAt: a.completedAt?.toISOString() ?? null,
    };
  }

  private async respondentStatus(
    manager: EntityManager,
    assessmentId: string,
  ): Promise<RespondentStatus[]> {
    const rows: {
      user_id: string;
      display_name: string;
      email: string;
      role: RespondentStatus['role'];
      answered: number;
      submitted_at: Date | null;
    }[] = await manager.query(
      `SELECT r.user_id, u.display_name, u.email, r.role, r.submitted_at,
              (SELECT count(*)::int FROM readiness_answer a WHERE a.respondent_id = r.id) AS answered
         FROM readiness_respondent r JOIN app_user u ON u.id = r.user_id
        WHERE r.assessment_id = $1
        ORDER BY array_position(ARRAY['hr', 'sponsor', 'manager', 'other']::varchar[], r.role), u.display_name`,
      [assessmentId],
    );
    return rows.map((r) => ({
      person: { id: r.user_id, displayName: r.display_name, email: r.email },
      role: r.role,
      answered: r.answered,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    }));
  }

  private async addRespondents(
    manager: EntityManager,
    assessmentId: string,
    respondents: RespondentInput[],
  ) {
    if (respondents.length === 0) return;
    const ids = respondents.map((r) => r.userId);
    const active: { id: string }[] = await manager.query(
      `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND status <> 'deactivated'`,
      [ids],
    );
    const problems: FieldError[] = [];
    respondents.forEach((r, index) => {
      if (!active.some((a) => a.id === r.userId)) {
        problems.push({
          field: `respondents.${index}.userId`,
          message: 'is not an active person in the directory',
        });
      }
      if (ids.indexOf(r.userId) !== index) {
        problems.push({ field: `respondents.${index}.userId`, message: 'is listed twice' });
      }
    });
    if (problems.length > 0)
      throw new ValidationFailedError('Some respondents cannot be added.', problems);
    await manager
      .getRepository(ReadinessRespondentEntity)
      .insert(respondents.map((r) => ({ assessmentId, userId: r.userId, role: r.role })));
  }
}

function assertOpen(assessment: ReadinessAssessmentEntity): void {
  if (assessment.status !== 'open') {
    throw new ConflictError('This assessment is completed; start a new one for the next cycle.');
  }
}

function assertThresholds(t: ReadinessThresholds): void {
  const ordered =
    t.ready.overall <= t.strong.overall &&
    t.strong.overall <= t.exemplary.overall &&
    t.ready.minimum <= t.strong.minimum &&
    t.strong.minimum <= t.exemplary.minimum;
  if (!ordered) {
    throw new ValidationFailedError(
      'Bands must rise: ready ≤ strong ≤ exemplary, for overall and minimum.',
      [{ field: 'thresholds', message: 'must rise from ready to strong to exemplary' }],
    );
  }
}
