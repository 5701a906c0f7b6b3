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
import type {
  AnswerPulseRequest,
  PairSide,
  PulseAnswerView,
  PulseView,
} from '@mentorbridge/shared-contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PulseResponseEntity } from './entities/pulse.entities';
import { PairAccess } from './pair-access';
import { PairKeys } from './pair-keys.service';

const DAY_MS = 86_400_000;

/** The pulse due dates of a match up to `until`: day `firstDay`, then every `everyDays`. */
export function pulseDueDates(
  activatedAt: Date,
  until: Date,
  schedule: { firstDay: number; everyDays: number },
): string[] {
  const dates: string[] = [];
  for (let day = schedule.firstDay; ; day += schedule.everyDays) {
    const due = new Date(activatedAt.getTime() + day * DAY_MS);
    if (due > until) return dates;
    dates.push(due.toISOString().slice(0, 10));
  }
}

interface DueRow {
  match_id: string;
  activated_at: Date;
  mentor_id: string;
  mentee_id: string;
  pulse_first_day: number | null;
  pulse_every_days: number | null;
}

/**
 * Pulse check-ins: a daily job opens one for each side of every active pair when it is due (only
 * the latest due date: a pair matched long ago does not receive a backlog) and mails them; the
 * person answers satisfaction 1–5 and an optional comment. HR reads answers; the partner never.
 */
