import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  NotFoundError,
  readTogether,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import type {
  AttendanceOutcome,
  CancelSessionRequest,
  LogSessionRequest,
  PairSide,
  RecordAttendanceRequest,
  RescheduleSessionRequest,
  ScheduleSessionRequest,
  SessionStatus,
  SessionView,
} from '@mentorbridge/shared-contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { MentoringSessionEntity, PairNoteEntity } from './entities/sessions.entities';
import { PairAccess, PairContext } from './pair-access';
import { PairKeys } from './pair-keys.service';
import { icsInvite } from './ics';

const HOUR_MS = 3_600_000;

/** What an attendance outcome means for the session row. */
function outcomeFields(outcome: AttendanceOutcome): {
  status: SessionStatus;
  cancelledBy: PairSide | null;
  noShowBy: PairSide | null;
} {
  switch (outcome) {
    case 'held':
      return { status: 'held', cancelledBy: null, noShowBy: null };
    case 'cancelled_by_mentor':
      return { status: 'cancelled', cancelledBy: 'mentor', noShowBy: null };
    case 'cancelled_by_mentee':
      return { status: 'cancelled', cancelledBy: 'mentee', noShowBy: null };
    case 'no_show_mentor':
      return { status: 'no_show', cancelledBy: null, noShowBy: 'mentor' };
    case 'no_show_mentee':
      return { status: 'no_show', cancelledBy: null, noShowBy: 'mentee' };
  }
}

