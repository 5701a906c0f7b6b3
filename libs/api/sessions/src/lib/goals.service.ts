import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, readTogether } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import type { MatchEntity } from '@mentorbridge/api-matching';
import type {
  GoalTemplate,
  AddMilestoneRequest,
  CreateGoalRequest,
  GoalProgressRequest,
  GoalView,
  PairOverview,
  PairSide,
  RelationshipPhase,
  UpdateGoalRequest,
} from '@mentorbridge/shared-contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  GoalMilestoneEntity,
  GoalUpdateEntity,
  PairGoalEntity,
  PairPhaseEntity,
} from './entities/goals.entities';
import { PairAccess, PairContext } from './pair-access';
import { PairKeys } from './pair-keys.service';

/** Rows of the milestone/update aggregate: sealed texts in base64, times as JSON strings. */
interface MilestoneRow {
  id: string;
  goalId: string;
  title: string;
  dueDate: string | null;
  doneAt: string | null;
}
interface UpdateRow {
  id: string;
  goalId: string;
  author: PairSide;
  progress: number;
  note: string | null;
  createdAt: string;
}

interface ChildrenRow {
  milestones: MilestoneRow[];
  updates: UpdateRow[];
}
interface FrameRow {
  phase: RelationshipPhase | null;
  updated_at: Date | null;
  goal_templates: GoalTemplate[] | null;
}

/** The program's suggested goals as ready-to-send requests, dated from the pair's start. */
function datedTemplates(templates: GoalTemplate[], match: MatchEntity): CreateGoalRequest[] {
  const start = (match.activatedAt ?? match.proposedAt).getTime();
  const dated = (days: number | undefined) =>
    days === undefined ? undefined : new Date(start + days * 86_400_000).toISOString().slice(0, 10);
  return templates.map((t) => ({
    title: t.title,
    why: t.why,
    measure: t.measure,
    targetDate: dated(t.targetDays),
    milestones: (t.milestones ?? []).map((m) => ({ title: m.title, dueDate: dated(m.dueDays) })),
  }));
}

const MENTEE_OWNS = 'Goals belong to the mentee: only they can set or change them.';

/**
 * The mentee's goals, milestones and progress updates, and the relationship's phase. The words
 * are sealed with the pair's key; only the pair reaches them.
 */
