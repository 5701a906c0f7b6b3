import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  affectedRows,
  AuditService,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { PairKeys } from '@mentorbridge/api-sessions';
import {
  ERASED_EMAIL_DOMAIN,
  isErasedEmail,
  type ErasePersonResult,
  type PersonExport,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';

type Row = Record<string, unknown>;

/** Stands for the other side of a relationship in an export. */
const ANOTHER = 'another participant';
export const ERASED_NAME = 'Erased person';

/**
 * Personal-data rights: an export of everything held about one person (their own words
 * decrypted, the other party's data redacted) and erasure (directory fields anonymised, sign-ins
 * and messages removed, their words scrubbed, every pair key of theirs destroyed so the pair's
 * sealed texts are unreadable) while keeping the rows aggregates count. Both are audited.
 */
@Injectable()
export class PersonDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: PairKeys,
    private readonly audit: AuditService,
  ) {}

  async export(actor: AuthUser, userId: string): Promise<PersonExport> {
    return this.dataSource.transaction(async (manager) => {
      const [person]: Row[] = await manager.query(
        `SELECT id, email, display_name, status, department, title, location, seniority_level, languages,
                time_zone, manager_id, created_at FROM app_user WHERE id = $1`,
        [userId],
      );
      if (!person) throw new NotFoundError('person');
      const q = (sql: string) => manager.query(sql, [userId]) as Promise<Row[]>;
      const matches: { id: string; side: 'mentor' | 'mentee' }[] = await manager.query(
        `SELECT id, CASE WHEN mentor_user_id = $1 THEN 'mentor' ELSE 'mentee' END AS side
           FROM match WHERE mentor_user_id = $1 OR mentee_user_id = $1`,
        [userId],
      );
      const keyOf = new Map<string, Buffer | null>();
      for (const m of matches) keyOf.set(m.id, await this.keyOrNull(manager, m.id));
      const open = (matchId: string, sealed: unknown, id: string): string | null => {
        const key = keyOf.get(matchId);
        if (!key || !(sealed instanceof Buffer)) return null;
        try {
          return this.keys.open(key, sealed, id);
        } catch {
          return null;
        }
      };
      const notes = (
        await q(
          `SELECT id, match_id, session_id, visibility, body_sealed, created_at FROM pair_note WHERE author_id = $1`,
        )
      ).map((n) => ({
        id: n['id'],
        relationship: n['match_id'],
        visibility: n['visibility'],
        createdAt: n['created_at'],
        text: open(String(n['match_id']), n['body_sealed'], String(n['id'])),
      }));
      const goals = (
        await q(
          `SELECT g.id, g.match_id, g.title_sealed, g.why_sealed, g.measure_sealed, g.target_date, g.status,
                g.progress, g.attainment
           FROM pair_goal g JOIN match m ON m.id = g.match_id WHERE m.mentee_user_id = $1`,
        )
      ).map((g) => ({
        id: g['id'],
        relationship: g['match_id'],
        title: open(String(g['match_id']), g['title_sealed'], String(g['id'])),
        why: open(String(g['match_id']), g['why_sealed'], `${String(g['id'])}:why`),
        measure: open(String(g['match_id']), g['measure_sealed'], `${String(g['id'])}:measure`),
        targetDate: g['target_date'],
        status: g['status'],
        progress: g['progress'],
        attainment: g['attainment'],
      }));
      const concerns = (
        await q(
          `SELECT id, match_id, topic, urgency, status, message_sealed, created_at, resolved_at
           FROM pair_flag WHERE raised_by_id = $1`,
        )
      ).map((f) => ({
        id: f['id'],
        relationship: f['match_id'],
        topic: f['topic'],
        urgency: f['urgency'],
        status: f['status'],
        createdAt: f['created_at'],
        resolvedAt: f['resolved_at'],
        message: open(String(f['match_id']), f['message_sealed'], String(f['id'])),
      }));
      const pulses = (
        await q(
          `SELECT id, match_id, due_on, satisfaction, comment_sealed, answered_at FROM pulse_response
          WHERE respondent_id = $1`,
        )
      ).map((p) => ({
        kind: 'pulse',
        relationship: p['match_id'],
        dueOn: p['due_on'],
        satisfaction: p['satisfaction'],
        answeredAt: p['answered_at'],
        comment: open(String(p['match_id']), p['comment_sealed'], String(p['id'])),
      }));
      const exits = (
        await q(
          `SELECT match_id, side, satisfaction, recommend, helped_sealed, change_sealed, reflection_sealed,
                contact_preference, answered_at FROM closure_response WHERE respondent_id = $1`,
        )
      ).map((r) => {
        const id = (what: string) =>
          `closure:${String(r['match_id'])}:${String(r['side'])}:${what}`;
        return {
          kind: 'exit survey',
          relationship: r['match_id'],
          satisfaction: r['satisfaction'],
          recommend: r['recommend'],
          helped: open(String(r['match_id']), r['helped_sealed'], id('helped')),
          change: open(String(r['match_id']), r['change_sealed'], id('change')),
          reflection: open(String(r['match_id']), r['reflection_sealed'], id('reflection')),
          contactPreference: r['contact_preference'],
          answeredAt: r['answered_at'],
        };
      });
      const fits = (
        await q(
          `SELECT match_id, side, fit, continue_answer, answered_at FROM pairing_fit_response
          WHERE respondent_id = $1`,
        )
      ).map((f) => ({ kind: 'pairing fit', relationship: f['match_id'], ...f }));
      const result: PersonExport = {
        exportedAt: new Date().toISOString(),
        person,
        roles: await q(`SELECT role, program_id, created_at FROM role_grant WHERE user_id = $1`),
        invitations: await q(
          `SELECT cohort_id, role, status, sent_at, responded_at FROM invitation WHERE user_id = $1`,
        ),
        applications: await q(
          `SELECT id, cohort_id, role, status, answers, submitted_at, decided_at, decision_message
             FROM application WHERE user_id = $1`,
        ),
        participations: await q(
          `SELECT cohort_id, role, capacity, status, created_at FROM participant WHERE user_id = $1`,
        ),
        // The other side is "another participant": their identity is their own personal data.
        relationships: await manager.query(
          `SELECT m.id, m.cohort_id, CASE WHEN m.mentor_user_id = $1 THEN 'mentor' ELSE 'mentee' END AS my_side,
                  $2::text AS partner, m.state, m.activated_at, m.ended_at,
                  CASE WHEN m.declined_by_id = $1 THEN m.decline_reason END AS my_decline_reason,
                  (SELECT json_agg(json_build_object('at', s.scheduled_at, 'minutes', s.duration_minutes,
                                                     'mode', s.mode, 'status', s.status) ORDER BY s.scheduled_at)
                     FROM mentoring_session s WHERE s.match_id = m.id) AS sessions
             FROM match m WHERE m.mentor_user_id = $1 OR m.mentee_user_id = $1`,
          [userId, ANOTHER],
        ),
        notes,
        goals,
        concerns,
        checkIns: await manager.query(
          `SELECT ci.match_id AS relationship, ci.at, ci.channel FROM coordinator_check_in ci
             JOIN match m ON m.id = ci.match_id WHERE m.mentor_user_id = $1 OR m.mentee_user_id = $1`,
          [userId],
        ),
        surveys: [...pulses, ...exits, ...fits],
        auditTrail: await q(
          `SELECT at, action, object_type, object_id FROM audit_event WHERE actor_id = $1 ORDER BY at`,
        ),
      };
      await this.audit.record(manager, [
        { actorId: actor.id, action: 'person.export', objectType: 'user', objectId: userId },
      ]);
      return result;
    });
  }

  async erase(actor: AuthUser, userId: string, confirmEmail: string): Promise<ErasePersonResult> {
    return this.dataSource.transaction(async (manager) => {
      const [person]: { id: string; email: string; display_name: string }[] = await manager.query(
        `SELECT id, email, display_name FROM app_user WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!person) throw new NotFoundError('person');
      if (person.id === actor.id) throw new ConflictError('You cannot erase yourself.');
      if (person.display_name === ERASED_NAME && isErasedEmail(person.email))
        throw new ConflictError('This person has already been erased.');
      if (confirmEmail.trim().toLowerCase() !== person.email.toLowerCase())
        throw new ValidationFailedError('Type the person’s e-mail address to confirm.', [
          { field: 'confirmEmail', message: 'does not match the person’s e-mail address' },
        ]);
      let rows = 0;
      const run = async (sql: string, params: unknown[]) => {
        rows += affectedRows(await manager.query(sql, params));
      };
      // Every pair of theirs: destroy the key, so notes, goals, concerns and answers are unreadable.
      const matches: { id: string }[] = await manager.query(
        `SELECT id FROM match WHERE mentor_user_id = $1 OR mentee_user_id = $1`,
        [userId],
      );
      for (const m of matches)
        await manager.query(
          `INSERT INTO pair_key (match_id, wrapped, destroyed_at) VALUES ($1, NULL, now())
           ON CONFLICT (match_id) DO UPDATE SET wrapped = NULL, destroyed_at = now()`,
          [m.id],
        );
      // Sign-ins, tokens, messages and roles go.
      await run(`DELETE FROM user_session WHERE user_id = $1 RETURNING 1`, [userId]);
      await run(`DELETE FROM user_token WHERE user_id = $1 RETURNING 1`, [userId]);
      await run(`DELETE FROM login_attempt WHERE lower(email) = lower($1) RETURNING 1`, [
        person.email,
      ]);
      await run(`DELETE FROM mail_message WHERE lower(to_address) = lower($1) RETURNING 1`, [
        person.email,
      ]);
      await run(`DELETE FROM role_grant WHERE user_id = $1 RETURNING 1`, [userId]);
      // What they wrote in plain columns; their application answers and profile snapshot.
      await run(
        `UPDATE application SET answers = '{}'::jsonb, profile = '{}'::jsonb, goal_flag_reasons = '{}',
                decision_message = NULL, decision_reason = NULL WHERE user_id = $1 RETURNING 1`,
        [userId],
      );
      await run(
        `UPDATE application SET profile = jsonb_set(profile, '{manager}', 'null'::jsonb)
          WHERE profile->'manager'->>'id' = $1::text RETURNING 1`,
        [userId],
      );
      await run(`UPDATE match SET decline_reason = NULL WHERE declined_by_id = $1 RETURNING 1`, [
        userId,
      ]);
      await run(`UPDATE mentor_request SET message = NULL WHERE mentee_user_id = $1 RETURNING 1`, [
        userId,
      ]);
      await run(
        `UPDATE match_extension SET reason = '(erased)' WHERE requested_by_id = $1 RETURNING 1`,
        [userId],
      );
      // The directory entry stays (aggregates count people) but identifies no one.
      await run(
        `UPDATE app_user SET email = 'erased-' || id || '@' || $3, display_name = $2,
                password_hash = NULL, status = 'deactivated', department = NULL, title = NULL,
                location = NULL, seniority_level = NULL, languages = '{}', time_zone = NULL,
                manager_id = NULL
          WHERE id = $1 RETURNING 1`,
        [userId, ERASED_NAME, ERASED_EMAIL_DOMAIN],
      );
      // Their name or address quoted anywhere else (snapshots, HR's notes, other people's mail).
      rows += await this.scrub(manager, person.display_name, ERASED_NAME);
      rows += await this.scrub(manager, person.email, 'erased address');
      await this.audit.record(manager, [
        { actorId: actor.id, action: 'person.erase', objectType: 'user', objectId: userId },
      ]);
      return { erasedUserId: userId, pairKeysDestroyed: matches.length, rowsAnonymised: rows };
    });
  }

  /** Replaces a string in every text and JSON column of the public tables (not the audit log). */
  private async scrub(
    manager: EntityManager,
    needle: string,
    replacement: string,
  ): Promise<number> {
    if (needle.trim().length < 3) return 0;
    const columns: { table_name: string; column_name: string; data_type: string }[] =
      await manager.query(
        `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
            AND c.data_type IN ('text', 'character varying', 'jsonb')
            AND c.table_name NOT IN ('audit_event', 'schema_migrations', 'app_user')`,
      );
    let rows = 0;
    for (const c of columns) {
      const col = `"${c.column_name}"`;
      const sql =
        c.data_type === 'jsonb'
          ? `UPDATE "${c.table_name}" SET ${col} = replace(${col}::text, $1, $2)::jsonb
              WHERE strpos(${col}::text, $1) > 0 RETURNING 1`
          : `UPDATE "${c.table_name}" SET ${col} = replace(${col}, $1, $2)
              WHERE strpos(${col}, $1) > 0 RETURNING 1`;
      // Inside JSON the text is escaped: search for it the way JSON writes it.
      const [find, put] =
        c.data_type === 'jsonb'
          ? [JSON.stringify(needle).slice(1, -1), JSON.stringify(replacement).slice(1, -1)]
          : [needle, replacement];
      rows += affectedRows(await manager.query(sql, [find, put]));
    }
    return rows;
  }

  private async keyOrNull(manager: EntityManager, matchId: string): Promise<Buffer | null> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM pair_key WHERE match_id = $1 AND wrapped IS NOT NULL`,
      [matchId],
    );
    return rows.length ? this.keys.keyFor(manager, matchId) : null;
  }
}