@Injectable()
export class PulseService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PairAccess,
    private readonly keys: PairKeys,
    private readonly mail: MailService,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'sessions.open-pulse-check-ins',
      intervalSeconds: 6 * 3600,
      run: async () => {
        await this.openDue();
      },
    });
  }

  /** Opens the pulses due by `now` (idempotent: one per person and due date). */
  async openDue(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: DueRow[] = await manager.query(
        `SELECT m.id AS match_id, m.activated_at, m.mentor_user_id AS mentor_id, m.mentee_user_id AS mentee_id,
                p.pulse_first_day, p.pulse_every_days
           FROM match m JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id
          WHERE m.state = 'active' AND m.activated_at IS NOT NULL`,
      );
      const opened: { matchId: string; respondentId: string; partnerId: string }[] = [];
      for (const row of rows) {
        // The program's own schedule, else the organisation's default (PULSE_* settings).
        const schedule = {
          firstDay: row.pulse_first_day ?? this.config.pulse.firstDay,
          everyDays: row.pulse_every_days ?? this.config.pulse.everyDays,
        };
        const due = pulseDueDates(new Date(row.activated_at), now, schedule).at(-1);
        if (!due) continue;
        for (const [side, respondentId, partnerId] of [
          ['mentor', row.mentor_id, row.mentee_id],
          ['mentee', row.mentee_id, row.mentor_id],
        ] as [PairSide, string, string][]) {
          const inserted = await manager
            .createQueryBuilder()
            .insert()
            .into(PulseResponseEntity)
            .values({ id: randomUUID(), matchId: row.match_id, respondentId, side, dueOn: due })
            .orIgnore()
            .returning(['id'])
            .execute();
          if ((inserted.raw as unknown[]).length)
            opened.push({ matchId: row.match_id, respondentId, partnerId });
        }
      }
      await this.mail.queue(manager, await this.mails(manager, opened));
      return opened.length;
    });
  }

  async mine(actor: AuthUser): Promise<PulseView[]> {
    const manager = this.dataSource.manager;
    const rows = await manager.getRepository(PulseResponseEntity).find({
      where: { respondentId: actor.id, answeredAt: IsNull() },
      order: { dueOn: 'DESC' },
      take: 20,
    });
    return this.views(manager, rows, actor.id);
  }

  async answer(actor: AuthUser, pulseId: string, body: AnswerPulseRequest): Promise<PulseView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(PulseResponseEntity)
        .createQueryBuilder('p')
        .where('p.id = :pulseId', { pulseId })
        .setLock('pessimistic_write')
        .getOne();
      if (!row || row.respondentId !== actor.id) throw new NotFoundError('check-in');
      if (row.answeredAt) throw new ConflictError('You have already answered this check-in.');
      const key = await this.keys.keyFor(manager, row.matchId);
      row.satisfaction = body.satisfaction;
      row.commentSealed = this.keys.seal(key, body.comment?.trim(), row.id);
      row.answeredAt = new Date();
      await manager.getRepository(PulseResponseEntity).save(row);
      return (await this.views(manager, [row], actor.id))[0];
    });
  }

  /** HR of the program: every answer of the pair, with comments. */
  async forPair(actor: AuthUser, matchId: string): Promise<PulseAnswerView[]> {
    const manager = this.dataSource.manager;
    const context = await this.access.reach(actor, matchId, manager, { staff: true });
    if (context.viewer !== 'staff') throw new NotFoundError('match');
    const rows = await manager
      .getRepository(PulseResponseEntity)
      .find({ where: { matchId }, order: { dueOn: 'DESC', side: 'ASC' } });
    const key = rows.some((r) => r.commentSealed) ? await this.keys.keyFor(manager, matchId) : null;
    return rows.map((r) => ({
      id: r.id,
      side: r.side,
      dueOn: r.dueOn,
      satisfaction: r.satisfaction,
      comment: key ? this.keys.open(key, r.commentSealed, r.id) : null,
      answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
    }));
  }

  private async views(
    manager: EntityManager,
    rows: PulseResponseEntity[],
    viewerId: string,
  ): Promise<PulseView[]> {
    if (!rows.length) return [];
    const about: { match_id: string; partner: string; program_name: string }[] =
      await manager.query(
        `SELECT m.id AS match_id, p.name AS program_name,
                CASE WHEN m.mentor_user_id = $2 THEN me.display_name ELSE mr.display_name END AS partner
           FROM match m JOIN app_user mr ON mr.id = m.mentor_user_id JOIN app_user me ON me.id = m.mentee_user_id
           JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id
          WHERE m.id = ANY($1::uuid[])`,
        [[...new Set(rows.map((r) => r.matchId))], viewerId],
      );
    const byMatch = new Map(about.map((a) => [a.match_id, a]));
    return rows.map((r) => ({
      id: r.id,
      matchId: r.matchId,
      about: {
        partner: byMatch.get(r.matchId)?.partner ?? '',
        programName: byMatch.get(r.matchId)?.program_name ?? '',
      },
      dueOn: r.dueOn,
      satisfaction: r.satisfaction,
      answeredAt: r.answeredAt ? r.answeredAt.toISOString() : null,
    }));
  }

  private async mails(
    manager: EntityManager,
    opened: { matchId: string; respondentId: string; partnerId: string }[],
  ): Promise<QueuedMail[]> {
    if (!opened.length) return [];
    const ids = [...new Set(opened.flatMap((o) => [o.respondentId, o.partnerId]))];
    const people: { id: string; email: string; display_name: string }[] = await manager.query(
      `SELECT id, email, display_name FROM app_user WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(people.map((p) => [p.id, p]));
    return opened.flatMap((o) => {
      const to = byId.get(o.respondentId);
      const partner = byId.get(o.partnerId);
      if (!to || !partner) return [];
      return [
        {
          to: to.email,
          toUserId: to.id,
          kind: 'pulse-check-in',
          context: `match:${o.matchId}`,
          subject: `How is your mentoring with ${partner.display_name} going?`,
          text:
            `Hello ${to.display_name.split(' ')[0]},\n\nOne question, ten seconds: how satisfied are you with your mentoring with ${partner.display_name}? ` +
            `Your answer goes to your HR team only, never to ${partner.display_name.split(' ')[0]}.\n\n${this.config.publicUrl}` +
            '\n\n— MentorBridge, on behalf of your HR team',
        },
      ];
    });
  }
}
