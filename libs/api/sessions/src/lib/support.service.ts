import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import type {
  CheckInView,
  FlagView,
  LogCheckInRequest,
  PairHealthView,
  RaiseFlagRequest,
  SessionStatus,
  SupportSummary,
} from '@mentorbridge/shared-contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CoordinatorCheckInEntity, PairFlagEntity } from './entities/support.entities';
import { PairAccess } from './pair-access';
import { assessPair } from './pair-health';
import { PairKeys } from './pair-keys.service';

interface PairRow {
  match_id: string;
  cohort_id: string;
  program_id: string;
  cohort_name: string;
  program_name: string;
  cadence_weeks: number;
  activated_at: Date | null;
  mentor_id: string;
  mentor_name: string;
  mentee_id: string;
  mentee_name: string;
  check_ins: number;
  open_flags: number;
  overdue_milestones: number;
  low_satisfaction: number | null;
  poor_fit: { side: 'mentor' | 'mentee'; fit: number }[] | null;
  sessions: { at: string; status: SessionStatus }[] | null;
}

/**
 * Support around a pair: concerns (flags) raised to HR by either side — never shown to the
 * partner —, coordinator check-ins logged by HR, and each active pair's health with the reasons it
 * may be at risk.
 */
@Injectable()
export class SupportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PairAccess,
    private readonly programs: ProgramAccess,
    private readonly keys: PairKeys,
  ) {}

  async raiseFlag(actor: AuthUser, matchId: string, body: RaiseFlagRequest): Promise<FlagView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.member(actor, matchId, manager);
      const key = await this.keys.keyFor(manager, matchId);
      const id = randomUUID();
      await manager.getRepository(PairFlagEntity).insert({
        id,
        matchId,
        raisedById: actor.id,
        raisedBySide: context.viewer,
        topic: body.topic,
        urgency: body.urgency,
        messageSealed: this.keys.cipher.sealText(key, body.message.trim(), id),
      });
      const row = await manager.getRepository(PairFlagEntity).findOneByOrFail({ id });
      return this.flagView(row, key);
    });
  }

  /** HR of the program: every flag of the pair. Either side: only the flags they raised. */
  async flags(actor: AuthUser, matchId: string): Promise<FlagView[]> {
    const manager = this.dataSource.manager;
    const context = await this.access.reach(actor, matchId, manager, { staff: true });
    const rows = await manager.getRepository(PairFlagEntity).find({
      where: context.viewer === 'staff' ? { matchId } : { matchId, raisedById: actor.id },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    if (!rows.length) return [];
    const key = await this.keys.keyFor(manager, matchId);
    return rows.map((r) => this.flagView(r, key));
  }

  async resolveFlag(actor: AuthUser, flagId: string, note: string): Promise<FlagView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(PairFlagEntity)
        .createQueryBuilder('f')
        .where('f.id = :flagId', { flagId })
        .setLock('pessimistic_write')
        .getOne();
      if (!row) throw new NotFoundError('concern');
      const context = await this.access
        .reach(actor, row.matchId, manager, { staff: true })
        .catch(() => {
          throw new NotFoundError('concern');
        });
      if (context.viewer !== 'staff') throw new NotFoundError('concern');
      if (row.status === 'resolved') throw new ConflictError('This concern is already resolved.');
      row.status = 'resolved';
      row.resolvedAt = new Date();
      row.resolvedById = actor.id;
      row.resolution = note.trim();
      await manager.getRepository(PairFlagEntity).save(row);
      return this.flagView(row, await this.keys.keyFor(manager, row.matchId));
    });
  }

  async logCheckIn(
    actor: AuthUser,
    matchId: string,
    body: LogCheckInRequest,
  ): Promise<CheckInView> {
    return this.dataSource.transaction(async (manager) => {
      await this.staffOnly(actor, matchId, manager);
      const saved = await manager.getRepository(CoordinatorCheckInEntity).save(
        manager.getRepository(CoordinatorCheckInEntity).create({
          matchId,
          at: new Date(body.at),
          channel: body.channel,
          outcome: body.outcome.trim(),
          byId: actor.id,
        }),
      );
      return (await this.checkInViews(manager, [saved]))[0];
    });
  }

  async checkIns(actor: AuthUser, matchId: string): Promise<CheckInView[]> {
    const manager = this.dataSource.manager;
    await this.staffOnly(actor, matchId, manager);
    const rows = await manager
      .getRepository(CoordinatorCheckInEntity)
      .find({ where: { matchId }, order: { at: 'DESC', id: 'ASC' } });
    return this.checkInViews(manager, rows);
  }

  /** HR: the cohort's active pairs with their health, at-risk first. */
  async cohortPairs(
    actor: AuthUser,
    cohortId: string,
    now = new Date(),
  ): Promise<PairHealthView[]> {
    const manager = this.dataSource.manager;
    await this.programs.programOfCohort(actor, cohortId, manager);
    const rows = await this.pairRows(manager, { cohortId });
    return rows
      .map((r) => this.health(r, now))
      .sort(
        (a, b) =>
          b.risks.length - a.risks.length ||
          Number(b.checkInOverdue) - Number(a.checkInOverdue) ||
          a.mentee.displayName.localeCompare(b.mentee.displayName),
      );
  }

  /** HR home: pairs at risk, check-ins due and open concerns across the programs I run. */
  async summary(actor: AuthUser, now = new Date()): Promise<SupportSummary> {
    const programIds = this.programs.manageableProgramIds(actor);
    const rows = await this.pairRows(this.dataSource.manager, { programIds });
    const cohorts = new Map<string, SupportSummary['cohorts'][number]>();
    for (const row of rows) {
      const health = this.health(row, now);
      const entry = cohorts.get(row.cohort_id) ?? {
        cohortId: row.cohort_id,
        programId: row.program_id,
        cohortName: row.cohort_name,
        programName: row.program_name,
        atRisk: 0,
        checkInsDue: 0,
        openFlags: 0,
      };
      if (health.risks.length) entry.atRisk++;
      if (health.checkInOverdue) entry.checkInsDue++;
      entry.openFlags += health.openFlags;
      cohorts.set(row.cohort_id, entry);
    }
    const list = [...cohorts.values()].filter((c) => c.atRisk || c.checkInsDue || c.openFlags);
    return {
      atRiskPairs: list.reduce((s, c) => s + c.atRisk, 0),
      checkInsDue: list.reduce((s, c) => s + c.checkInsDue, 0),
      openFlags: list.reduce((s, c) => s + c.openFlags, 0),
      cohorts: list,
    };
  }

  private health(row: PairRow, now: Date): PairHealthView {
    const activatedAt = row.activated_at ?? now;
    const assessed = assessPair(
      {
        activatedAt,
        cadenceWeeks: row.cadence_weeks,
        sessions: (row.sessions ?? []).map((s) => ({ at: new Date(s.at), status: s.status })),
        checkIns: row.check_ins,
        openFlags: row.open_flags,
        overdueMilestones: row.overdue_milestones,
        lowestRecentSatisfaction: row.low_satisfaction,
        poorFitAnswers: row.poor_fit ?? [],
      },
      now,
    );
    return {
      matchId: row.match_id,
      mentor: { userId: row.mentor_id, displayName: row.mentor_name },
      mentee: { userId: row.mentee_id, displayName: row.mentee_name },
      activatedAt: row.activated_at ? row.activated_at.toISOString() : null,
      sessionsHeld: assessed.sessionsHeld,
      lastSessionAt: assessed.lastSessionAt ? assessed.lastSessionAt.toISOString() : null,
      nextCheckInDue: assessed.nextCheckInDue.toISOString(),
      checkInOverdue: assessed.checkInOverdue,
      checkIns: row.check_ins,
      openFlags: row.open_flags,
      risks: assessed.risks,
    };
  }

  private pairRows(
    manager: EntityManager,
    scope: { cohortId?: string; programIds?: string[] | null },
  ): Promise<PairRow[]> {
    const where = scope.cohortId
      ? { sql: 'm.cohort_id = $1', params: [scope.cohortId] }
      : scope.programIds === null || scope.programIds === undefined
        ? { sql: 'TRUE', params: [] }
        : { sql: 'c.program_id = ANY($1::uuid[])', params: [scope.programIds] };
    return manager.query(
      `SELECT m.id AS match_id, m.cohort_id, c.program_id, c.name AS cohort_name, p.name AS program_name,
              p.cadence_weeks, m.activated_at,
              mr.id AS mentor_id, mr.display_name AS mentor_name, me.id AS mentee_id, me.display_name AS mentee_name,
              (SELECT count(*)::int FROM coordinator_check_in ci WHERE ci.match_id = m.id) AS check_ins,
              (SELECT count(*)::int FROM pair_flag f WHERE f.match_id = m.id AND f.status = 'open') AS open_flags,
              (SELECT count(*)::int FROM goal_milestone gm JOIN pair_goal g ON g.id = gm.goal_id
                WHERE g.match_id = m.id AND g.status = 'open' AND gm.done_at IS NULL AND gm.due_date < CURRENT_DATE) AS overdue_milestones,
              (SELECT min(pr.satisfaction) FROM pulse_response pr
                WHERE pr.match_id = m.id AND pr.answered_at IS NOT NULL
                  AND pr.due_on = (SELECT max(x.due_on) FROM pulse_response x
                                    WHERE x.match_id = m.id AND x.answered_at IS NOT NULL)) AS low_satisfaction,
              (SELECT json_agg(json_build_object('side', pf.side, 'fit', pf.fit) ORDER BY pf.side)
                 FROM pairing_fit_response pf
                WHERE pf.match_id = m.id AND (pf.fit <= 2 OR pf.continue_answer = 'no')) AS poor_fit,
              (SELECT json_agg(json_build_object('at', s.scheduled_at, 'status', s.status) ORDER BY s.scheduled_at)
                 FROM mentoring_session s WHERE s.match_id = m.id AND s.status <> 'scheduled') AS sessions
         FROM match m
         JOIN cohort c ON c.id = m.cohort_id
         JOIN program p ON p.id = c.program_id
         JOIN app_user mr ON mr.id = m.mentor_user_id
         JOIN app_user me ON me.id = m.mentee_user_id
        WHERE m.state = 'active' AND ${where.sql}
        ORDER BY me.display_name, m.id`,
      where.params,
    );
  }

  private async staffOnly(actor: AuthUser, matchId: string, manager: EntityManager): Promise<void> {
    const context = await this.access.reach(actor, matchId, manager, { staff: true });
    if (context.viewer !== 'staff') throw new NotFoundError('match');
  }

  private flagView(row: PairFlagEntity, key: Buffer): FlagView {
    return {
      id: row.id,
      matchId: row.matchId,
      raisedBy: row.raisedBySide,
      topic: row.topic,
      urgency: row.urgency,
      message: this.keys.cipher.openText(key, row.messageSealed, row.id),
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      resolvedAt: row.resolvedAt ? row.resolvedAt.toISOString() : null,
      resolution: row.resolution,
    };
  }

  private async checkInViews(
    manager: EntityManager,
    rows: CoordinatorCheckInEntity[],
  ): Promise<CheckInView[]> {
    const ids = [...new Set(rows.map((r) => r.byId).filter((id): id is string => id !== null))];
    const people: { id: string; display_name: string }[] = ids.length
      ? await manager.query(`SELECT id, display_name FROM app_user WHERE id = ANY($1::uuid[])`, [
          ids,
        ])
      : [];
    const names = new Map(people.map((p) => [p.id, p.display_name]));
    return rows.map((r) => ({
      id: r.id,
      matchId: r.matchId,
      at: r.at.toISOString(),
      channel: r.channel,
      outcome: r.outcome,
      by: r.byId ? { id: r.byId, displayName: names.get(r.byId) ?? 'Former HR lead' } : null,
    }));
  }
}
