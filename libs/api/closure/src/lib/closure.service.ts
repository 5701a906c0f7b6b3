import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  AppConfig,
  AuditService,
  ConflictError,
  MailService,
  NotFoundError,
  QueuedMail,
  returnedRows,
  ValidationFailedError,
  readTogether,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import { PairAccess, PairGoalEntity, PairKeys } from '@mentorbridge/api-sessions';
import {
  ChecklistItem,
  ClosureInitiator,
  ClosureView,
  EarlyClosureReason,
  EarlyClosureRequest,
  ExitSurveyRequest,
  ExtensionDecisionRequest,
  ExtensionRequest,
  ExtensionView,
  GoalAttainmentRequest,
  PairSide,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { certificatePdf } from './certificate';
import {
  earlyClosureHrMail,
  earlyClosureMail,
  exitSurveyMail,
  extensionDecidedMail,
  extensionRequestedMail,
  PairMailContext,
  Person,
  sideLabel,
} from './closure-mails';
import {
  ClosureResponseEntity,
  MatchClosureEntity,
  MatchExtensionEntity,
} from './entities/closure.entities';
import {
  addDays,
  closingWindowOpen,
  isDocumented,
  isoDay,
  loadPairData,
  PairData,
  plannedEnd,
  sideDocumentation,
  windowOpensOn,
} from './pair-data';

type Viewer = PairSide | 'staff';

/** Associated data binding each sealed closure text to its row and field. */
const sealedId = (matchId: string, what: string) => `closure:${matchId}:${what}`;

/** The longest extension HR may grant in one step. */
const MAX_EXTENSION_DAYS = 366;

/**
 * The end of a relationship: early closure by either side or HR (reason, who, a message to the
 * other side, who returns to the pool and when), planned closure in the closing window, the
 * closure checklist (final session, goal attainment, exit survey, contact preference), extensions
 * decided by HR, HR chasing missing surveys, and the certificate of participation.
 */
@Injectable()
export class ClosureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PairAccess,
    private readonly keys: PairKeys,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async view(actor: AuthUser, matchId: string): Promise<ClosureView> {
    const manager = this.dataSource.manager;
    const { match, viewer } = await this.access.reach(actor, matchId, manager, { staff: true });
    return this.build(manager, await loadPairData(manager, match), viewer);
  }

  async closeEarly(
    actor: AuthUser,
    matchId: string,
    request: EarlyClosureRequest,
  ): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (pair.match.state !== 'active') throw this.notActive(pair);
      const reasonText = request.reasonText?.trim() || null;
      if (request.reason === 'other' && !reasonText)
        throw new ValidationFailedError('Say in a few words why the relationship ends.', [
          { field: 'reasonText', message: 'is required when the reason is "other"' },
        ]);
      if (
        viewer !== 'staff' &&
        (request.rematchMentee !== undefined || request.rematchMentor !== undefined)
      )
        throw new ValidationFailedError('You can only choose whether you are matched again.', [
          { field: 'rematch', message: 'use rematch for yourself; HR decides for the other side' },
        ]);
      if (viewer === 'staff' && request.rematch !== undefined)
        throw new ValidationFailedError(
          'Choose for each side with rematchMentee and rematchMentor.',
          [{ field: 'rematch', message: 'is for members of the pair' }],
        );
      const initiator: ClosureInitiator = viewer === 'staff' ? 'hr' : viewer;
      const defaults = rematchDefaults(request.reason, initiator);
      const mentorReturns =
        viewer === 'mentor'
          ? (request.rematch ?? defaults.mentor)
          : (request.rematchMentor ?? defaults.mentor);
      const menteeReturns =
        viewer === 'mentee'
          ? (request.rematch ?? defaults.mentee)
          : (request.rematchMentee ?? defaults.mentee);
      const now = new Date();
      const message = request.message?.trim() || null;
      await this.endMatch(manager, pair, 'closed_early', now, {
        mentorRematchFrom: mentorReturns ? now : null,
        menteeRematchFrom: menteeReturns ? addDays(now, pair.program.rematchBufferDays) : null,
      });
      const key = await this.keys.keyFor(manager, matchId);
      await manager.getRepository(MatchClosureEntity).insert({
        matchId,
        kind: 'early',
        reason: request.reason,
        reasonText,
        initiatedBy: initiator,
        initiatedById: actor.id,
        messageSealed: this.keys.seal(key, message, sealedId(matchId, 'message')),
        closedAt: now,
      });
      await this.audit.record(manager, [
        { actorId: actor.id, action: 'match.close_early', objectType: 'match', objectId: matchId },
      ]);
      const names = { mentor: pair.mentor.name, mentee: pair.mentee.name };
      const by = sideLabel(initiator, names);
      const context = this.mailContext(pair);
      const recipients =
        initiator === 'hr'
          ? [pair.mentor, pair.mentee]
          : [initiator === 'mentor' ? pair.mentee : pair.mentor];
      const mails: QueuedMail[] = recipients.map((to) =>
        earlyClosureMail(context, to, by, request.reason, message),
      );
      if (initiator !== 'hr') {
        for (const hr of await this.hrLeads(manager, pair.cohort.programId))
          mails.push(
            earlyClosureHrMail(
              context,
              hr,
              `${pair.mentor.name} and ${pair.mentee.name}`,
              by,
              request.reason,
            ),
          );
      }
      await this.mail.queue(manager, mails);
      return this.build(manager, await this.reload(manager, pair), viewer);
    });
  }

  async complete(actor: AuthUser, matchId: string): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (pair.match.state !== 'active') throw this.notActive(pair);
      const now = new Date();
      if (!closingWindowOpen(pair, now))
        throw new ConflictError(
          `Planned closure opens on ${windowOpensOn(plannedEnd(pair))}, 30 days before the planned end. ` +
            'To end the relationship earlier, use "End early" with a reason.',
        );
      await this.endMatch(manager, pair, 'completed', now, {
        mentorRematchFrom: null,
        menteeRematchFrom: null,
      });
      await manager.getRepository(MatchClosureEntity).insert({
        matchId,
        kind: 'planned',
        reason: 'completed',
        reasonText: null,
        initiatedBy: viewer === 'staff' ? 'hr' : viewer,
        initiatedById: actor.id,
        messageSealed: null,
        closedAt: now,
      });
      await this.audit.record(manager, [
        { actorId: actor.id, action: 'match.complete', objectType: 'match', objectId: matchId },
      ]);
      await this.sendSurveys(manager, [pair]);
      return this.build(manager, await this.reload(manager, pair), viewer);
    });
  }

  async answerSurvey(
    actor: AuthUser,
    matchId: string,
    request: ExitSurveyRequest,
  ): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (viewer === 'staff') throw new NotFoundError('match');
      this.assertChecklistOpen(pair);
      if (!pair.program.contactOptions.includes(request.contactPreference))
        throw new ValidationFailedError('Choose one of the contact options this program offers.', [
          {
            field: 'contactPreference',
            message: `must be one of ${pair.program.contactOptions.join(', ')}`,
          },
        ]);
      const key = await this.keys.keyFor(manager, matchId);
      const seal = (text: string | undefined, what: string) =>
        this.keys.seal(key, text?.trim() || null, sealedId(matchId, `${viewer}:${what}`));
      await manager.getRepository(ClosureResponseEntity).upsert(
        {
          matchId,
          side: viewer,
          respondentId: actor.id,
          satisfaction: request.satisfaction,
          recommend: request.recommend,
          helpedSealed: seal(request.helped, 'helped'),
          changeSealed: seal(request.change, 'change'),
          reflectionSealed: seal(request.reflection, 'reflection'),
          contactPreference: request.contactPreference,
          contactDefaulted: false,
          answeredAt: new Date(),
        },
        ['matchId', 'side'],
      );
      return this.build(manager, pair, viewer);
    });
  }

  async assessGoals(
    actor: AuthUser,
    matchId: string,
    request: GoalAttainmentRequest,
  ): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (viewer === 'staff') throw new NotFoundError('match');
      this.assertChecklistOpen(pair);
      const goals = manager.getRepository(PairGoalEntity);
      for (const item of request.goals) {
        const result = await goals.update(
          { id: item.goalId, matchId },
          { attainment: item.attainment },
        );
        if (!result.affected) throw new NotFoundError('goal');
      }
      return this.build(manager, pair, viewer);
    });
  }

  /** HR: mail the sides whose exit survey is missing; an unknown contact preference defaults. */
  async chase(actor: AuthUser, matchId: string): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (viewer !== 'staff') throw new NotFoundError('match');
      if (pair.match.state !== 'completed' && pair.match.state !== 'closed_early')
        throw new ConflictError('Exit surveys can be chased once the relationship has ended.');
      const rows = await manager.getRepository(ClosureResponseEntity).find({ where: { matchId } });
      const now = new Date();
      const mails: QueuedMail[] = [];
      for (const side of ['mentor', 'mentee'] as const) {
        const row = rows.find((r) => r.side === side);
        if (row?.answeredAt) continue;
        await manager.getRepository(ClosureResponseEntity).upsert(
          {
            matchId,
            side,
            chasedAt: now,
            contactPreference: row?.contactPreference ?? 'no_further_contact',
            contactDefaulted: !row?.contactPreference,
          },
          ['matchId', 'side'],
        );
        mails.push(exitSurveyMail(this.mailContext(pair), pair[side], true));
      }
      if (!mails.length) throw new ConflictError('Both sides have answered their exit survey.');
      await this.mail.queue(manager, mails);
      return this.build(manager, pair, viewer);
    });
  }

  async certificate(actor: AuthUser, matchId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const manager = this.dataSource.manager;
    const { match, viewer } = await this.access.reach(actor, matchId, manager);
    if (viewer === 'staff') throw new NotFoundError('match');
    if (match.state !== 'completed')
      throw new ConflictError('The certificate is available once the relationship is completed.');
    const pair = await loadPairData(manager, match);
    const person = pair[viewer];
    const pdf = certificatePdf({
      name: person.name,
      role: viewer,
      programName: pair.program.name,
      cohortName: pair.cohort.name,
      from: isoDay(match.activatedAt ?? match.proposedAt),
      to: isoDay(match.endedAt ?? new Date()),
      issuedOn: isoDay(new Date()),
    });
    const slug = person.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return { fileName: `certificate-${slug || 'participant'}.pdf`, pdf };
  }

  async requestExtension(
    actor: AuthUser,
    matchId: string,
    request: ExtensionRequest,
  ): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (viewer === 'staff') throw new NotFoundError('match');
      if (pair.match.state !== 'active') throw this.notActive(pair);
      const current = plannedEnd(pair);
      this.assertNewEnd(current, request.endDate);
      const pending = await manager
        .getRepository(MatchExtensionEntity)
        .count({ where: { matchId, state: 'pending' } });
      if (pending) throw new ConflictError('An extension request is already waiting for HR.');
      await manager.getRepository(MatchExtensionEntity).insert({
        matchId,
        requestedSide: viewer,
        requestedById: actor.id,
        currentEnd: current,
        requestedEnd: request.endDate,
        reason: request.reason.trim(),
        state: 'pending',
      });
      const pairName = `${pair.mentor.name} and ${pair.mentee.name}`;
      await this.mail.queue(
        manager,
        (await this.hrLeads(manager, pair.cohort.programId)).map((hr) =>
          extensionRequestedMail(this.mailContext(pair), hr, pairName, request.endDate),
        ),
      );
      return this.build(manager, pair, viewer);
    });
  }

  async decideExtension(
    actor: AuthUser,
    matchId: string,
    extensionId: string,
    request: ExtensionDecisionRequest,
  ): Promise<ClosureView> {
    return this.dataSource.transaction(async (manager) => {
      const { pair, viewer } = await this.locked(actor, matchId, manager);
      if (viewer !== 'staff') throw new NotFoundError('match');
      const extension = await manager
        .getRepository(MatchExtensionEntity)
        .findOne({ where: { id: extensionId, matchId } });
      if (!extension) throw new NotFoundError('extension');
      if (extension.state !== 'pending')
        throw new ConflictError(`This request was already ${extension.state}.`);
      if (request.approve && pair.match.state !== 'active') throw this.notActive(pair);
      const end = request.approve ? (request.endDate ?? extension.requestedEnd) : null;
      if (end) this.assertNewEnd(plannedEnd(pair), end);
      await manager.getRepository(MatchExtensionEntity).update(
        { id: extension.id },
        {
          state: request.approve ? 'approved' : 'declined',
          decidedById: actor.id,
          decidedAt: new Date(),
          approvedEnd: end,
          decisionNote: request.note?.trim() || null,
        },
      );
      if (end) {
        await manager.getRepository(MatchEntity).update({ id: matchId }, { plannedEndDate: end });
        await this.audit.record(manager, [
          { actorId: actor.id, action: 'match.extend', objectType: 'match', objectId: matchId },
        ]);
      }
      await this.mail.queue(
        manager,
        [pair.mentor, pair.mentee].map((to) =>
          extensionDecidedMail(this.mailContext(pair), to, request.approve, end),
        ),
      );
      return this.build(manager, await this.reload(manager, pair), viewer);
    });
  }

  // --- shared with the cohort closing -----------------------------------------------------------

  /** Ends a match: state, end time, rematch dates; cancels planned sessions and open requests. */
  async endMatch(
    manager: EntityManager,
    pair: PairData,
    state: 'completed' | 'closed_early',
    now: Date,
    rematch: { mentorRematchFrom: Date | null; menteeRematchFrom: Date | null },
  ): Promise<void> {
    await manager
      .getRepository(MatchEntity)
      .update({ id: pair.match.id }, { state, endedAt: now, ...rematch });
    await manager.query(
      `UPDATE mentoring_session SET status = 'cancelled', cancelled_at = $2
        WHERE match_id = $1 AND status = 'scheduled' AND scheduled_at > $2`,
      [pair.match.id, now],
    );
    await manager.query(
      `UPDATE match_extension SET state = 'declined', decided_at = $2,
              decision_note = 'The relationship ended before a decision.'
        WHERE match_id = $1 AND state = 'pending'`,
      [pair.match.id, now],
    );
  }

  /** Exit survey requests to both sides of each pair (once per pair). */
  async sendSurveys(manager: EntityManager, pairs: PairData[]): Promise<number> {
    if (!pairs.length) return 0;
    const fresh = returnedRows<{ match_id: string }>(
      await manager.query(
        `INSERT INTO closure_notice (match_id, kind) SELECT unnest($1::uuid[]), 'survey_request'
         ON CONFLICT DO NOTHING RETURNING match_id`,
        [pairs.map((p) => p.match.id)],
      ),
    );
    const ids = new Set(fresh.map((r) => r.match_id));
    const mails = pairs
      .filter((p) => ids.has(p.match.id))
      .flatMap((p) =>
        [p.mentor, p.mentee].map((to) => exitSurveyMail(this.mailContext(p), to, false)),
      );
    await this.mail.queue(manager, mails);
    return mails.length;
  }

  mailContext(pair: PairData): PairMailContext {
    return {
      publicUrl: this.config.publicUrl,
      matchId: pair.match.id,
      programName: pair.program.name,
      cohortName: pair.cohort.name,
    };
  }

  async hrLeads(manager: EntityManager, programId: string): Promise<Person[]> {
    return manager.query(
      `SELECT DISTINCT u.id, u.email, u.display_name AS name
         FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.role = 'admin' AND g.program_id = $1 AND u.status = 'active'`,
      [programId],
    );
  }

  // --- internals ------------------------------------------------------------------------------

  private async locked(actor: AuthUser, matchId: string, manager: EntityManager) {
    // Lock first so two closures of the same pair serialise (the second sees the ended state).
    await manager.query(`SELECT id FROM match WHERE id = $1 FOR UPDATE`, [matchId]);
    const { match, viewer } = await this.access.reach(actor, matchId, manager, { staff: true });
    return { pair: await loadPairData(manager, match), viewer };
  }

  private async reload(manager: EntityManager, pair: PairData): Promise<PairData> {
    const match = await manager.getRepository(MatchEntity).findOneByOrFail({ id: pair.match.id });
    return { ...pair, match };
  }

  private notActive(pair: PairData): ConflictError {
    return new ConflictError(
      pair.match.state === 'completed' || pair.match.state === 'closed_early'
        ? 'This relationship has already ended.'
        : 'This relationship is not active.',
    );
  }

  private assertChecklistOpen(pair: PairData): void {
    const ended = pair.match.state === 'completed' || pair.match.state === 'closed_early';
    if (ended || closingWindowOpen(pair, new Date())) return;
    if (pair.match.state !== 'active') throw this.notActive(pair);
    throw new ConflictError(
      `The closure checklist opens on ${windowOpensOn(plannedEnd(pair))}, 30 days before the planned end.`,
    );
  }

  private assertNewEnd(current: string, end: string): void {
    if (end <= current)
      throw new ValidationFailedError('The new end must be after the current planned end.', [
        { field: 'endDate', message: `must be after ${current}` },
      ]);
    const latest = isoDay(addDays(new Date(`${current}T00:00:00Z`), MAX_EXTENSION_DAYS));
    if (end > latest)
      throw new ValidationFailedError('An extension can add at most a year.', [
        { field: 'endDate', message: `must be on or before ${latest}` },
      ]);
  }

  private async build(
    manager: EntityManager,
    pair: PairData,
    viewer: Viewer,
  ): Promise<ClosureView> {
    const matchId = pair.match.id;
    const now = new Date();
    const [closure, responses, goals, extensions, finalSession] = await readTogether(
      manager,
      () => manager.getRepository(MatchClosureEntity).findOne({ where: { matchId } }),
      () => manager.getRepository(ClosureResponseEntity).find({ where: { matchId } }),
      () =>
        manager
          .getRepository(PairGoalEntity)
          .find({ where: { matchId }, order: { createdAt: 'ASC' } }),
      () =>
        manager
          .getRepository(MatchExtensionEntity)
          .find({ where: { matchId }, order: { createdAt: 'DESC' } }),
      () =>
        manager.query(
          `SELECT 1 FROM mentoring_session WHERE match_id = $1 AND status = 'held' AND scheduled_at >= $2 LIMIT 1`,
          [matchId, `${windowOpensOn(plannedEnd(pair))}T00:00:00Z`],
        ) as Promise<unknown[]>,
    );
    const mySide = viewer === 'staff' ? null : viewer;
    // The pair's own view opens (or creates) their key; HR's only reads an existing one, for the
    // exit answers in words (none after an erasure; the rest of the closure still shows).
    const key = mySide
      ? await this.keys.keyFor(manager, matchId)
      : await this.keys.existing(manager, matchId);
    const open = (sealed: Buffer | null, what: string) =>
      key ? this.keys.open(key, sealed, sealedId(matchId, what)) : null;
    const bySide = (side: PairSide) => responses.find((r) => r.side === side);
    const mine = mySide ? bySide(mySide) : undefined;
    const ended = pair.match.state === 'completed' || pair.match.state === 'closed_early';
    const checklist: ChecklistItem[] = mySide
      ? [
          ...(closure?.kind === 'early'
            ? []
            : [
                {
                  key: 'final_session' as const,
                  label: 'Hold a final session together',
                  done: finalSession.length > 0,
                },
              ]),
          {
            key: 'goals_assessed',
            label: 'Say how far each goal was reached',
            done: goals.every((g) => g.attainment !== null),
          },
          { key: 'exit_survey', label: 'Answer the exit survey', done: !!mine?.answeredAt },
          {
            key: 'contact_preference',
            label: 'Say whether you want to stay in touch',
            done: !!mine?.contactPreference && !mine.contactDefaulted,
          },
        ]
      : [];
    const mentorDoc = sideDocumentation(bySide('mentor'));
    const menteeDoc = sideDocumentation(bySide('mentee'));
    const partner = mySide === 'mentor' ? pair.mentee : mySide === 'mentee' ? pair.mentor : null;
    return {
      matchId,
      state:
        pair.match.state === 'active' || ended
          ? (pair.match.state as 'active' | 'completed' | 'closed_early')
          : 'other',
      programName: pair.program.name,
      cohortName: pair.cohort.name,
      partnerName: partner?.name ?? null,
      plannedEnd: pair.match.activatedAt ? plannedEnd(pair) : null,
      closingWindowOpen: closingWindowOpen(pair, now),
      closure: closure
        ? {
            kind: closure.kind,
            reason: closure.reason,
            reasonText: closure.reasonText,
            initiatedBy: closure.initiatedBy,
            closedAt: closure.closedAt.toISOString(),
            message: mySide ? open(closure.messageSealed, 'message') : null,
            notesDeleteOn: isoDay(addDays(closure.closedAt, pair.program.noteRetentionDays)),
            notesDeletedAt: closure.notesDeletedAt ? closure.notesDeletedAt.toISOString() : null,
          }
        : null,
      mySide,
      checklist,
      mySurvey: mySide
        ? {
            satisfaction: mine?.satisfaction ?? null,
            recommend: mine?.recommend ?? null,
            helped: mine ? open(mine.helpedSealed, `${mySide}:helped`) : null,
            change: mine ? open(mine.changeSealed, `${mySide}:change`) : null,
            reflection: mine ? open(mine.reflectionSealed, `${mySide}:reflection`) : null,
            contactPreference: mine?.contactDefaulted ? null : (mine?.contactPreference ?? null),
            answeredAt: mine?.answeredAt ? mine.answeredAt.toISOString() : null,
          }
        : null,
      goals: goals.map((g) => ({
        goalId: g.id,
        // Goal words are the pair's: HR sees that goals were assessed, not what they were.
        title: mySide && key ? this.keys.open(key, g.titleSealed, g.id) : null,
        attainment: g.attainment,
      })),
      partnerSurveyDone: mySide
        ? !!bySide(mySide === 'mentor' ? 'mentee' : 'mentor')?.answeredAt
        : false,
      contactOptions: pair.program.contactOptions,
      extensions: extensions.map(extensionView),
      rematch: {
        mentorFrom:
          mySide !== 'mentee' && pair.match.mentorRematchFrom
            ? pair.match.mentorRematchFrom.toISOString()
            : null,
        menteeFrom:
          mySide !== 'mentor' && pair.match.menteeRematchFrom
            ? pair.match.menteeRematchFrom.toISOString()
            : null,
      },
      certificateAvailable: mySide !== null && pair.match.state === 'completed',
      documentation:
        viewer === 'staff'
          ? {
              documented: isDocumented(!!closure, mentorDoc, menteeDoc),
              mentor: mentorDoc,
              mentee: menteeDoc,
            }
          : null,
      exitAnswers:
        viewer === 'staff'
          ? responses
              .filter((r) => r.answeredAt)
              .map((r) => ({
                side: r.side,
                satisfaction: r.satisfaction,
                recommend: r.recommend,
                helped: open(r.helpedSealed, `${r.side}:helped`),
                change: open(r.changeSealed, `${r.side}:change`),
              }))
          : null,
    };
  }
}

export function extensionView(e: MatchExtensionEntity): ExtensionView {
  return {
    id: e.id,
    requestedBy: e.requestedSide,
    currentEnd: e.currentEnd,
    requestedEnd: e.requestedEnd,
    reason: e.reason,
    state: e.state,
    decidedAt: e.decidedAt ? e.decidedAt.toISOString() : null,
    approvedEnd: e.approvedEnd,
    note: e.decisionNote,
    createdAt: e.createdAt.toISOString(),
  };
}

/**
 * Who goes back to the pool by default after an early closure. The mentor's places return at once
 * unless the mentor is the one leaving (left the organisation, role change, no time); the mentee
 * returns after the buffer unless the goal was reached or the mentee is the one leaving.
 */
export function rematchDefaults(
  reason: EarlyClosureReason,
  initiator: ClosureInitiator,
): { mentor: boolean; mentee: boolean } {
  const leaving = reason === 'left_organization' || reason === 'role_change' || reason === 'time';
  return {
    mentor: !(leaving && initiator === 'mentor'),
    mentee: reason !== 'goal_reached_early' && !(leaving && initiator === 'mentee'),
  };
}
