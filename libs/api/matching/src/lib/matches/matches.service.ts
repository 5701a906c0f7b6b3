import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  affectedRows,
  APP_CONFIG,
  AppConfig,
  ConflictError,
  JobScheduler,
  MailService,
  NotFoundError,
  readTogether,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MatchView,
  Page,
  PageQuery,
  RespondToMatchRequest,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MatchEntity } from '../entities/matching.entities';
import { loadCohortNames, loadPeople, PersonDirectory } from '../views';
import { matchDeclinedMail } from './match-mails';

/**
 * Published matches: each side accepts or declines; a match is active once both accept. A decline
 * or an expired answer frees both people (and the mentor's place) for the next run.
 */
@Injectable()
export class MatchesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ProgramAccess,
    private readonly mail: MailService,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'matching.expire-unanswered-matches',
      intervalSeconds: 3600,
      run: async () => {
        await this.expireUnanswered();
      },
    });
  }

  /** Proposed matches past their answer date expire; both people return to the pool. */
  async expireUnanswered(now = new Date()): Promise<number> {
    const result = await this.dataSource.query(
      `UPDATE match SET state = 'expired', ended_at = $1
        WHERE state = 'proposed' AND respond_by IS NOT NULL AND respond_by < $1`,
      [now],
    );
    return affectedRows(result);
  }

  /** The signed-in person's matches, as mentor or mentee (newest first). */
  async mine(actor: AuthUser): Promise<MatchView[]> {
    const manager = this.dataSource.manager;
    const rows = await manager.getRepository(MatchEntity).find({
      where: [{ mentorUserId: actor.id }, { menteeUserId: actor.id }],
      order: { proposedAt: 'DESC', id: 'ASC' },
      take: 50,
    });
    return this.views(manager, rows, actor.id);
  }

  async respond(
    actor: AuthUser,
    matchId: string,
    request: RespondToMatchRequest,
  ): Promise<MatchView> {
    return this.dataSource.transaction(async (manager) => {
      const match = await manager
        .getRepository(MatchEntity)
        .createQueryBuilder('m')
        .where('m.id = :matchId', { matchId })
        .setLock('pessimistic_write')
        .getOne();
      const side =
        match?.mentorUserId === actor.id
          ? 'mentor'
          : match?.menteeUserId === actor.id
            ? 'mentee'
            : null;
      if (!match || !side) throw new NotFoundError('match');
      if (match.state !== 'proposed') {
        throw new ConflictError(
          match.state === 'active'
            ? 'This match is already active.'
            : `This match can no longer be answered (it is ${match.state}).`,
        );
      }
      const mine = side === 'mentor' ? 'mentorResponse' : 'menteeResponse';
      if (match[mine] !== 'pending') throw new ConflictError('You have already answered.');
      const now = new Date();
      if (request.accept) {
        match[mine] = 'accepted';
        if (match.mentorResponse === 'accepted' && match.menteeResponse === 'accepted') {
          match.state = 'active';
          match.activatedAt = now;
        }
      } else {
        match[mine] = 'declined';
        match.state = 'declined';
        match.declineReason = request.reason?.trim() ?? null;
        match.declinedById = actor.id;
        match.endedAt = now;
      }
      await manager.getRepository(MatchEntity).save(match);
      if (!request.accept) {
        const otherId = side === 'mentor' ? match.menteeUserId : match.mentorUserId;
        const names = (await loadCohortNames(manager, [match.cohortId])).get(match.cohortId);
        const people = await loadPeople(manager, [otherId]);
        const other = people.ref(otherId);
        if (other && names) {
          await this.mail.queue(manager, [
            matchDeclinedMail(
              { publicUrl: this.config.publicUrl, ...names },
              other,
              side === 'mentor' ? 'mentee' : 'mentor',
            ),
          ]);
        }
      }
      const [view] = await this.views(manager, [match], actor.id);
      return view;
    });
  }

  /** HR: the cohort's matches, live first. */
  async forCohort(actor: AuthUser, cohortId: string, query: PageQuery): Promise<Page<MatchView>> {
    const manager = this.dataSource.manager;
    await this.access.programOfCohort(actor, cohortId, manager);
    const pageSize = Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const page = Math.max(1, query.page ?? 1);
    const [rows, total] = await manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .where('m.cohort_id = :cohortId', { cohortId })
      .orderBy(`CASE m.state WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END`)
      .addOrderBy('m.proposed_at', 'DESC')
      .addOrderBy('m.id')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.views(manager, rows, null), total, page, pageSize };
  }

  private async views(
    manager: EntityManager,
    rows: MatchEntity[],
    viewerId: string | null,
  ): Promise<MatchView[]> {
    const [names, people] = await readTogether(
      manager,
      () =>
        loadCohortNames(
          manager,
          rows.map((r) => r.cohortId),
        ),
      (): Promise<PersonDirectory> =>
        loadPeople(
          manager,
          rows.flatMap((r) => [r.mentorUserId, r.menteeUserId]),
        ),
    );
    return rows.map((m) => {
      const mySide =
        viewerId === m.mentorUserId ? 'mentor' : viewerId === m.menteeUserId ? 'mentee' : null;
      return {
        id: m.id,
        cohortId: m.cohortId,
        cohortName: names.get(m.cohortId)?.cohortName ?? '',
        programName: names.get(m.cohortId)?.programName ?? '',
        state: m.state,
        mentor: people.view(m.mentorUserId),
        mentee: people.view(m.menteeUserId),
        mentorResponse: m.mentorResponse,
        menteeResponse: m.menteeResponse,
        score: m.score,
        criteria: m.criteria,
        proposedAt: m.proposedAt.toISOString(),
        respondBy: m.respondBy ? m.respondBy.toISOString() : null,
        activatedAt: m.activatedAt ? m.activatedAt.toISOString() : null,
        plannedEnd: m.activatedAt
          ? (m.plannedEndDate ?? names.get(m.cohortId)?.endDate ?? null)
          : null,
        endedAt: m.endedAt ? m.endedAt.toISOString() : null,
        // Why someone declined stays with HR and the person who declined.
        declineReason: viewerId === null || viewerId === m.declinedById ? m.declineReason : null,
        mySide,
      };
    });
  }
}
