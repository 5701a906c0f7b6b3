import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  JobScheduler,
  MailService,
  returnedRows,
} from '@mentorbridge/api-core';
import { DataSource, EntityManager } from 'typeorm';
import { endApproachingMail, PairMailContext, Person, retentionWarningMail } from './closure-mails';

/** Reminders before the planned end (days before) and the retention warning (days before). */
const END_REMINDERS = [30, 7] as const;
const RETENTION_WARNING_DAYS = 14;

interface NoticeRow {
  match_id: string;
  program_name: string;
  cohort_name: string;
  on_day: string;
  mentor: Person;
  mentee: Person;
}

/**
 * Closure's scheduled work: reminding pairs as their planned end approaches (30 and 7 days
 * before, once each), warning them before their notes are deleted, and deleting the notes of
 * relationships closed longer ago than the program's retention period.
 */
@Injectable()
export class ClosureJobsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'closure.daily',
      intervalSeconds: 3600,
      run: async () => {
        await this.remindEndApproaching();
        await this.applyRetention();
      },
    });
  }

  /** One reminder per threshold to both sides of active pairs whose planned end is that close. */
  async remindEndApproaching(now = new Date()): Promise<number> {
    let sent = 0;
    for (const [i, days] of END_REMINDERS.entries()) {
      // A pair first seen inside a later threshold gets only that one reminder.
      const after = END_REMINDERS[i + 1] ?? -1;
      sent += await this.dataSource.transaction(async (manager) => {
        const rows = await this.claim(
          manager,
          `end_${days}`,
          `SELECT m.id FROM match m JOIN cohort c ON c.id = m.cohort_id
            WHERE m.state = 'active'
              AND COALESCE(m.planned_end_date, c.end_date) <= ($1::timestamptz + make_interval(days => ${days}))::date
              AND COALESCE(m.planned_end_date, c.end_date) > ($1::timestamptz + make_interval(days => ${after}))::date`,
          `COALESCE(m.planned_end_date, c.end_date)::text`,
          now,
        );
        const mails = rows.flatMap((r) =>
          [r.mentor, r.mentee].map((to) =>
            endApproachingMail(this.context(r), to, r.on_day, daysUntil(r.on_day, now)),
          ),
        );
        await this.mail.queue(manager, mails);
        return mails.length;
      });
    }
    return sent;
  }

  /** Warns pairs before their notes go, then deletes the notes of expired closures. */
  async applyRetention(now = new Date()): Promise<{ warned: number; deletedNotes: number }> {
    return this.dataSource.transaction(async (manager) => {
      const warn = returnedRows<NoticeRow>(
        await manager.query(
          `UPDATE match_closure mc SET notes_warned_at = $1
           FROM match m JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id
          WHERE m.id = mc.match_id AND mc.notes_warned_at IS NULL AND mc.notes_deleted_at IS NULL
            AND mc.closed_at + make_interval(days => p.note_retention_days - ${RETENTION_WARNING_DAYS}) <= $1
            AND mc.closed_at + make_interval(days => p.note_retention_days) > $1
            AND EXISTS (SELECT 1 FROM pair_note n WHERE n.match_id = m.id)
         RETURNING mc.match_id, p.name AS program_name, c.name AS cohort_name,
           (mc.closed_at + make_interval(days => p.note_retention_days))::date::text AS on_day,
           ${PEOPLE_SQL}`,
          [now],
        ),
      );
      const mails = warn.flatMap((r) =>
        [r.mentor, r.mentee].map((to) => retentionWarningMail(this.context(r), to, r.on_day)),
      );
      await this.mail.queue(manager, mails);
      const expired = returnedRows<{ match_id: string }>(
        await manager.query(
          `UPDATE match_closure mc SET notes_deleted_at = $1
           FROM match m JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id
          WHERE m.id = mc.match_id AND mc.notes_deleted_at IS NULL
            AND mc.closed_at + make_interval(days => p.note_retention_days) <= $1
         RETURNING mc.match_id`,
          [now],
        ),
      );
      let deletedNotes = 0;
      if (expired.length) {
        deletedNotes = returnedRows(
          await manager.query(
            `DELETE FROM pair_note WHERE match_id = ANY($1::uuid[]) RETURNING id`,
            [expired.map((r) => r.match_id)],
          ),
        ).length;
      }
      return { warned: warn.length, deletedNotes };
    });
  }

  /** Marks a notice as sent for the matching pairs (once per pair and kind) and returns them. */
  private async claim(
    manager: EntityManager,
    kind: string,
    candidatesSql: string,
    onDaySql: string,
    now: Date,
  ): Promise<NoticeRow[]> {
    return manager.query(
      `WITH fresh AS (
         INSERT INTO closure_notice (match_id, kind)
         SELECT id, '${kind}' FROM (${candidatesSql}) candidates
         ON CONFLICT DO NOTHING RETURNING match_id
       )
       SELECT m.id AS match_id, p.name AS program_name, c.name AS cohort_name, ${onDaySql} AS on_day,
              ${PEOPLE_SQL}
         FROM fresh JOIN match m ON m.id = fresh.match_id
         JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id`,
      [now],
    );
  }

  private context(row: NoticeRow): PairMailContext {
    return {
      publicUrl: this.config.publicUrl,
      matchId: row.match_id,
      programName: row.program_name,
      cohortName: row.cohort_name,
    };
  }
}

const PEOPLE_SQL = `(SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = m.mentor_user_id) AS mentor,
           (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = m.mentee_user_id) AS mentee`;

function daysUntil(day: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(`${day}T00:00:00Z`) - now.getTime()) / 86_400_000));
}
