import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, ConflictError, returnedRows } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import {
  CohortTransitionEntity,
  ProgramAccess,
  ProgramExtensions,
} from '@mentorbridge/api-programs';
import {
  CloseCohortRequest,
  CloseCohortResult,
  ClosureReason,
  CohortClosingPreview,
  CohortClosureRow,
  CohortClosureSummary,
  CohortState,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { ClosureService, extensionView } from './closure.service';
import {
  ClosureResponseEntity,
  MatchClosureEntity,
  MatchExtensionEntity,
} from './entities/closure.entities';
import { isDocumented, loadPairData, sideDocumentation } from './pair-data';

/** SQL: the match `m` has a documented closure (see isDocumented). */
export const DOCUMENTED_SQL = `(EXISTS (SELECT 1 FROM match_closure mc WHERE mc.match_id = m.id)
  AND (SELECT count(*) FROM closure_response r WHERE r.match_id = m.id
        AND (r.answered_at IS NOT NULL OR r.chased_at IS NOT NULL)
        AND r.contact_preference IS NOT NULL) = 2)`;

interface PairRow {
  id: string;
  state: string;
  planned_end: string | null;
  mentor_id: string;
  mentor_name: string;
  mentee_id: string;
  mentee_name: string;
}

/**
 * Closing a cohort: a preview of what will happen, then every remaining active pair completed in
 * one transaction (proposals cancelled, exit surveys sent, the cohort moved to "closing"). The
 * cohort then moves to "closed" once every closure is documented, or when HR overrides with a
 * reason (a gate on the cohort's state machine).
 */
@Injectable()
export class CohortClosureService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programs: ProgramAccess,
    private readonly extensions: ProgramExtensions,
    private readonly closures: ClosureService,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.extensions.registerGate({
      name: 'No active pairs',
      from: 'active',
      to: 'closing',
      overridable: false,
      check: async (cohort, manager) => {
        const [{ n }]: { n: number }[] = await manager.query(
          `SELECT count(*)::int AS n FROM match WHERE cohort_id = $1 AND state = 'active'`,
          [cohort.id],
        );
        return n === 0
          ? { ok: true, reason: null }
          : {
              ok: false,
              reason: `${n} pair${n === 1 ? ' is' : 's are'} still active: use "Close cohort" on the closures page, which completes them together and sends the exit surveys.`,
            };
      },
    });
    this.extensions.registerGate({
      name: 'Closures documented',
      from: 'closing',
      to: 'closed',
      overridable: true,
      check: async (cohort, manager) => {
        const [{ n }]: { n: number }[] = await manager.query(
          `SELECT count(*)::int AS n FROM match m
            WHERE m.cohort_id = $1 AND m.state IN ('completed', 'closed_early') AND NOT ${DOCUMENTED_SQL}`,
          [cohort.id],
        );
        return n === 0
          ? { ok: true, reason: null }
          : {
              ok: false,
              reason: `${n} closure${n === 1 ? ' is' : 's are'} not fully documented (exit surveys answered or chased, contact preferences recorded).`,
            };
      },
    });
  }

  async summary(actor: AuthUser, cohortId: string): Promise<CohortClosureSummary> {
    const manager = this.dataSource.manager;
    await this.programs.programOfCohort(actor, cohortId, manager);
    const cohort = await this.cohort(manager, cohortId);
    const pairs = await this.pairs(manager, cohortId, ['active', 'completed', 'closed_early']);
    const ids = pairs.map((p) => p.id);
    const [closures, responses, pending] = ids.length
      ? await Promise.all([
          manager.getRepository(MatchClosureEntity).find({ where: { matchId: In(ids) } }),
          manager.getRepository(ClosureResponseEntity).find({ where: { matchId: In(ids) } }),
          manager
            .getRepository(MatchExtensionEntity)
            .find({ where: { matchId: In(ids), state: 'pending' } }),
        ])
      : [[], [], []];
    const rows: CohortClosureRow[] = pairs.map((p) => {
      const closure = closures.find((c) => c.matchId === p.id);
      const ended = p.state !== 'active';
      const mentorDoc = sideDocumentation(
        responses.find((r) => r.matchId === p.id && r.side === 'mentor'),
      );
      const menteeDoc = sideDocumentation(
        responses.find((r) => r.matchId === p.id && r.side === 'mentee'),
      );
      const extension = pending.find((e) => e.matchId === p.id);
      return {
        matchId: p.id,
        mentor: { userId: p.mentor_id, displayName: p.mentor_name },
        mentee: { userId: p.mentee_id, displayName: p.mentee_name },
        state: p.state,
        plannedEnd: p.planned_end,
        kind: closure?.kind ?? null,
        reason: closure?.reason ?? null,
        initiatedBy: closure?.initiatedBy ?? null,
        closedAt: closure ? closure.closedAt.toISOString() : null,
        mentorDoc: ended ? mentorDoc : null,
        menteeDoc: ended ? menteeDoc : null,
        documented: ended && isDocumented(!!closure, mentorDoc, menteeDoc),
        pendingExtension: extension ? extensionView(extension) : null,
      };
    });
    const closed = rows.filter((r) => r.state !== 'active');
    const early = new Map<ClosureReason, number>();
    for (const r of closed)
      if (r.kind === 'early' && r.reason) early.set(r.reason, (early.get(r.reason) ?? 0) + 1);
    return {
      cohortId,
      cohortName: cohort.name,
      cohortState: cohort.state,
      endDate: cohort.end_date,
      active: rows.length - closed.length,
      closed: closed.length,
      documented: closed.filter((r) => r.documented).length,
      undocumented: closed.filter((r) => !r.documented).length,
      earlyByReason: [...early].map(([reason, count]) => ({ reason, count })),
      pendingExtensions: pending.length,
      rows,
    };
  }

  async preview(actor: AuthUser, cohortId: string): Promise<CohortClosingPreview> {
    const manager = this.dataSource.manager;
    await this.programs.programOfCohort(actor, cohortId, manager);
    return this.previewIn(manager, cohortId);
  }

  async close(
    actor: AuthUser,
    cohortId: string,
    request: CloseCohortRequest,
  ): Promise<CloseCohortResult> {
    return this.dataSource.transaction(async (manager) => {
      await this.programs.programOfCohort(actor, cohortId, manager);
      await manager.query(`SELECT id FROM cohort WHERE id = $1 FOR UPDATE`, [cohortId]);
      const cohort = await this.cohort(manager, cohortId);
      if (cohort.state !== 'active')
        throw new ConflictError('Only an active cohort can be closed.');
      const preview = await this.previewIn(manager, cohortId, true);
      if (preview.active.length !== request.expectedActive)
        throw new ConflictError(
          `The cohort changed since the preview: ${preview.active.length} active pairs now, not ${request.expectedActive}. Review the preview again.`,
        );
      const now = new Date();
      const matches = preview.active.length
        ? await manager
            .getRepository(MatchEntity)
            .find({ where: { id: In(preview.active.map((a) => a.matchId)) } })
        : [];
      const pairs = [];
      for (const match of matches) {
        const pair = await loadPairData(manager, match);
        await this.closures.endMatch(manager, pair, 'completed', now, {
          mentorRematchFrom: null,
          menteeRematchFrom: null,
        });
        pairs.push(pair);
      }
      if (matches.length)
        await manager.getRepository(MatchClosureEntity).insert(
          matches.map((m) => ({
            matchId: m.id,
            kind: 'planned' as const,
            reason: 'cohort_closed' as const,
            reasonText: null,
            initiatedBy: 'hr' as const,
            initiatedById: actor.id,
            messageSealed: null,
            closedAt: now,
          })),
        );
      const cancelled = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE match SET state = 'cancelled', ended_at = $2
          WHERE cohort_id = $1 AND state = 'proposed' RETURNING id`,
          [cohortId, now],
        ),
      );
      await manager.query(
        `UPDATE cohort SET state = 'closing', version = version + 1 WHERE id = $1`,
        [cohortId],
      );
      await manager.getRepository(CohortTransitionEntity).insert({
        cohortId,
        fromState: 'active',
        toState: 'closing',
        actorId: actor.id,
        reason: `Closed ${matches.length} active pair${matches.length === 1 ? '' : 's'} together.`,
        gateOverridden: false,
      });
      await this.audit.record(manager, [
        { actorId: actor.id, action: 'cohort.close', objectType: 'cohort', objectId: cohortId },
        ...matches.map((m) => ({
          actorId: actor.id,
          action: 'match.complete',
          objectType: 'match',
          objectId: m.id,
        })),
      ]);
      const surveysSent = await this.closures.sendSurveys(manager, pairs);
      return { completed: matches.length, cancelled: cancelled.length, surveysSent };
    });
  }

  private async previewIn(
    manager: EntityManager,
    cohortId: string,
    lock = false,
  ): Promise<CohortClosingPreview> {
    const cohort = await this.cohort(manager, cohortId);
    const active = await this.pairs(manager, cohortId, ['active'], lock);
    const [{ proposed, pending }]: { proposed: number; pending: number }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM match WHERE cohort_id = $1 AND state = 'proposed') AS proposed,
              (SELECT count(*)::int FROM match_extension e JOIN match m ON m.id = e.match_id
                WHERE m.cohort_id = $1 AND m.state = 'active' AND e.state = 'pending') AS pending`,
      [cohortId],
    );
    return {
      cohortId,
      cohortName: cohort.name,
      cohortState: cohort.state,
      active: active.map((p) => ({
        matchId: p.id,
        mentor: p.mentor_name,
        mentee: p.mentee_name,
        plannedEnd: p.planned_end,
      })),
      proposed,
      pendingExtensions: pending,
    };
  }

  private async cohort(manager: EntityManager, cohortId: string) {
    const [row]: { name: string; state: CohortState; end_date: string }[] = await manager.query(
      `SELECT name, state, end_date::text AS end_date FROM cohort WHERE id = $1`,
      [cohortId],
    );
    return row;
  }

  private pairs(
    manager: EntityManager,
    cohortId: string,
    states: string[],
    lock = false,
  ): Promise<PairRow[]> {
    return manager.query(
      `SELECT m.id, m.state,
              CASE WHEN m.activated_at IS NULL THEN NULL
                   ELSE COALESCE(m.planned_end_date, c.end_date)::text END AS planned_end,
              mr.id AS mentor_id, mr.display_name AS mentor_name,
              me.id AS mentee_id, me.display_name AS mentee_name
         FROM match m
         JOIN cohort c ON c.id = m.cohort_id
         JOIN app_user mr ON mr.id = m.mentor_user_id
         JOIN app_user me ON me.id = m.mentee_user_id
        WHERE m.cohort_id = $1 AND m.state = ANY($2::text[])
        ORDER BY (m.state = 'active') DESC, me.display_name, m.id
        ${lock ? 'FOR UPDATE OF m' : ''}`,
      [cohortId, states],
    );
  }
}
