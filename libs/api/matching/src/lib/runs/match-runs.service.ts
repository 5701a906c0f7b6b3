import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  affectedRows,
  APP_CONFIG,
  AppConfig,
  AuditService,
  ConflictError,
  JobScheduler,
  MailService,
  NotFoundError,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { CohortEntity, ProgramAccess } from '@mentorbridge/api-programs';
import {
  COHORT_STATE_LABELS,
  CohortState,
  CreateMatchConstraintRequest,
  HARD_RULE_LABELS,
  MatchConstraintView,
  MatchingSettings,
  MatchRunComparison,
  MatchRunDetail,
  MatchRunProgress,
  MatchRunSummary,
  PairExplanation,
  PublishResult,
} from '@mentorbridge/shared-contracts';
import { hostname } from 'node:os';
import { DataSource, EntityManager, FindOptionsSelect, QueryFailedError } from 'typeorm';
import {
  MatchConstraintEntity,
  MatchEntity,
  MatchProposalEntity,
  MatchRunEntity,
} from '../entities/matching.entities';
import { matchProposedMail } from '../matches/match-mails';
import { pairKey, scorePair } from '../scoring/pair-scoring';
import { MatchingSettingsService } from '../settings/matching-settings.service';
import { managedCohort } from '../managed-cohort';
import { loadCohortNames, loadPeople, pairWarnings, runSummary } from '../views';
import { MatchRunExecutor } from './match-run-executor';
import {
  RunInputs,
  RunOutput,
  RunParticipant,
  scoringContext,
  SOLVER_VERSION,
} from './run-computation';
import { loadRunInputs } from './run-inputs.loader';

/** Cohort states in which matching may run and publish (active: rematching after declines). */
const MATCHABLE: CohortState[] = ['matching', 'active'];
const PROGRESS_EVERY_MS = 400;
/** A computing process says it is alive this often; a run silent for STALE_AFTER_S is lost. */
const HEARTBEAT_MS = 5_000;
const STALE_AFTER_S = 30;
const INTERRUPTED = 'The server stopped during this run. Nothing was saved; run matching again.';
const INSERT_CHUNK = 500;

/**
 * Match runs: a run reads the cohort's participants and rules, computes off the event loop
 * (MatchRunExecutor) and stores its proposals in one transaction as a draft that HR reviews,
 * adjusts (swap, pin, ban, re-run) and publishes. One run per cohort at a time.
 */
