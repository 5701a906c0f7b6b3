import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  ConflictError,
  JobScheduler,
  MailService,
  NotFoundError,
  QueuedMail,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { ProgramAccess } from '@mentorbridge/api-programs';
import {
  COHORT_STATE_LABELS,
  CohortState,
  CreateMentorRequest,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MentorRequestView,
  Page,
  PageQuery,
  RespondToMatchRequest,
  ShortlistGenerationResult,
  ShortlistView,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { MentorRequestEntity, MentorShortlistEntity } from '../entities/choice.entities';
import { MatchEntity } from '../entities/matching.entities';
import { managedCohort } from '../managed-cohort';
import { loadRunInputs } from '../runs/run-inputs.loader';
import { MatchingSettingsService } from '../settings/matching-settings.service';
import { loadCohortNames, loadPeople, PersonDirectory } from '../views';
import { choiceMail } from './choice-mails';
import { computeShortlists } from './shortlists';

const OPEN_STATES: CohortState[] = ['matching', 'active'];
const DAY_MS = 86_400_000;

/**
 * Mentee-choice mode: HR generates ranked shortlists (no mentor shown to more mentees than their
 * free places); a mentee requests mentors from their list; the mentor accepts (the pair becomes an
 * active match and the mentee's other open requests are withdrawn with a notice) or declines;
 * unanswered requests expire after the program's number of days.
 */
@Injectable()
export class MenteeChoiceService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ProgramAccess,
    private readonly settings: MatchingSettingsService,
    private readonly mail: MailService,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'matching.expire-mentor-requests',
      intervalSeconds: 3600,
      run: async () => {
        await this.expireRequests();
      },
    });
  }

  // ---- HR --------------------------------------------------------------------------------------

  async generate(actor: AuthUser, cohortId: string): Promise<ShortlistGenerationResult> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, program } = await managedCohort(this.access, actor, cohortId, manager);
      if (program.matchingMode !== 'mentee_choice')
        throw new ConflictError(
          `${program.name} does not let mentees choose: its matching mode is set by HR. Change the program's matching mode first.`,
        );
      if (!OPEN_STATES.includes(cohort.state as CohortState))
        throw new ConflictError(
          `Shortlists can be published while the cohort is Matching or Active; "${cohort.name}" is ${COHORT_STATE_LABELS[cohort.state as CohortState]}.`,
        );
      const settings = await this.settings.of(manager, program.id);
      const inputs = await loadRunInputs(manager, cohortId, program.id, program.format);
      const lists = computeShortlists(inputs, settings, settings.shortlistSize);
      const generatedAt = new Date();
      await manager.getRepository(MentorShortlistEntity).delete({ cohortId });
      const repo = manager.getRepository(MentorShortlistEntity);
      for (let k = 0; k < lists.entries.length; k += 500) {
        await repo.insert(
          lists.entries.slice(k, k + 500).map((e) => ({ cohortId, ...e, generatedAt })),
        );
      }
      const people = await loadPeople(
        manager,
        lists.entries.map((e) => e.menteeUserId),
      );
      const notified = [...new Set(lists.entries.map((e) => e.menteeUserId))];
      await this.mail.queue(
        manager,
        notified.flatMap((id) => {
          const to = people.ref(id);
          return to
            ? [
                choiceMail.shortlistReady(this.config.publicUrl, to, {
                  cohortName: cohort.name,
                  programName: program.name,
                }),
              ]
            : [];
        }),
      );
      return {
        mentees: lists.mentees,
        withShortlist: lists.withShortlist,
        entries: lists.entries.length,
        maxExposure: lists.maxExposure,
        generatedAt: generatedAt.toISOString(),
      };
    });
  }

  async forCohort(
    actor: AuthUser,
    cohortId: string,
    query: PageQuery,
  ): Promise<Page<MentorRequestView>> {
    const manager = this.dataSource.manager;
    await managedCohort(this.access, actor, cohortId, manager);
    const pageSize = Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const page = Math.max(1, query.page ?? 1);
    const [rows, total] = await manager.getRepository(MentorRequestEntity).findAndCount({
      where: { cohortId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: await this.views(manager, rows, null), total, page, pageSize };
  }

  // ---- mentees ---------------------------------------------------------------------------------

  async myShortlists(actor: AuthUser): Promise<ShortlistView[]> {
    const manager = this.dataSource.manager;
    const rows = await manager.getRepository(MentorShortlistEntity).find({
      where: { menteeUserId: actor.id },
      order: { generatedAt: 'DESC', rank: 'ASC' },
    });
    if (rows.length === 0) return [];
    const cohortIds = [...new Set(rows.map((r) => r.cohortId))];
    const names = await loadCohortNames(manager, cohortIds);
    const free = await this.freePlaces(manager, cohortIds);
    const matched = await this.liveMenteeCohorts(manager, actor.id, cohortIds);
    const requests = await manager.getRepository(MentorRequestEntity).find({
      where: { menteeUserId: actor.id, cohortId: In(cohortIds) },
      order: { createdAt: 'DESC' },
    });
    const people = await loadPeople(
      manager,
      rows.map((r) => r.mentorUserId),
    );
    const expiry = new Map<string, number>();
    for (const cohortId of cohortIds) {
      const [{ program_id }]: { program_id: string }[] = await manager.query(
        `SELECT program_id FROM cohort WHERE id = $1`,
        [cohortId],
      );
      expiry.set(cohortId, (await this.settings.of(manager, program_id)).requestExpiryDays);
    }
    return cohortIds.map((cohortId) => {
      const entries = rows.filter((r) => r.cohortId === cohortId);
      return {
        cohortId,
        cohortName: names.get(cohortId)?.cohortName ?? '',
        programName: names.get(cohortId)?.programName ?? '',
        generatedAt: entries[0].generatedAt.toISOString(),
        requestExpiryDays: expiry.get(cohortId) ?? 7,
        matched: matched.has(cohortId),
        entries: entries.map((e) => {
          const request = requests.find(
            (r) => r.cohortId === cohortId && r.mentorUserId === e.mentorUserId,
          );
          return {
            rank: e.rank,
            mentor: people.view(e.mentorUserId),
            score: e.score,
            criteria: e.criteria,
            available: (free.get(`${cohortId}|${e.mentorUserId}`) ?? 0) > 0,
            request: request ? { id: request.id, state: request.state } : null,
          };
        }),
      };
    });
  }

  async request(
    actor: AuthUser,
    cohortId: string,
    body: CreateMentorRequest,
  ): Promise<MentorRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const mine: { program_id: string }[] = await manager.query(
        `SELECT c.program_id FROM participant p JOIN cohort c ON c.id = p.cohort_id
          WHERE p.cohort_id = $1 AND p.user_id = $2 AND p.role = 'mentee' AND p.status = 'active'
          FOR UPDATE OF p`,
        [cohortId, actor.id],
      );
      if (!mine[0]) throw new NotFoundError('cohort');
      if ((await this.liveMenteeCohorts(manager, actor.id, [cohortId])).has(cohortId))
        throw new ConflictError('You already have a mentor in this cohort.');
      const entry = await manager
        .getRepository(MentorShortlistEntity)
        .findOneBy({ cohortId, menteeUserId: actor.id, mentorUserId: body.mentorUserId });
      if (!entry) throw new ConflictError('This mentor is not on your shortlist.');
      const free = await this.freePlaces(manager, [cohortId]);
      if ((free.get(`${cohortId}|${body.mentorUserId}`) ?? 0) <= 0)
        throw new ConflictError('This mentor has no free place left. Choose another one.');
      const open = await manager.getRepository(MentorRequestEntity).exists({
        where: { cohortId, menteeUserId: actor.id, mentorUserId: body.mentorUserId, state: 'open' },
      });
      if (open)
        throw new ConflictError('You have already asked this mentor; wait for their answer.');
      const settings = await this.settings.of(manager, mine[0].program_id);
      const saved = await manager.getRepository(MentorRequestEntity).save(
        manager.getRepository(MentorRequestEntity).create({
          cohortId,
          menteeUserId: actor.id,
          mentorUserId: body.mentorUserId,
          state: 'open',
          message: body.message?.trim() || null,
          score: entry.score,
          criteria: entry.criteria,
          expiresAt: new Date(Date.now() + settings.requestExpiryDays * DAY_MS),
        }),
      );
      const people = await loadPeople(manager, [actor.id, body.mentorUserId]);
      const names = await loadCohortNames(manager, [cohortId]);
      const mentor = people.ref(body.mentorUserId);
      const mentee = people.ref(actor.id);
      if (mentor && mentee)
        await this.mail.queue(manager, [
          choiceMail.requested(
            this.config.publicUrl,
            mentor,
            mentee,
            names.get(cohortId),
            saved.expiresAt,
          ),
        ]);
      const [view] = await this.views(manager, [saved], actor.id);
      return view;
    });
  }

  async withdraw(actor: AuthUser, requestId: string): Promise<MentorRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, requestId);
      if (!request || request.menteeUserId !== actor.id) throw new NotFoundError('request');
      if (request.state !== 'open')
        throw new ConflictError(`This request is already ${request.state}.`);
      request.state = 'withdrawn';
      request.respondedAt = new Date();
      request.closedReason = 'Withdrawn by the mentee';
      await manager.getRepository(MentorRequestEntity).save(request);
      const [view] = await this.views(manager, [request], actor.id);
      return view;
    });
  }

  // ---- mentors ---------------------------------------------------------------------------------

  /** Requests I sent (as mentee) or received (as mentor), open ones first. */
  async mine(actor: AuthUser): Promise<MentorRequestView[]> {
    const manager = this.dataSource.manager;
    const rows = await manager
      .getRepository(MentorRequestEntity)
      .createQueryBuilder('r')
      .where('r.mentor_user_id = :me OR r.mentee_user_id = :me', { me: actor.id })
      .orderBy(`CASE r.state WHEN 'open' THEN 0 ELSE 1 END`)
      .addOrderBy('r.created_at', 'DESC')
      .take(100)
      .getMany();
    return this.views(manager, rows, actor.id);
  }

  async respond(
    actor: AuthUser,
    requestId: string,
    body: RespondToMatchRequest,
  ): Promise<MentorRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await this.locked(manager, requestId);
      if (!request || request.mentorUserId !== actor.id) throw new NotFoundError('request');
      if (request.state !== 'open')
        throw new ConflictError(`This request is already ${request.state}.`);
      // Serialise answers per mentor and per mentee (capacity and "one mentor each").
      await manager.query(
        `SELECT 1 FROM participant WHERE cohort_id = $1 AND user_id = ANY($2::uuid[]) AND status = 'active' FOR UPDATE`,
        [request.cohortId, [request.mentorUserId, request.menteeUserId]],
      );
      const now = new Date();
      const names = (await loadCohortNames(manager, [request.cohortId])).get(request.cohortId);
      const mails: QueuedMail[] = [];
      const people = await loadPeople(manager, [request.mentorUserId, request.menteeUserId]);
      const mentee = people.ref(request.menteeUserId);
      const mentor = people.ref(request.mentorUserId);
      if (!body.accept) {
        request.state = 'declined';
        request.respondedAt = now;
        request.closedReason = body.reason?.trim() ?? null;
        await manager.getRepository(MentorRequestEntity).save(request);
        if (mentee && mentor)
          mails.push(choiceMail.declined(this.config.publicUrl, mentee, mentor, names));
        await this.mail.queue(manager, mails);
        const [view] = await this.views(manager, [request], actor.id);
        return view;
      }
      if ((await this.liveMenteeCohorts(manager, request.menteeUserId, [request.cohortId])).size)
        throw new ConflictError('This mentee already has a mentor in this cohort.');
      const free = await this.freePlaces(manager, [request.cohortId]);
      if ((free.get(`${request.cohortId}|${actor.id}`) ?? 0) <= 0)
        throw new ConflictError('You have no free place left in this cohort.');
      const match = await manager.getRepository(MatchEntity).save(
        manager.getRepository(MatchEntity).create({
          cohortId: request.cohortId,
          runId: null,
          mentorUserId: request.mentorUserId,
          menteeUserId: request.menteeUserId,
          state: 'active',
          mentorResponse: 'accepted',
          menteeResponse: 'accepted',
          score: request.score,
          criteria: request.criteria,
          proposedAt: request.createdAt,
          respondBy: null,
          activatedAt: now,
        }),
      );
      request.state = 'accepted';
      request.respondedAt = now;
      request.matchId = match.id;
      await manager.getRepository(MentorRequestEntity).save(request);

      // The mentee's other open requests are withdrawn, and their mentors told.
      const siblings = await manager.getRepository(MentorRequestEntity).find({
        where: { cohortId: request.cohortId, menteeUserId: request.menteeUserId, state: 'open' },
      });
      const siblingPeople = await loadPeople(
        manager,
        siblings.map((s) => s.mentorUserId),
      );
      for (const sibling of siblings) {
        sibling.state = 'withdrawn';
        sibling.respondedAt = now;
        sibling.closedReason = 'Another mentor accepted this mentee first';
        const to = siblingPeople.ref(sibling.mentorUserId);
        if (to && mentee)
          mails.push(choiceMail.withdrawnForMentor(this.config.publicUrl, to, mentee, names));
      }
      await manager.getRepository(MentorRequestEntity).save(siblings);
      if (mentee && mentor)
        mails.push(
          choiceMail.accepted(this.config.publicUrl, mentee, mentor, names, siblings.length),
        );

      // A mentor who is now full cannot take the other people waiting for them.
      if ((free.get(`${request.cohortId}|${actor.id}`) ?? 0) - 1 <= 0) {
        const waiting = await manager.getRepository(MentorRequestEntity).find({
          where: { cohortId: request.cohortId, mentorUserId: actor.id, state: 'open' },
        });
        const waitingPeople = await loadPeople(
          manager,
          waiting.map((w) => w.menteeUserId),
        );
        for (const w of waiting) {
          w.state = 'declined';
          w.respondedAt = now;
          w.closedReason = 'The mentor has no free place left';
          const to = waitingPeople.ref(w.menteeUserId);
          if (to && mentor)
            mails.push(choiceMail.declined(this.config.publicUrl, to, mentor, names));
        }
        await manager.getRepository(MentorRequestEntity).save(waiting);
      }
      await this.mail.queue(manager, mails);
      const [view] = await this.views(manager, [request], actor.id);
      return view;
    });
  }

  /** Open requests past their date expire; the mentee is told and can ask someone else. */
  async expireRequests(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const expired = await manager
        .getRepository(MentorRequestEntity)
        .createQueryBuilder('r')
        .where(`r.state = 'open' AND r.expires_at < :now`, { now })
        .setLock('pessimistic_write')
        .getMany();
      if (!expired.length) return 0;
      for (const r of expired) {
        r.state = 'expired';
        r.respondedAt = now;
        r.closedReason = 'No answer in time';
      }
      await manager.getRepository(MentorRequestEntity).save(expired);
      const people = await loadPeople(
        manager,
        expired.flatMap((r) => [r.menteeUserId, r.mentorUserId]),
      );
      const names = await loadCohortNames(
        manager,
        expired.map((r) => r.cohortId),
      );
      await this.mail.queue(
        manager,
        expired.flatMap((r) => {
          const to = people.ref(r.menteeUserId);
          const mentor = people.ref(r.mentorUserId);
          return to && mentor
            ? [choiceMail.expired(this.config.publicUrl, to, mentor, names.get(r.cohortId))]
            : [];
        }),
      );
      return expired.length;
    });
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private locked(manager: EntityManager, id: string): Promise<MentorRequestEntity | null> {
    return manager
      .getRepository(MentorRequestEntity)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Free places per `cohort|mentor`: capacity minus live matches and ended ones not returned. */
  private async freePlaces(
    manager: EntityManager,
    cohortIds: string[],
  ): Promise<Map<string, number>> {
    const rows: { cohort_id: string; user_id: string; free: number }[] = await manager.query(
      `SELECT p.cohort_id, p.user_id,
              p.capacity - (SELECT count(*) FROM match m
                             WHERE m.cohort_id = p.cohort_id AND m.mentor_user_id = p.user_id
                               AND (m.state IN ('proposed', 'active')
                                    OR (m.state IN ('completed', 'closed_early')
                                        AND (m.mentor_rematch_from IS NULL OR m.mentor_rematch_from > now()))))::int AS free
         FROM participant p
        WHERE p.cohort_id = ANY($1::uuid[]) AND p.role = 'mentor' AND p.status = 'active'`,
      [cohortIds],
    );
    return new Map(rows.map((r) => [`${r.cohort_id}|${r.user_id}`, Number(r.free)]));
  }

  private async liveMenteeCohorts(
    manager: EntityManager,
    menteeId: string,
    cohortIds: string[],
  ): Promise<Set<string>> {
    const rows: { cohort_id: string }[] = await manager.query(
      `SELECT DISTINCT cohort_id FROM match
        WHERE mentee_user_id = $1 AND cohort_id = ANY($2::uuid[])
          AND (state IN ('proposed', 'active')
               OR (state IN ('completed', 'closed_early')
                   AND (mentee_rematch_from IS NULL OR mentee_rematch_from > now())))`,
      [menteeId, cohortIds],
    );
    return new Set(rows.map((r) => r.cohort_id));
  }

  private async views(
    manager: EntityManager,
    rows: MentorRequestEntity[],
    viewerId: string | null,
  ): Promise<MentorRequestView[]> {
    const names = await loadCohortNames(
      manager,
      rows.map((r) => r.cohortId),
    );
    const people: PersonDirectory = await loadPeople(
      manager,
      rows.flatMap((r) => [r.mentorUserId, r.menteeUserId]),
    );
    // The mentor asked reads the mentee's goal while deciding and once matched, not after a
    // request ended without a match.
    const showGoal = (r: MentorRequestEntity) =>
      viewerId !== r.mentorUserId || r.state === 'open' || r.state === 'accepted';
    const goals = await menteeGoals(manager, rows.filter(showGoal));
    return rows.map((r) => {
      // A mentor's reason for declining is for the mentor and HR, not the mentee.
      const hideReason = r.state === 'declined' && viewerId !== null && viewerId === r.menteeUserId;
      return {
        id: r.id,
        cohortId: r.cohortId,
        cohortName: names.get(r.cohortId)?.cohortName ?? '',
        programName: names.get(r.cohortId)?.programName ?? '',
        state: r.state,
        mentor: people.view(r.mentorUserId),
        mentee: people.view(r.menteeUserId),
        message: r.message,
        menteeGoal: showGoal(r) ? (goals.get(`${r.cohortId}|${r.menteeUserId}`) ?? null) : null,
        score: r.score,
        criteria: r.criteria,
        createdAt: r.createdAt.toISOString(),
        expiresAt: r.expiresAt.toISOString(),
        respondedAt: r.respondedAt ? r.respondedAt.toISOString() : null,
        closedReason: hideReason ? 'The mentor could not take you on this time' : r.closedReason,
        matchId: r.matchId,
      };
    });
  }
}

/**
 * The goal each mentee gave in their application to the request's cohort (the approved
 * application behind their active participation), by `cohort|mentee`.
 */
async function menteeGoals(
  manager: EntityManager,
  rows: MentorRequestEntity[],
): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const found: { cohort_id: string; user_id: string; goal: string | null }[] = await manager.query(
    `SELECT p.cohort_id, p.user_id, a.answers->>'goal' AS goal
       FROM participant p JOIN application a ON a.id = p.application_id
      WHERE p.role = 'mentee' AND p.status = 'active'
        AND p.cohort_id = ANY($1::uuid[]) AND p.user_id = ANY($2::uuid[])`,
    [[...new Set(rows.map((r) => r.cohortId))], [...new Set(rows.map((r) => r.menteeUserId))]],
  );
  const goals = new Map<string, string>();
  for (const row of found) {
    const goal = row.goal?.trim();
    if (goal) goals.set(`${row.cohort_id}|${row.user_id}`, goal);
  }
  return goals;
}
