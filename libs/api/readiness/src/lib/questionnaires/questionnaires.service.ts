import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, NotFoundError, ValidationFailedError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import type {
  Questionnaire,
  QuestionnaireSummary,
  SaveAnswersRequest,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import {
  ReadinessAssessmentEntity,
  ReadinessAssessmentItemEntity,
  ReadinessRespondentEntity,
} from '../entities/readiness.entities';

/**
 * The respondent's side: the questionnaires I was asked to answer. Only a respondent sees a
 * questionnaire (404 for anyone else); answers can change until HR completes the assessment.
 */
@Injectable()
export class QuestionnairesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async mine(actor: AuthUser): Promise<QuestionnaireSummary[]> {
    const rows: {
      assessment_id: string;
      program_name: string;
      title: string;
      answered: number;
      total: number;
      submitted_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT a.id AS assessment_id, p.name AS program_name, a.title, r.submitted_at,
              (SELECT count(*)::int FROM readiness_answer x WHERE x.respondent_id = r.id) AS answered,
              (SELECT count(*)::int FROM readiness_assessment_item i WHERE i.assessment_id = a.id) AS total
         FROM readiness_respondent r
         JOIN readiness_assessment a ON a.id = r.assessment_id
         JOIN program p ON p.id = a.program_id
        WHERE r.user_id = $1 AND a.status = 'open'
        ORDER BY a.created_at DESC`,
      [actor.id],
    );
    return rows.map((r) => ({
      assessmentId: r.assessment_id,
      programName: r.program_name,
      title: r.title,
      answered: r.answered,
      total: r.total,
      submittedAt: r.submitted_at ? new Date(r.submitted_at).toISOString() : null,
    }));
  }

  async get(
    actor: AuthUser,
    assessmentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Questionnaire> {
    const { assessment, respondent } = await this.findOwn(actor, assessmentId, manager);
    const items = await manager
      .getRepository(ReadinessAssessmentItemEntity)
      .find({ where: { assessmentId }, order: { position: 'ASC' } });
    const answers: { item_id: string; score: number | null }[] = await manager.query(
      `SELECT item_id, score FROM readiness_answer WHERE respondent_id = $1`,
      [respondent.id],
    );
    const [{ name }]: { name: string }[] = await manager.query(
      `SELECT name FROM program WHERE id = $1`,
      [assessment.programId],
    );
    return {
      assessmentId,
      programName: name,
      title: assessment.title,
      scopeLabel: assessment.scopeLabel,
      role: respondent.role,
      status: assessment.status,
      submittedAt: respondent.submittedAt?.toISOString() ?? null,
      items: items.map((i) => {
        const answer = answers.find((a) => a.item_id === i.id);
        return {
          id: i.id,
          dimension: i.dimension,
          text: i.text,
          helpText: i.helpText,
          answered: answer !== undefined,
          score: answer?.score ?? null,
        };
      }),
    };
  }

  async save(
    actor: AuthUser,
    assessmentId: string,
    request: SaveAnswersRequest,
  ): Promise<Questionnaire> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, respondent } = await this.findOwn(actor, assessmentId, manager);
      if (assessment.status !== 'open') {
        throw new ConflictError('This assessment is completed; answers can no longer change.');
      }
      const itemIds: { id: string }[] = await manager.query(
        `SELECT id FROM readiness_assessment_item WHERE assessment_id = $1`,
        [assessmentId],
      );
      const known = new Set(itemIds.map((i) => i.id));
      const unknown = request.answers
        .map((a, index) => ({ a, index }))
        .filter(({ a }) => !known.has(a.itemId))
        .map(({ index }) => ({
          field: `answers.${index}.itemId`,
          message: 'is not an item of this questionnaire',
        }));
      if (unknown.length > 0)
        throw new ValidationFailedError('Some answers are for unknown items.', unknown);
      if (request.answers.length > 0) {
        await manager.query(
          `INSERT INTO readiness_answer (respondent_id, item_id, score)
           SELECT $1, item_id, score FROM unnest($2::uuid[], $3::smallint[]) AS t(item_id, score)
           ON CONFLICT (respondent_id, item_id) DO UPDATE SET score = EXCLUDED.score, updated_at = now()`,
          [
            respondent.id,
            request.answers.map((a) => a.itemId),
            request.answers.map((a) => a.score ?? null),
          ],
        );
      }
      if (request.submit) {
        await manager.update(
          ReadinessRespondentEntity,
          { id: respondent.id },
          { submittedAt: new Date() },
        );
      }
      return this.get(actor, assessmentId, manager);
    });
  }

  private async findOwn(actor: AuthUser, assessmentId: string, manager: EntityManager) {
    const respondent = await manager
      .getRepository(ReadinessRespondentEntity)
      .findOne({ where: { assessmentId, userId: actor.id } });
    const assessment = respondent
      ? await manager
          .getRepository(ReadinessAssessmentEntity)
          .findOne({ where: { id: assessmentId } })
      : null;
    if (!respondent || !assessment) throw new NotFoundError('questionnaire');
    return { assessment, respondent };
  }
}