@Injectable()
export class MatchRunsService implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MatchRunsService.name);
  private readonly inFlight = new Set<Promise<void>>();
  /** Ids of the runs this process is computing. */
  private readonly computing = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: ProgramAccess,
    private readonly settings: MatchingSettingsService,
    private readonly executor: MatchRunExecutor,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'matching.fail-lost-runs',
      intervalSeconds: STALE_AFTER_S,
      run: async () => {
        await this.failInterrupted();
      },
    });
  }

  /** At start-up, runs left by a stopped process on this host are failed at once. */
  async onApplicationBootstrap(): Promise<void> {
    await this.failInterrupted();
  }

  /**
   * A run whose process is gone can never finish: say so. Gone means silent for longer than
   * STALE_AFTER_S (whichever replica computed it), or started on this host by a process that no
   * longer exists — or by this very pid (a restarted container may get the same one) without this
   * process computing it. Runs still computed by a live replica are left alone.
   */
  async failInterrupted(): Promise<number> {
    const running: {
      id: string;
      runner_host: string | null;
      runner_pid: number | null;
      stale: boolean;
    }[] = await this.dataSource.query(
      `SELECT id, runner_host, runner_pid,
                COALESCE(heartbeat_at, created_at) < now() - make_interval(secs => $1) AS stale
           FROM match_run WHERE state = 'running'`,
      [STALE_AFTER_S],
    );
    const here = hostname();
    const lost = running
      .filter((r) => r.stale || (r.runner_host === here && !this.computedBy(r.id, r.runner_pid)))
      .map((r) => r.id);
    if (!lost.length) return 0;
    const failed = affectedRows(
      await this.dataSource.query(
        `UPDATE match_run SET state = 'failed', finished_at = now(), error = $2
          WHERE id = ANY($1::uuid[]) AND state = 'running'`,
        [lost, INTERRUPTED],
      ),
    );
    if (failed) this.logger.warn(`Marked ${failed} interrupted match run(s) failed`);
    return failed;
  }

  /** Whether the process `pid` on this host is (still) computing the run. */
  private computedBy(runId: string, pid: number | null): boolean {
    if (pid === null) return false;
    if (pid === process.pid) return this.computing.has(runId);
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      // EPERM: it exists but belongs to someone else; ESRCH: no such process.
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
  }

  /** Resolves when every run started by this process has finished (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }

  // ---- runs --------------------------------------------------------------------------------

  async list(actor: AuthUser, cohortId: string): Promise<MatchRunSummary[]> {
    const manager = this.dataSource.manager;
    await managedCohort(this.access, actor, cohortId, manager);
    const runs = await manager.getRepository(MatchRunEntity).find({
      where: { cohortId },
      order: { number: 'DESC' },
      select: RUN_COLUMNS_WITHOUT_INPUTS,
    });
    const people = await loadPeople(
      manager,
      runs.map((r) => r.createdById).filter((id): id is string => id !== null),
    );
    return runs.map((r) => runSummary(r, people));
  }

  async start(actor: AuthUser, cohortId: string): Promise<MatchRunSummary> {
    const { run, settings } = await this.dataSource
      .transaction(async (manager) => {
        const { cohort, program } = await managedCohort(this.access, actor, cohortId, manager, {
          lock: true,
        });
        assertMatchable(cohort, 'Matching');
        const running = await manager
          .getRepository(MatchRunEntity)
          .exists({ where: { cohortId, state: 'running' } });
        if (running)
          throw new ConflictError(
            'A matching run is already in progress for this cohort. Wait for it to finish.',
          );
        const settings = await this.settings.of(manager, program.id);
        const inputs = await loadRunInputs(manager, cohortId, program.id, program.format);
        const [{ next }]: { next: number }[] = await manager.query(
          `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM match_run WHERE cohort_id = $1`,
          [cohortId],
        );
        const run = await manager.getRepository(MatchRunEntity).save(
          manager.getRepository(MatchRunEntity).create({
            cohortId,
            number: Number(next),
            state: 'running',
            settings,
            inputs,
            solverVersion: SOLVER_VERSION,
            progress: { phase: 'loading', percent: 2 },
            // People with a free place (the others are already in a live match).
            mentees: inputs.mentees.filter((m) => m.capacity > 0).length,
            mentors: inputs.mentors.filter((m) => m.capacity > 0).length,
            createdById: actor.id,
            runnerHost: hostname(),
            runnerPid: process.pid,
            heartbeatAt: new Date(),
          }),
        );
        return { run, settings };
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e))
          throw new ConflictError(
            'A matching run is already in progress for this cohort. Wait for it to finish.',
          );
        throw e;
      });
    this.computing.add(run.id);
    const heartbeat = setInterval(() => {
      this.dataSource
        .query(`UPDATE match_run SET heartbeat_at = now() WHERE id = $1 AND state = 'running'`, [
          run.id,
        ])
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    heartbeat.unref();
    const work = this.execute(run.id, run.inputs, settings, run.createdAt).finally(() => {
      clearInterval(heartbeat);
      this.computing.delete(run.id);
      this.inFlight.delete(work);
    });
    this.inFlight.add(work);
    const people = await loadPeople(this.dataSource.manager, [actor.id]);
    return runSummary(run, people);
  }

  private async execute(
    runId: string,
    inputs: RunInputs,
    settings: MatchingSettings,
    startedAt: Date,
  ): Promise<void> {
    let lastWrite = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const onProgress = (progress: MatchRunProgress) => {
      const now = Date.now();
      if (now - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = now;
      pending = pending
        .then(() =>
          this.dataSource.query(
            `UPDATE match_run SET progress = $2 WHERE id = $1 AND state = 'running'`,
            [runId, JSON.stringify(progress)],
          ),
        )
        .catch(() => undefined);
    };
    try {
      const output = await this.executor.run(inputs, settings, onProgress);
      await pending;
      await this.saveOutput(runId, output, startedAt);
    } catch (e) {
      await pending;
      const message = (e as Error).message ?? String(e);
      this.logger.warn(`Match run ${runId} failed: ${message}`);
      await this.dataSource
        .query(
          `UPDATE match_run SET state = 'failed', error = $2, finished_at = now(),
                  duration_ms = (EXTRACT(EPOCH FROM now() - created_at) * 1000)::int
            WHERE id = $1 AND state = 'running'`,
          [runId, `The run could not finish: ${message.slice(0, 500)}`],
        )
        .catch(() => undefined);
    }
  }

  /** All or nothing: the proposals and the state change land in one transaction. */
  private async saveOutput(runId: string, output: RunOutput, startedAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(MatchProposalEntity);
      for (let k = 0; k < output.proposals.length; k += INSERT_CHUNK) {
        await repo.insert(
          output.proposals.slice(k, k + INSERT_CHUNK).map((p) => ({
            runId,
            mentorUserId: p.mentorUserId,
            menteeUserId: p.menteeUserId,
            score: p.score,
            criteria: p.criteria,
          })),
        );
      }
      const finished = new Date();
      const updated = await manager.getRepository(MatchRunEntity).update(
        { id: runId, state: 'running' },
        {
          state: 'draft',
          progress: { phase: 'done', percent: 100 },
          objective: {
            matched: output.matched,
            totalScore: output.totalScore,
            optimal: output.optimal,
          },
          unmatched: output.unmatched,
          finishedAt: finished,
          durationMs: Math.max(0, finished.getTime() - startedAt.getTime()),
          error: output.droppedPins.length
            ? `${output.droppedPins.length} pin(s) could not be kept (the person left, the pair is now forbidden or has no free place).`
            : null,
        },
      );
      // The run was discarded meanwhile: keep nothing.
      if (!updated.affected) throw new ConflictError('The run is no longer running.');
    });
  }

  async detail(actor: AuthUser, runId: string): Promise<MatchRunDetail> {
    const manager = this.dataSource.manager;
    const run = await this.managedRun(actor, runId, manager);
    const proposals = await manager
      .getRepository(MatchProposalEntity)
      .find({ where: { runId }, order: { score: 'DESC', id: 'ASC' } });
    const pins = new Set(
      (await this.constraintRows(manager, run.cohortId))
        .filter((c) => c.kind === 'pin')
        .map((c) => pairKey(c.mentorUserId, c.menteeUserId)),
    );
    const people = await loadPeople(manager, [
      ...(run.createdById ? [run.createdById] : []),
      ...run.inputs.mentors.map((m) => m.userId),
      ...run.inputs.mentees.map((m) => m.userId),
    ]);
    const names = (await loadCohortNames(manager, [run.cohortId])).get(run.cohortId);
    const used = new Map<string, number>();
    for (const p of proposals) used.set(p.mentorUserId, (used.get(p.mentorUserId) ?? 0) + 1);
    return {
      ...runSummary(run, people),
      cohortName: names?.cohortName ?? '',
      programName: names?.programName ?? '',
      settings: run.settings,
      proposals: proposals.map((p) => ({
        id: p.id,
        mentor: people.view(p.mentorUserId),
        mentee: people.view(p.menteeUserId),
        score: p.score,
        criteria: p.criteria,
        pinned: pins.has(pairKey(p.mentorUserId, p.menteeUserId)),
        edited: p.edited,
        warnings: pairWarnings(p.score, p.criteria),
      })),
      unmatched: run.unmatched.map((u) => ({ person: people.view(u.userId), reason: u.reason })),
      mentorsWithFreeCapacity:
        run.state === 'running'
          ? []
          : run.inputs.mentors
              .map((m) => ({
                person: people.view(m.userId),
                free: m.capacity - (used.get(m.userId) ?? 0),
              }))
              .filter((m) => m.free > 0),
    };
  }

  /** Why this pair (or why not), recomputed from the run's stored inputs and weights. */
  async explain(
    actor: AuthUser,
    runId: string,
    mentorUserId: string,
    menteeUserId: string,
  ): Promise<PairExplanation> {
    const manager = this.dataSource.manager;
    const run = await this.managedRun(actor, runId, manager);
    const mentor = run.inputs.mentors.find((m) => m.userId === mentorUserId);
    const mentee = run.inputs.mentees.find((m) => m.userId === menteeUserId);
    if (!mentor) throw new NotFoundError('mentor');
    if (!mentee) throw new NotFoundError('mentee');
    const scored = scorePair(mentor, mentee, scoringContext(run.inputs, run.settings));
    const proposed = await manager
      .getRepository(MatchProposalEntity)
      .exists({ where: { runId, mentorUserId, menteeUserId } });
    const people = await loadPeople(manager, [mentorUserId, menteeUserId]);
    return {
      ...scored,
      mentor: people.view(mentorUserId),
      mentee: people.view(menteeUserId),
      proposed,
    };
  }

  /** Exchanges the mentors of two proposals of a draft; refused when a new pair is forbidden. */
  async swap(actor: AuthUser, runId: string, ids: [string, string]): Promise<MatchRunDetail> {
    await this.dataSource.transaction(async (manager) => {
      const run = await this.managedRun(actor, runId, manager, true);
      if (run.state !== 'draft')
        throw new ConflictError('Only a draft run can be changed. Run matching again to adjust.');
      const repo = manager.getRepository(MatchProposalEntity);
      // In turn: a transaction's connection runs one statement at a time.
      const a = await repo.findOneBy({ id: ids[0], runId });
      const b = await repo.findOneBy({ id: ids[1], runId });
      if (!a || !b) throw new NotFoundError('proposal');
      if (a.mentorUserId === b.mentorUserId)
        throw new ConflictError('Both pairs have the same mentor: swapping would change nothing.');
      const pins = new Set(
        (await this.constraintRows(manager, run.cohortId))
          .filter((c) => c.kind === 'pin')
          .map((c) => pairKey(c.mentorUserId, c.menteeUserId)),
      );
      for (const p of [a, b])
        if (pins.has(pairKey(p.mentorUserId, p.menteeUserId)))
          throw new ConflictError('A pinned pair cannot be swapped. Remove the pin first.');
      const ctx = scoringContext(run.inputs, run.settings);
      const person = (list: RunParticipant[], id: string) => {
        const found = list.find((x) => x.userId === id);
        if (!found) throw new ConflictError('A person of these pairs is no longer in the run.');
        return found;
      };
      const next = [
        { proposal: a, mentorId: b.mentorUserId },
        { proposal: b, mentorId: a.mentorUserId },
      ].map(({ proposal, mentorId }) => ({
        proposal,
        mentorId,
        scored: scorePair(
          person(run.inputs.mentors, mentorId),
          person(run.inputs.mentees, proposal.menteeUserId),
          ctx,
        ),
      }));
      const people = await loadPeople(manager, [
        a.mentorUserId,
        b.mentorUserId,
        a.menteeUserId,
        b.menteeUserId,
      ]);
      for (const { proposal, mentorId, scored } of next) {
        if (scored.score === null) {
          throw new ConflictError(
            `${people.view(mentorId).displayName} cannot mentor ${people.view(proposal.menteeUserId).displayName}: ` +
              scored.forbidden.map((r) => HARD_RULE_LABELS[r].toLowerCase()).join('; ') +
              '.',
          );
        }
        const duplicate = await repo.exists({
          where: { runId, mentorUserId: mentorId, menteeUserId: proposal.menteeUserId },
        });
        if (duplicate) throw new ConflictError('That pair is already proposed in this run.');
      }
      for (const { proposal, mentorId, scored } of next) {
        await repo.update(
          { id: proposal.id },
          {
            mentorUserId: mentorId,
            score: scored.score ?? 0,
            criteria: scored.criteria,
            edited: true,
          },
        );
      }
      const [{ matched, total }]: { matched: string; total: number | null }[] = await manager.query(
        `SELECT count(*) AS matched, SUM(score) AS total FROM match_proposal WHERE run_id = $1`,
        [runId],
      );
      await manager.getRepository(MatchRunEntity).update(
        { id: runId },
        {
          edits: run.edits + 1,
          objective: {
            matched: Number(matched),
            totalScore: Math.round(Number(total ?? 0) * 100) / 100,
            optimal: false,
          },
        },
      );
    });
    return this.detail(actor, runId);
  }

  async discard(actor: AuthUser, runId: string): Promise<MatchRunSummary> {
    return this.dataSource.transaction(async (manager) => {
      const run = await this.managedRun(actor, runId, manager, true);
      if (!['draft', 'failed', 'running'].includes(run.state))
        throw new ConflictError(`A ${run.state} run cannot be discarded.`);
      run.state = 'discarded';
      run.finishedAt ??= new Date();
      await manager
        .getRepository(MatchRunEntity)
        .update({ id: run.id }, { state: 'discarded', finishedAt: run.finishedAt });
      const people = await loadPeople(manager, run.createdById ? [run.createdById] : []);
      return runSummary(run, people);
    });
  }

  /**
   * Publishes a draft: creates the matches (proposed until both accept, or active at once per
   * program setting), notifies both sides and discards the cohort's other drafts — in one
   * transaction, refused when something changed since the run read its inputs.
   */
  async publish(actor: AuthUser, runId: string): Promise<PublishResult> {
    return this.dataSource.transaction(async (manager) => {
      const run = await this.managedRun(actor, runId, manager, true);
      const { cohort, program } = await managedCohort(this.access, actor, run.cohortId, manager, {
        lock: true,
      });
      if (run.state !== 'draft')
        throw new ConflictError(
          `Only a draft run can be published; run ${run.number} is ${run.state}.`,
        );
      assertMatchable(cohort, 'Publishing matches');
      const proposals = await manager.getRepository(MatchProposalEntity).find({ where: { runId } });
      if (proposals.length === 0) throw new ConflictError('This run proposes no pairs to publish.');
      const current = await loadRunInputs(manager, cohort.id, program.id, program.format);
      const free = new Map<string, number>();
      for (const p of [...current.mentors, ...current.mentees]) free.set(p.userId, p.capacity);
      for (const p of proposals) {
        for (const id of [p.mentorUserId, p.menteeUserId]) {
          const left = free.get(id) ?? 0;
          if (left <= 0) {
            throw new ConflictError(
              'Participants or places changed since this run (someone withdrew or another run was published). Run matching again.',
            );
          }
          free.set(id, left - 1);
        }
      }
      const settings = run.settings;
      const now = new Date();
      const activate = settings.activateOnPublish;
      const respondBy = activate
        ? null
        : new Date(now.getTime() + settings.requestExpiryDays * 86_400_000);
      const matches = manager.getRepository(MatchEntity);
      for (let k = 0; k < proposals.length; k += INSERT_CHUNK) {
        await matches.insert(
          proposals.slice(k, k + INSERT_CHUNK).map((p) => ({
            cohortId: cohort.id,
            runId,
            mentorUserId: p.mentorUserId,
            menteeUserId: p.menteeUserId,
            state: activate ? ('active' as const) : ('proposed' as const),
            mentorResponse: activate ? ('accepted' as const) : ('pending' as const),
            menteeResponse: activate ? ('accepted' as const) : ('pending' as const),
            score: p.score,
            criteria: p.criteria,
            proposedAt: now,
            respondBy,
            activatedAt: activate ? now : null,
          })),
        );
      }
      await manager.getRepository(MatchRunEntity).update({ id: runId }, { state: 'published' });
      await this.audit.record(manager, [
        {
          actorId: actor.id,
          action: 'match_run.publish',
          objectType: 'match_run',
          objectId: runId,
        },
      ]);
      await manager.query(
        `UPDATE match_run SET state = 'discarded', finished_at = COALESCE(finished_at, now())
          WHERE cohort_id = $1 AND id <> $2 AND state = 'draft'`,
        [cohort.id, runId],
      );
      const people = await loadPeople(manager, [
        actor.id,
        ...proposals.flatMap((p) => [p.mentorUserId, p.menteeUserId]),
      ]);
      const mails = proposals.flatMap((p) => {
        const mentor = people.ref(p.mentorUserId);
        const mentee = people.ref(p.menteeUserId);
        if (!mentor || !mentee) return [];
        const context = {
          publicUrl: this.config.publicUrl,
          cohortName: cohort.name,
          programName: program.name,
          respondBy,
          criteria: p.criteria,
        };
        return [
          matchProposedMail(context, mentor, mentee, 'mentor'),
          matchProposedMail(context, mentee, mentor, 'mentee'),
        ];
      });
      await this.mail.queue(manager, mails);
      run.state = 'published';
      return { run: runSummary(run, people), published: proposals.length, notified: mails.length };
    });
  }

  async compare(actor: AuthUser, aId: string, bId: string): Promise<MatchRunComparison> {
    const manager = this.dataSource.manager;
    const a = await this.managedRun(actor, aId, manager);
    const b = await this.managedRun(actor, bId, manager);
    if (a.cohortId !== b.cohortId)
      throw new ValidationFailedError('Only runs of the same cohort can be compared.', [
        { field: 'b', message: 'choose a run of the same cohort' },
      ]);
    const repo = manager.getRepository(MatchProposalEntity);
    const [pa, pb] = await Promise.all([
      repo.findBy({ runId: a.id }),
      repo.findBy({ runId: b.id }),
    ]);
    const keysA = new Set(pa.map((p) => pairKey(p.mentorUserId, p.menteeUserId)));
    const keysB = new Set(pb.map((p) => pairKey(p.mentorUserId, p.menteeUserId)));
    const people = await loadPeople(manager, [
      ...[a.createdById, b.createdById].filter((id): id is string => id !== null),
      ...[...pa, ...pb].flatMap((p) => [p.mentorUserId, p.menteeUserId]),
    ]);
    const only = (list: MatchProposalEntity[], other: Set<string>) =>
      list
        .filter((p) => !other.has(pairKey(p.mentorUserId, p.menteeUserId)))
        .sort((x, y) => y.score - x.score)
        .map((p) => ({
          mentor: people.view(p.mentorUserId),
          mentee: people.view(p.menteeUserId),
          score: p.score,
        }));
    return {
      a: runSummary(a, people),
      b: runSummary(b, people),
      same: pa.filter((p) => keysB.has(pairKey(p.mentorUserId, p.menteeUserId))).length,
      onlyInA: only(pa, keysB),
      onlyInB: only(pb, keysA),
    };
  }

  // ---- pins and bans -------------------------------------------------------------------------

  async constraints(actor: AuthUser, cohortId: string): Promise<MatchConstraintView[]> {
    const manager = this.dataSource.manager;
    await managedCohort(this.access, actor, cohortId, manager);
    const rows = await this.constraintRows(manager, cohortId);
    const people = await loadPeople(
      manager,
      rows.flatMap((r) => [
        r.mentorUserId,
        r.menteeUserId,
        ...(r.createdById ? [r.createdById] : []),
      ]),
    );
    return rows.map((r) => constraintView(r, people));
  }

  async addConstraint(
    actor: AuthUser,
    cohortId: string,
    request: CreateMatchConstraintRequest,
  ): Promise<MatchConstraintView> {
    return this.dataSource.transaction(async (manager) => {
      const { cohort, program } = await managedCohort(this.access, actor, cohortId, manager, {
        lock: true,
      });
      const inputs = await loadRunInputs(manager, cohortId, program.id, program.format);
      const mentor = inputs.mentors.find((m) => m.userId === request.mentorUserId);
      const mentee = inputs.mentees.find((m) => m.userId === request.menteeUserId);
      const problems = [
        ...(mentor
          ? []
          : [{ field: 'mentorUserId', message: `not an approved mentor of ${cohort.name}` }]),
        ...(mentee
          ? []
          : [{ field: 'menteeUserId', message: `not an approved mentee of ${cohort.name}` }]),
      ];
      if (!mentor || !mentee)
        throw new ValidationFailedError(
          'Choose an approved mentor and mentee of this cohort.',
          problems,
        );
      const existing = await manager.getRepository(MatchConstraintEntity).findOneBy({
        cohortId,
        mentorUserId: mentor.userId,
        menteeUserId: mentee.userId,
      });
      if (existing)
        throw new ConflictError(
          `This pair is already ${existing.kind === 'pin' ? 'pinned' : 'banned'}. Remove that first.`,
        );
      if (request.kind === 'pin') {
        const settings = await this.settings.of(manager, program.id);
        const scored = scorePair(mentor, mentee, scoringContext(inputs, settings));
        if (scored.score === null)
          throw new ConflictError(
            `This pair cannot be pinned: ${scored.forbidden.map((r) => HARD_RULE_LABELS[r].toLowerCase()).join('; ')}.`,
          );
        const pinnedForMentee = inputs.pins.some(([, e]) => e === mentee.userId);
        if (pinnedForMentee)
          throw new ConflictError(`${mentee.displayName} is already pinned to another mentor.`);
        const mentorPins = inputs.pins.filter(([m]) => m === mentor.userId).length;
        if (mentorPins >= mentor.capacity)
          throw new ConflictError(`${mentor.displayName} has no free place left for another pin.`);
      }
      const saved = await manager.getRepository(MatchConstraintEntity).save(
        manager.getRepository(MatchConstraintEntity).create({
          cohortId,
          kind: request.kind,
          mentorUserId: mentor.userId,
          menteeUserId: mentee.userId,
          reason: request.reason?.trim() || null,
          createdById: actor.id,
        }),
      );
      const people = await loadPeople(manager, [mentor.userId, mentee.userId, actor.id]);
      return constraintView(saved, people);
    });
  }

  async removeConstraint(actor: AuthUser, constraintId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(MatchConstraintEntity)
        .findOneBy({ id: constraintId });
      if (!row) throw new NotFoundError('pin or ban');
      await managedCohort(this.access, actor, row.cohortId, manager).catch(() => {
        throw new NotFoundError('pin or ban');
      });
      await manager.getRepository(MatchConstraintEntity).delete({ id: constraintId });
    });
  }

  // ---- access --------------------------------------------------------------------------------

  private async managedRun(
    actor: AuthUser,
    runId: string,
    manager: EntityManager,
    lock = false,
  ): Promise<MatchRunEntity> {
    const query = manager
      .getRepository(MatchRunEntity)
      .createQueryBuilder('r')
      .where('r.id = :runId', { runId });
    if (lock) query.setLock('pessimistic_write');
    const run = await query.getOne();
    if (!run) throw new NotFoundError('match run');
    const rows: { program_id: string }[] = await manager.query(
      `SELECT program_id FROM cohort WHERE id = $1`,
      [run.cohortId],
    );
    if (!rows[0] || !this.access.canManage(actor, rows[0].program_id))
      throw new NotFoundError('match run');
    return run;
  }

  private constraintRows(manager: EntityManager, cohortId: string) {
    return manager
      .getRepository(MatchConstraintEntity)
      .find({ where: { cohortId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}

/** A run without its (large) inputs snapshot, for lists. */
const RUN_COLUMNS_WITHOUT_INPUTS: FindOptionsSelect<MatchRunEntity> = {
  id: true,
  cohortId: true,
  number: true,
  state: true,
  settings: true,
  solverVersion: true,
  progress: true,
  objective: true,
  mentees: true,
  mentors: true,
  unmatched: true,
  edits: true,
  error: true,
  createdById: true,
  createdAt: true,
  finishedAt: true,
  durationMs: true,
};

function assertMatchable(cohort: CohortEntity, action: string): void {
  if (!MATCHABLE.includes(cohort.state as CohortState)) {
    throw new ConflictError(
      `${action} is possible while the cohort is Matching or Active; "${cohort.name}" is ${COHORT_STATE_LABELS[cohort.state as CohortState]}.`,
    );
  }
}

function constraintView(
  row: MatchConstraintEntity,
  people: Awaited<ReturnType<typeof loadPeople>>,
): MatchConstraintView {
  return {
    id: row.id,
    kind: row.kind,
    mentor: people.view(row.mentorUserId),
    mentee: people.view(row.menteeUserId),
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById ? people.ref(row.createdById) : null,
  };
}

export function isUniqueViolation(e: unknown): boolean {
  return (
    e instanceof QueryFailedError &&
    (e as QueryFailedError & { driverError?: { code?: string } }).driverError?.code === '23505'
  );
}