/**
 * Sessions of a pair: scheduling, rescheduling, cancelling, logging attendance (also after the
 * fact, idempotently), and the .ics invite. Location and agenda are sealed with the pair's key.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PairAccess,
    private readonly keys: PairKeys,
  ) {}

  async list(actor: AuthUser, matchId: string): Promise<SessionView[]> {
    const manager = this.dataSource.manager;
    const context = await this.access.reach(actor, matchId, manager, { staff: true });
    const rows = await manager
      .getRepository(MentoringSessionEntity)
      .find({ where: { matchId }, order: { scheduledAt: 'DESC', id: 'ASC' } });
    return this.views(manager, context, rows, actor.id);
  }

  async schedule(
    actor: AuthUser,
    matchId: string,
    body: ScheduleSessionRequest,
  ): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.member(actor, matchId, manager);
      const key = await this.keys.keyFor(manager, matchId);
      const id = randomUUID();
      const row = manager.getRepository(MentoringSessionEntity).create({
        id,
        matchId,
        scheduledAt: new Date(body.scheduledAt),
        durationMinutes: body.durationMinutes,
        mode: body.mode,
        status: 'scheduled',
        locationSealed: this.keys.seal(key, body.location, `${id}:location`),
        agendaSealed: this.keys.seal(key, body.agenda, `${id}:agenda`),
        createdBySide: context.viewer,
      });
      await manager.getRepository(MentoringSessionEntity).insert(row);
      return (await this.views(manager, context, [row], actor.id))[0];
    });
  }

  async reschedule(
    actor: AuthUser,
    sessionId: string,
    body: RescheduleSessionRequest,
  ): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const { row, context } = await this.mine(actor, sessionId, manager);
      if (row.status !== 'scheduled')
        throw new ConflictError('Only a planned session can be rescheduled.');
      const key = await this.keys.keyFor(manager, row.matchId);
      if (body.scheduledAt !== undefined) row.scheduledAt = new Date(body.scheduledAt);
      if (body.durationMinutes !== undefined) row.durationMinutes = body.durationMinutes;
      if (body.mode !== undefined) row.mode = body.mode;
      if (body.location !== undefined)
        row.locationSealed = this.keys.seal(key, body.location, `${row.id}:location`);
      if (body.agenda !== undefined)
        row.agendaSealed = this.keys.seal(key, body.agenda, `${row.id}:agenda`);
      await manager.getRepository(MentoringSessionEntity).save(row);
      return (await this.views(manager, context, [row], actor.id))[0];
    });
  }

  async cancel(
    actor: AuthUser,
    sessionId: string,
    body: CancelSessionRequest,
  ): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const { row, context } = await this.mine(actor, sessionId, manager);
      if (row.status !== 'scheduled')
        throw new ConflictError('Only a planned session can be cancelled.');
      row.status = 'cancelled';
      row.cancelledBy = context.viewer;
      row.cancelledAt = new Date();
      const key = await this.keys.keyFor(manager, context.match.id);
      // The reason is for the partner: sealed like the agenda, never shown to program staff.
      row.cancelReasonSealed = this.keys.seal(key, body.reason?.trim(), `${row.id}:cancel_reason`);
      await manager.getRepository(MentoringSessionEntity).save(row);
      return (await this.views(manager, context, [row], actor.id))[0];
    });
  }

  async recordAttendance(
    actor: AuthUser,
    sessionId: string,
    body: RecordAttendanceRequest,
  ): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const { row, context } = await this.mine(actor, sessionId, manager);
      if (
        row.scheduledAt.getTime() > Date.now() &&
        body.outcome !== 'cancelled_by_mentor' &&
        body.outcome !== 'cancelled_by_mentee'
      )
        throw new ConflictError('Attendance can be logged once the session has started.');
      const fields = outcomeFields(body.outcome);
      Object.assign(row, fields, {
        loggedAt: new Date(),
        cancelledAt: fields.status === 'cancelled' ? (row.cancelledAt ?? new Date()) : null,
      });
      if (body.durationMinutes !== undefined) row.durationMinutes = body.durationMinutes;
      await manager.getRepository(MentoringSessionEntity).save(row);
      return (await this.views(manager, context, [row], actor.id))[0];
    });
  }

  /**
   * A past session with its outcome (and optionally a note) in one request. The client sends the
   * same idempotency key when it retries: the session (and note) are created once.
   */
  async log(actor: AuthUser, matchId: string, body: LogSessionRequest): Promise<SessionView> {
    const date = new Date(body.date);
    if (date.getTime() > Date.now() + 5 * 60_000)
      throw new ValidationFailedError('A session can be logged once it has happened.', [
        { field: 'date', message: 'must not be in the future' },
      ]);
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.member(actor, matchId, manager);
      const key = await this.keys.keyFor(manager, matchId);
      const id = randomUUID();
      const fields = outcomeFields(body.outcome);
      const inserted: { id: string }[] = await manager
        .createQueryBuilder()
        .insert()
        .into(MentoringSessionEntity)
        .values({
          id,
          matchId,
          scheduledAt: date,
          durationMinutes: body.durationMinutes,
          mode: body.mode,
          ...fields,
          cancelledAt: fields.status === 'cancelled' ? date : null,
          loggedAt: new Date(),
          createdBySide: context.viewer,
          idempotencyKey: body.idempotencyKey,
        })
        .orIgnore()
        .returning(['id'])
        .execute()
        .then((r) => r.raw as { id: string }[]);
      if (inserted.length && body.note?.trim()) {
        const noteId = randomUUID();
        await manager.getRepository(PairNoteEntity).insert({
          id: noteId,
          matchId,
          sessionId: id,
          authorId: actor.id,
          authorSide: context.viewer,
          visibility: body.noteVisibility ?? 'private',
          bodySealed: this.keys.cipher.sealText(key, body.note.trim(), noteId),
        });
      }
      const row = await manager.getRepository(MentoringSessionEntity).findOneByOrFail({
        matchId,
        idempotencyKey: body.idempotencyKey,
      });
      return (await this.views(manager, context, [row], actor.id))[0];
    });
  }

  async invite(actor: AuthUser, sessionId: string): Promise<{ filename: string; body: string }> {
    const manager = this.dataSource.manager;
    const row = await manager.getRepository(MentoringSessionEntity).findOneBy({ id: sessionId });
    if (!row) throw new NotFoundError('session');
    const context = await this.access.reach(actor, row.matchId, manager);
    const key = await this.keys.keyFor(manager, row.matchId);
    const names: { mentor: string; mentee: string; program: string }[] = await manager.query(
      `SELECT mr.display_name AS mentor, me.display_name AS mentee, p.name AS program
         FROM match m JOIN app_user mr ON mr.id = m.mentor_user_id JOIN app_user me ON me.id = m.mentee_user_id
         JOIN cohort c ON c.id = m.cohort_id JOIN program p ON p.id = c.program_id WHERE m.id = $1`,
      [context.match.id],
    );
    const n = names[0];
    return {
      filename: `mentoring-${row.scheduledAt.toISOString().slice(0, 10)}.ics`,
      body: icsInvite({
        uid: row.id,
        start: row.scheduledAt,
        durationMinutes: row.durationMinutes,
        summary: `Mentoring: ${n.mentor} & ${n.mentee}`,
        location: this.keys.open(key, row.locationSealed, `${row.id}:location`),
        description: [
          `${n.program} — ${row.mode.replace('_', ' ')} session`,
          this.keys.open(key, row.agendaSealed, `${row.id}:agenda`) ?? '',
        ]
          .filter(Boolean)
          .join('\n\n'),
        cancelled: row.status === 'cancelled',
      }),
    };
  }

  private async mine(
    actor: AuthUser,
    sessionId: string,
    manager: EntityManager,
  ): Promise<{ row: MentoringSessionEntity; context: PairContext & { viewer: PairSide } }> {
    const row = await manager
      .getRepository(MentoringSessionEntity)
      .createQueryBuilder('s')
      .where('s.id = :sessionId', { sessionId })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw new NotFoundError('session');
    const context = await this.access.member(actor, row.matchId, manager).catch((e: unknown) => {
      throw e instanceof NotFoundError ? new NotFoundError('session') : e;
    });
    return { row, context };
  }

  private async views(
    manager: EntityManager,
    context: PairContext,
    rows: MentoringSessionEntity[],
    viewerId: string,
  ): Promise<SessionView[]> {
    const pair = context.viewer !== 'staff';
    const pairView = pair && rows.length > 0;
    // The key and the note counts are independent reads: asked together.
    const [key, found] = await readTogether<[Buffer | null, { session_id: string; n: number }[]]>(
      manager,
      async () => (pairView ? this.keys.keyFor(manager, context.match.id) : null),
      async () =>
        pairView
          ? manager.query(
              `SELECT session_id, count(*)::int AS n FROM pair_note
              WHERE match_id = $1 AND session_id = ANY($2::uuid[]) AND (author_id = $3 OR visibility = 'shared')
              GROUP BY session_id`,
              [context.match.id, rows.map((r) => r.id), viewerId],
            )
          : [],
    );
    const counts = new Map(found.map((f) => [f.session_id, f.n]));
    return rows.map((r) => ({
      id: r.id,
      matchId: r.matchId,
      scheduledAt: r.scheduledAt.toISOString(),
      durationMinutes: r.durationMinutes,
      mode: r.mode,
      status: r.status,
      location: key ? this.keys.open(key, r.locationSealed, `${r.id}:location`) : null,
      agenda: key ? this.keys.open(key, r.agendaSealed, `${r.id}:agenda`) : null,
      cancelledBy: r.cancelledBy,
      cancelReason: key ? this.keys.open(key, r.cancelReasonSealed, `${r.id}:cancel_reason`) : null,
      cancelNoticeHours:
        r.cancelledAt && r.status === 'cancelled'
          ? Math.round(((r.scheduledAt.getTime() - r.cancelledAt.getTime()) / HOUR_MS) * 10) / 10
          : null,
      noShowBy: r.noShowBy,
      loggedAt: r.loggedAt ? r.loggedAt.toISOString() : null,
      createdBy: r.createdBySide,
      notes: counts.get(r.id) ?? 0,
    }));
  }
}