@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PairAccess,
    private readonly keys: PairKeys,
  ) {}

  async overview(actor: AuthUser, matchId: string): Promise<PairOverview> {
    const manager = this.dataSource.manager;
    const context = await this.access.reach(actor, matchId, manager);
    // The phase with the program's goal templates, and the goals: two independent reads.
    const [[frame], goals] = await readTogether<[FrameRow[], PairGoalEntity[]]>(
      manager,
      () =>
        manager.query(
          `SELECT ph.phase, ph.updated_at, p.goal_templates
           FROM cohort c JOIN program p ON p.id = c.program_id
           LEFT JOIN pair_phase ph ON ph.match_id = $2
          WHERE c.id = $1`,
          [context.match.cohortId, matchId],
        ),
      () =>
        manager
          .getRepository(PairGoalEntity)
          .find({ where: { matchId }, order: { createdAt: 'ASC', id: 'ASC' } }),
    );
    return {
      matchId,
      phase: frame?.phase ?? 'rapport',
      phaseUpdatedAt: frame?.updated_at ? new Date(frame.updated_at).toISOString() : null,
      goals: await this.views(manager, context, goals),
      goalTemplates:
        context.viewer === 'staff'
          ? []
          : datedTemplates(frame?.goal_templates ?? [], context.match),
    };
  }

  async setPhase(
    actor: AuthUser,
    matchId: string,
    phase: RelationshipPhase,
  ): Promise<PairOverview> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.access.member(actor, matchId, manager);
      await manager
        .getRepository(PairPhaseEntity)
        .upsert({ matchId, phase, updatedBySide: context.viewer }, ['matchId']);
    });
    return this.overview(actor, matchId);
  }

  async create(actor: AuthUser, matchId: string, body: CreateGoalRequest): Promise<GoalView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.member(actor, matchId, manager);
      if (context.viewer !== 'mentee') throw new ForbiddenError(MENTEE_OWNS);
      const key = await this.keys.keyFor(manager, matchId);
      const id = randomUUID();
      await manager.getRepository(PairGoalEntity).insert({
        id,
        matchId,
        titleSealed: this.keys.cipher.sealText(key, body.title.trim(), id),
        whySealed: this.keys.seal(key, body.why?.trim(), `${id}:why`),
        measureSealed: this.keys.seal(key, body.measure?.trim(), `${id}:measure`),
        targetDate: body.targetDate ?? null,
      });
      for (const m of body.milestones ?? []) await this.insertMilestone(manager, key, id, m);
      return this.one(manager, context, id);
    });
  }

  async update(actor: AuthUser, goalId: string, body: UpdateGoalRequest): Promise<GoalView> {
    return this.dataSource.transaction(async (manager) => {
      const { goal, context } = await this.goal(actor, goalId, manager);
      if (context.viewer !== 'mentee') throw new ForbiddenError(MENTEE_OWNS);
      const key = await this.keys.keyFor(manager, goal.matchId);
      if (body.title !== undefined)
        goal.titleSealed = this.keys.cipher.sealText(key, body.title.trim(), goal.id);
      if (body.why !== undefined)
        goal.whySealed = this.keys.seal(key, body.why.trim(), `${goal.id}:why`);
      if (body.measure !== undefined)
        goal.measureSealed = this.keys.seal(key, body.measure.trim(), `${goal.id}:measure`);
      if (body.targetDate !== undefined) goal.targetDate = body.targetDate;
      if (body.status !== undefined) {
        goal.status = body.status;
        if (body.status === 'achieved') goal.progress = 100;
      }
      await manager.getRepository(PairGoalEntity).save(goal);
      return this.one(manager, context, goal.id);
    });
  }

  async remove(actor: AuthUser, goalId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { goal, context } = await this.goal(actor, goalId, manager);
      if (context.viewer !== 'mentee') throw new ForbiddenError(MENTEE_OWNS);
      await manager.getRepository(PairGoalEntity).delete({ id: goal.id });
    });
  }

  /** Either side reports progress (0–100) with an optional note. */
  async progress(actor: AuthUser, goalId: string, body: GoalProgressRequest): Promise<GoalView> {
    return this.dataSource.transaction(async (manager) => {
      const { goal, context } = await this.goal(actor, goalId, manager);
      const key = await this.keys.keyFor(manager, goal.matchId);
      const id = randomUUID();
      await manager.getRepository(GoalUpdateEntity).insert({
        id,
        goalId,
        authorSide: context.viewer,
        progress: body.progress,
        noteSealed: this.keys.seal(key, body.note?.trim(), id),
      });
      goal.progress = body.progress;
      if (body.progress === 100 && goal.status === 'open') goal.status = 'achieved';
      await manager.getRepository(PairGoalEntity).save(goal);
      return this.one(manager, context, goal.id);
    });
  }

  async addMilestone(
    actor: AuthUser,
    goalId: string,
    body: AddMilestoneRequest,
  ): Promise<GoalView> {
    return this.dataSource.transaction(async (manager) => {
      const { goal, context } = await this.goal(actor, goalId, manager);
      if (context.viewer !== 'mentee') throw new ForbiddenError(MENTEE_OWNS);
      const key = await this.keys.keyFor(manager, goal.matchId);
      await this.insertMilestone(manager, key, goal.id, body);
      return this.one(manager, context, goal.id);
    });
  }

  /** Either side ticks a milestone done (or not). */
  async setMilestoneDone(actor: AuthUser, milestoneId: string, done: boolean): Promise<GoalView> {
    return this.dataSource.transaction(async (manager) => {
      const milestone = await manager
        .getRepository(GoalMilestoneEntity)
        .findOneBy({ id: milestoneId });
      if (!milestone) throw new NotFoundError('milestone');
      const { goal, context } = await this.goal(actor, milestone.goalId, manager).catch(
        (e: unknown) => {
          throw e instanceof NotFoundError ? new NotFoundError('milestone') : e;
        },
      );
      milestone.doneAt = done ? (milestone.doneAt ?? new Date()) : null;
      await manager.getRepository(GoalMilestoneEntity).save(milestone);
      return this.one(manager, context, goal.id);
    });
  }

  private async insertMilestone(
    manager: EntityManager,
    key: Buffer,
    goalId: string,
    m: AddMilestoneRequest,
  ): Promise<void> {
    const id = randomUUID();
    await manager.getRepository(GoalMilestoneEntity).insert({
      id,
      goalId,
      titleSealed: this.keys.cipher.sealText(key, m.title.trim(), id),
      dueDate: m.dueDate ?? null,
    });
  }

  private async goal(
    actor: AuthUser,
    goalId: string,
    manager: EntityManager,
  ): Promise<{ goal: PairGoalEntity; context: PairContext & { viewer: PairSide } }> {
    const goal = await manager
      .getRepository(PairGoalEntity)
      .createQueryBuilder('g')
      .where('g.id = :goalId', { goalId })
      .setLock('pessimistic_write')
      .getOne();
    if (!goal) throw new NotFoundError('goal');
    const context = await this.access.member(actor, goal.matchId, manager).catch((e: unknown) => {
      throw e instanceof NotFoundError ? new NotFoundError('goal') : e;
    });
    return { goal, context };
  }

  private async one(
    manager: EntityManager,
    context: PairContext,
    goalId: string,
  ): Promise<GoalView> {
    const goal = await manager.getRepository(PairGoalEntity).findOneByOrFail({ id: goalId });
    return (await this.views(manager, context, [goal]))[0];
  }

  private async views(
    manager: EntityManager,
    context: PairContext,
    goals: PairGoalEntity[],
  ): Promise<GoalView[]> {
    if (goals.length === 0) return [];
    // The key, and the milestones and progress updates of every goal in one statement.
    const [key, [children]] = await readTogether<[Buffer, ChildrenRow[]]>(
      manager,
      () => this.keys.keyFor(manager, context.match.id),
      () =>
        manager.query(
          `SELECT
         COALESCE((SELECT json_agg(json_build_object('id', m.id, 'goalId', m.goal_id,
                     'title', encode(m.title_sealed, 'base64'), 'dueDate', m.due_date, 'doneAt', m.done_at)
                     ORDER BY m.due_date, m.created_at)
                     FROM goal_milestone m WHERE m.goal_id = ANY($1::uuid[])), '[]'::json) AS milestones,
         COALESCE((SELECT json_agg(json_build_object('id', u.id, 'goalId', u.goal_id,
                     'author', u.author_side, 'progress', u.progress,
                     'note', encode(u.note_sealed, 'base64'), 'createdAt', u.created_at)
                     ORDER BY u.created_at DESC)
                     FROM goal_update u WHERE u.goal_id = ANY($1::uuid[])), '[]'::json) AS updates`,
          [goals.map((g) => g.id)],
        ),
    );
    const { milestones, updates } = children;
    const today = new Date().toISOString().slice(0, 10);
    return goals.map((g) => ({
      id: g.id,
      matchId: g.matchId,
      title: this.keys.cipher.openText(key, g.titleSealed, g.id),
      why: this.keys.open(key, g.whySealed, `${g.id}:why`),
      measure: this.keys.open(key, g.measureSealed, `${g.id}:measure`),
      targetDate: g.targetDate,
      status: g.status,
      progress: g.progress,
      milestones: milestones
        .filter((m) => m.goalId === g.id)
        .map((m) => ({
          id: m.id,
          title: this.keys.cipher.openText(key, Buffer.from(m.title, 'base64'), m.id),
          dueDate: m.dueDate,
          doneAt: m.doneAt ? new Date(m.doneAt).toISOString() : null,
          overdue: !m.doneAt && m.dueDate !== null && m.dueDate < today,
        })),
      updates: updates
        .filter((u) => u.goalId === g.id)
        .map((u) => ({
          id: u.id,
          author: u.author,
          progress: u.progress,
          note: this.keys.open(key, u.note === null ? null : Buffer.from(u.note, 'base64'), u.id),
          createdAt: new Date(u.createdAt).toISOString(),
        })),
      createdAt: g.createdAt.toISOString(),
    }));
  }
}
