import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  JobScheduler,
  MailService,
  QueuedMail,
} from '@mentorbridge/api-core';
import type { SessionStatus } from '@mentorbridge/shared-contracts';
import { DataSource } from 'typeorm';
import { assessPair } from './pair-health';

const HOUR_MS = 3_600_000;
/** A quiet pair is nudged at most this often. */
const NUDGE_EVERY_DAYS = 14;

interface Person {
  id: string;
  email: string;
  name: string;
}

/**
 * Reminders by mail: both sides the day before a planned session, and a nudge when a pair has
 * gone quiet (no session for 1.5 × the program's cadence). Messages never quote the agenda, the
 * place or notes: mail is stored in the outbox and leaves the application.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'sessions.reminders',
      intervalSeconds: 900,
      run: async () => {
        await this.remindSessions();
        await this.nudgeQuietPairs();
      },
    });
  }

  /** Sessions starting within 24 hours get one reminder to each side. */
  async remindSessions(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      type Due = {
        id: string;
        scheduled_at: Date;
        duration_minutes: number;
        mode: string;
        mentor: Person;
        mentee: Person;
      };
      // An UPDATE … RETURNING comes back from the driver as [rows, count].
      const [due]: [Due[], number] = await manager.query(
        `UPDATE mentoring_session s SET reminded_at = $1
           FROM match m
          WHERE m.id = s.match_id AND m.state = 'active' AND s.status = 'scheduled'
            AND s.reminded_at IS NULL AND s.scheduled_at > $1 AND s.scheduled_at <= $2
         RETURNING s.id, s.scheduled_at, s.duration_minutes, s.mode,
           (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = m.mentor_user_id) AS mentor,
           (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = m.mentee_user_id) AS mentee`,
        [now, new Date(now.getTime() + 24 * HOUR_MS)],
      );
      const mails: QueuedMail[] = due.flatMap((s) =>
        [
          [s.mentor, s.mentee, 'mentor'],
          [s.mentee, s.mentor, 'mentee'],
        ].map(([to, partner, side]) => {
          const person = to as Person;
          const other = partner as Person;
          const when = new Date(s.scheduled_at).toISOString().replace('T', ' ').slice(0, 16);
          return {
            to: person.email,
            toUserId: person.id,
            kind: 'session-reminder',
            context: `session:${s.id}`,
            subject: `Reminder: mentoring with ${other.name}, ${when} UTC`,
            text:
              `Hello ${person.name.split(' ')[0]},\n\nYour ${s.duration_minutes}-minute ${s.mode.replace('_', ' ')} session with ${other.name} starts ${when} UTC. ` +
              `The agenda and the calendar invite are in MentorBridge: ${this.config.publicUrl}/${side as string}` +
              '\n\n— MentorBridge',
          };
        }),
      );
      await this.mail.queue(manager, mails);
      return due.length;
    });
  }

  /** Pairs without a session for 1.5 × the cadence get a friendly nudge (at most every 14 days). */
  async nudgeQuietPairs(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const pairs: {
        match_id: string;
        activated_at: Date;
        cadence_weeks: number;
        mentor: Person;
        mentee: Person;
        sessions: { at: string; status: SessionStatus }[] | null;
      }[] = await manager.query(
        `SELECT m.id AS match_id, m.activated_at, p.cadence_weeks,
                (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = m.mentor_user_id) AS mentor,
                (SELECT json_build_object('id', u.id, 'email', u.email, 'name', u.display_name) FROM app_user u WHERE u.id = m.mentee_user_id) AS mentee,
                (SELECT json_agg(json_build_object('at', s.scheduled_at, 'status', s.status) ORDER BY s.scheduled_at)
                   FROM mentoring_session s WHERE s.match_id = m.id AND s.status <> 'scheduled') AS sessions
           FROM match m JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id
          WHERE m.state = 'active' AND m.activated_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM mentoring_session s WHERE s.match_id = m.id AND s.status = 'scheduled' AND s.scheduled_at > $1)
            AND NOT EXISTS (SELECT 1 FROM mail_message mm WHERE mm.kind = 'quiet-nudge' AND mm.context = 'match:' || m.id
                              AND mm.created_at > $1::timestamptz - make_interval(days => $2))`,
        [now, NUDGE_EVERY_DAYS],
      );
      const quiet = pairs.filter((p) =>
        assessPair(
          {
            activatedAt: new Date(p.activated_at),
            cadenceWeeks: p.cadence_weeks,
            sessions: (p.sessions ?? []).map((s) => ({ at: new Date(s.at), status: s.status })),
            checkIns: 0,
            openFlags: 0,
            overdueMilestones: 0,
          },
          now,
        ).risks.some((r) => r.reason === 'no_recent_session'),
      );
      const mails: QueuedMail[] = quiet.flatMap((p) =>
        [
          [p.mentor, p.mentee, 'mentor'],
          [p.mentee, p.mentor, 'mentee'],
        ].map(([to, partner, side]) => {
          const person = to as Person;
          const other = partner as Person;
          return {
            to: person.email,
            toUserId: person.id,
            kind: 'quiet-nudge',
            context: `match:${p.match_id}`,
            subject: `Time to meet ${other.name} again?`,
            text:
              `Hello ${person.name.split(' ')[0]},\n\nIt has been a while since your last mentoring session with ${other.name}. ` +
              `A short check-in keeps the momentum: plan the next one here: ${this.config.publicUrl}/${side as string}` +
              '\n\n— MentorBridge',
          };
        }),
      );
      await this.mail.queue(manager, mails);
      return quiet.length;
    });
  }
}
