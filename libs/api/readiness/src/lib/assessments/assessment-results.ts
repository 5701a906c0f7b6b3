import { scoreReadiness } from '@mentorbridge/shared-util';
import type {
  ReadinessResult,
  ReadinessThresholds,
  RespondentRole,
} from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';
import { ReadinessAssessmentItemEntity } from '../entities/readiness.entities';

/** Scores an assessment from its frozen items and the answers given so far. */
export async function computeResult(
  manager: EntityManager,
  assessmentId: string,
  thresholds: ReadinessThresholds,
): Promise<ReadinessResult> {
  const items = await manager
    .getRepository(ReadinessAssessmentItemEntity)
    .find({ where: { assessmentId }, order: { position: 'ASC' } });
  const answers: {
    item_id: string;
    respondent_id: string;
    role: RespondentRole;
    score: number | null;
  }[] = await manager.query(
    `SELECT a.item_id, a.respondent_id, r.role, a.score
         FROM readiness_answer a JOIN readiness_respondent r ON r.id = a.respondent_id
        WHERE r.assessment_id = $1`,
    [assessmentId],
  );
  return scoreReadiness(
    items.map((i) => ({
      id: i.id,
      dimension: i.dimension,
      text: i.text,
      recommendation: i.recommendation,
    })),
    answers.map((a) => ({
      itemId: a.item_id,
      respondentId: a.respondent_id,
      role: a.role,
      score: a.score,
    })),
    thresholds,
  );
}
