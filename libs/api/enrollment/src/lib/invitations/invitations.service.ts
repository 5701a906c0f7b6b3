import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  affectedRows,
  APP_CONFIG,
  AppConfig,
  MailService,
  NotFoundError,
  pageWindow,
} from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import {
  InvitationImportReport,
  InvitationImportRow,
  InvitationListQuery,
  InvitationView,
  InviteResult,
  MailMessageView,
  Page,
  ParticipantRole,
  PARTICIPANT_ROLES,
} from '@mentorbridge/shared-contracts';
import { parse } from 'csv-parse/sync';
import { DataSource, EntityManager } from 'typeorm';
import { assertCohortState, CohortContext, EnrollmentAccess } from '../enrollment-access';
import { InvitationEntity } from '../entities/enrollment.entities';
import { invitationMail, MailContext, reminderMail } from '../mail/recruitment-mails';

interface Invitee {
  id: string;
  email: string;
  displayName: string;
  status: string;
}

/** Inviting people to apply to a recruiting cohort, and reminding them. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: EnrollmentAccess,
    private readonly mail: MailService,
  ) {}

  async list(
    actor: AuthUser,
    cohortId: string,
    query: InvitationListQuery,
  ): Promise<Page<InvitationView>> {
    await this.access.managedCohort(actor, cohortId, this.dataSource.manager);
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.dataSource
      .getRepository(InvitationEntity)
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.user', 'u')
      .where('i.cohortId = :cohortId', { cohortId });
    if (query.status) qb.andWhere('i.status = :status', { status: query.status });
    if (query.role) qb.andWhere('i.role = :role', { role: query.role });
    if (query.search) {
      qb.andWhere('(u.displayName ILIKE :q OR u.email ILIKE :q)', {
        q: `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [rows, total] = await qb
      .orderBy('i.sentAt', 'DESC')
      .addOrderBy('u.displayName')
      .skip(skip)
      .take(pageSize)
      .getManyAndCount();
    return { items: rows.map(toView), total, page, pageSize };
  }

  async invitePeople(
    actor: AuthUser,
    cohortId: string,
    role: ParticipantRole,
    userIds: string[],
  ): Promise<InviteResult> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.openForInvites(actor, cohortId, manager);
      const people: Invitee[] = await manager.query(
        `SELECT id, email, display_name AS "displayName", status FROM app_user WHERE id = ANY($1::uuid[])`,
        [userIds],
      );
      const missing = userIds.filter((id) => !people.some((p) => p.id === id));
      if (missing.length > 0) throw new NotFoundError('person');
      return this.invite(manager, actor, context, role, people);
    });
  }

  async inviteDepartment(
    actor: AuthUser,
    cohortId: string,
    role: ParticipantRole,
    department: string,
  ): Promise<InviteResult> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.openForInvites(actor, cohortId, manager);
      const people: Invitee[] = await manager.query(
        `SELECT id, email, display_name AS "displayName", status FROM app_user
          WHERE department = $1 AND status <> 'deactivated' ORDER BY display_name`,
        [department],
      );
      return this.invite(manager, actor, context, role, people);
    });
  }

  /** CSV with `email,role`: good rows are invited, bad rows reported; a dry run changes nothing. */
  async importCsv(
    actor: AuthUser,
    cohortId: string,
    csv: string,
    dryRun: boolean,
  ): Promise<InvitationImportReport> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.openForInvites(actor, cohortId, manager);
      let records: { record: string[]; info: { lines: number } }[];
      try {
        records = parse(csv, {
          bom: true,
          info: true,
          skip_empty_lines: true,
          trim: true,
          relax_column_count: true,
          delimiter: csv.split(/\r?\n/, 1)[0].includes(';') ? ';' : ',',
        }) as unknown as typeof records;
      } catch (error) {
        return report(dryRun, [], [`The file is not valid CSV: ${(error as Error).message}`]);
      }
      const header = (records[0]?.record ?? []).map((h) => h.toLowerCase());
      const emailAt = header.indexOf('email');
      const roleAt = header.indexOf('role');
      if (emailAt < 0 || roleAt < 0) {
        return report(dryRun, [], ['The header must have an "email" and a "role" column.']);
      }
      const rows: InvitationImportRow[] = [];
      const toInvite = new Map<ParticipantRole, Invitee[]>(PARTICIPANT_ROLES.map((r) => [r, []]));
      const seen = new Set<string>();
      for (const { record, info } of records.slice(1)) {
        const email = record[emailAt]?.toLowerCase() || null;
        const role = record[roleAt]?.toLowerCase() || null;
        const row: InvitationImportRow = {
          line: info.lines,
          email,
          role,
          action: 'invite',
          errors: [],
        };
        rows.push(row);
        if (!role || !(PARTICIPANT_ROLES as readonly string[]).includes(role)) {
          row.errors.push({ field: 'role', message: 'must be mentor or mentee' });
        }
        const [person]: Invitee[] = email
          ? await manager.query(
              `SELECT id, email, display_name AS "displayName", status FROM app_user WHERE email = $1`,
              [email],
            )
          : [];
        if (!email) row.errors.push({ field: 'email', message: 'is required' });
        else if (!person)
          row.errors.push({
            field: 'email',
            message: 'is not in the directory (import the person first)',
          });
        else if (person.status === 'deactivated')
          row.errors.push({ field: 'email', message: 'belongs to a deactivated person' });
        if (row.errors.length > 0) {
          row.action = 'error';
          continue;
        }
        const key = `${email}|${role}`;
        const already: unknown[] = await manager.query(
          `SELECT 1 FROM invitation WHERE cohort_id = $1 AND user_id = $2 AND role = $3`,
          [cohortId, person.id, role],
        );
        if (seen.has(key) || already.length > 0) {
          row.action = 'skip';
          row.errors.push({
            field: 'email',
            message: seen.has(key) ? 'appears twice in the file' : 'is already invited',
          });
          continue;
        }
        seen.add(key);
        toInvite.get(role as ParticipantRole)?.push(person);
      }
      if (!dryRun) {
        for (const [role, people] of toInvite)
          await this.invite(manager, actor, context, role, people);
      }
      return report(dryRun, rows, []);
    });
  }

  async remind(
    actor: AuthUser,
    cohortId: string,
    invitationIds: string[] | undefined,
  ): Promise<{ reminded: number }> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.openForInvites(actor, cohortId, manager);
      const rows: (Invitee & { invitation_id: string; role: ParticipantRole })[] =
        await manager.query(
          `SELECT i.id AS invitation_id, i.role, u.id, u.email, u.display_name AS "displayName", u.status
           FROM invitation i JOIN app_user u ON u.id = i.user_id
          WHERE i.cohort_id = $1 AND i.status IN ('sent', 'opened') AND u.status <> 'deactivated'
            AND ($2::uuid[] IS NULL OR i.id = ANY($2::uuid[]))`,
          [cohortId, invitationIds ?? null],
        );
      await manager.query(
        `UPDATE invitation SET reminders = reminders + 1, last_reminded_at = now() WHERE id = ANY($1::uuid[])`,
        [rows.map((r) => r.invitation_id)],
      );
      const mailContext = this.mailContext(context);
      await this.mail.queue(
        manager,
        rows.map((r) => reminderMail(mailContext, r, r.role)),
      );
      return { reminded: rows.length };
    });
  }

  async messages(
    actor: AuthUser,
    cohortId: string,
    query: { page?: number; pageSize?: number },
  ): Promise<Page<MailMessageView>> {
    await this.access.managedCohort(actor, cohortId, this.dataSource.manager);
    const { page, pageSize, skip } = pageWindow(query);
    const rows: (MailMessageView & { total: string })[] = await this.dataSource.query(
      `SELECT id, to_address AS "to", subject, text, status, kind, created_at AS "createdAt", sent_at AS "sentAt",
              last_error AS "error", count(*) OVER () AS total
         FROM mail_message WHERE context = $1 ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [`cohort:${cohortId}`, pageSize, skip],
    );
    return {
      items: rows.map(({ total: _total, ...m }) => ({
        ...m,
        createdAt: new Date(m.createdAt).toISOString(),
        sentAt: m.sentAt ? new Date(m.sentAt).toISOString() : null,
      })),
      total: Number(rows[0]?.total ?? 0),
      page,
      pageSize,
    };
  }

  /** The invitee opened the application page: sent → opened. */
  async markOpened(
    manager: EntityManager,
    cohortId: string,
    userId: string,
    role: ParticipantRole,
  ): Promise<void> {
    await manager.query(
      `UPDATE invitation SET status = 'opened', opened_at = now()
        WHERE cohort_id = $1 AND user_id = $2 AND role = $3 AND status = 'sent'`,
      [cohortId, userId, role],
    );
  }

  async markApplied(
    manager: EntityManager,
    cohortId: string,
    userId: string,
    role: ParticipantRole,
  ): Promise<void> {
    await manager.query(
      `UPDATE invitation SET status = 'applied', responded_at = now(), opened_at = COALESCE(opened_at, now())
        WHERE cohort_id = $1 AND user_id = $2 AND role = $3 AND status IN ('sent', 'opened', 'declined')`,
      [cohortId, userId, role],
    );
  }

  async decline(actor: AuthUser, invitationId: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(
      `UPDATE invitation SET status = 'declined', responded_at = now()
        WHERE id = $1 AND user_id = $2 AND status IN ('sent', 'opened') RETURNING id`,
      [invitationId, actor.id],
    );
    if (affectedRows(rows) === 0) throw new NotFoundError('invitation');
  }

  mailContext({ cohort, program }: CohortContext): MailContext {
    return {
      publicUrl: this.config.publicUrl,
      cohortId: cohort.id,
      cohortName: cohort.name,
      programName: program.name,
      strategicDriver: program.strategicDriver,
    };
  }

  private async openForInvites(actor: AuthUser, cohortId: string, manager: EntityManager) {
    const context = await this.access.managedCohort(actor, cohortId, manager);
    assertCohortState(context.cohort, ['recruiting'], 'Inviting people');
    return context;
  }

  private async invite(
    manager: EntityManager,
    actor: AuthUser,
    context: CohortContext,
    role: ParticipantRole,
    people: Invitee[],
  ): Promise<InviteResult> {
    const skipped: InviteResult['skipped'] = [];
    const invitees: Invitee[] = [];
    for (const person of people) {
      const ref = { id: person.id, displayName: person.displayName, email: person.email };
      if (person.status === 'deactivated') {
        skipped.push({ person: ref, reason: 'is deactivated' });
        continue;
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO invitation (cohort_id, user_id, role, invited_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cohort_id, user_id, role) DO NOTHING RETURNING id`,
        [context.cohort.id, person.id, role, actor.id],
      );
      if (affectedRows(inserted) === 0)
        skipped.push({ person: ref, reason: `is already invited as ${role}` });
      else invitees.push(person);
    }
    const mailContext = this.mailContext(context);
    await this.mail.queue(
      manager,
      invitees.map((p) => invitationMail(mailContext, p, role, actor.displayName)),
    );
    return { invited: invitees.length, skipped };
  }
}

function toView(i: InvitationEntity): InvitationView {
  return {
    id: i.id,
    cohortId: i.cohortId,
    person: {
      id: i.user?.id ?? i.userId,
      displayName: i.user?.displayName ?? '',
      email: i.user?.email ?? '',
      department: i.user?.department ?? null,
    },
    role: i.role,
    status: i.status,
    sentAt: i.sentAt.toISOString(),
    openedAt: i.openedAt?.toISOString() ?? null,
    respondedAt: i.respondedAt?.toISOString() ?? null,
    reminders: i.reminders,
    lastRemindedAt: i.lastRemindedAt?.toISOString() ?? null,
  };
}

function report(
  dryRun: boolean,
  rows: InvitationImportRow[],
  fileErrors: string[],
): InvitationImportReport {
  return {
    dryRun,
    rows,
    fileErrors,
    summary: {
      invite: rows.filter((r) => r.action === 'invite').length,
      skip: rows.filter((r) => r.action === 'skip').length,
      error: rows.filter((r) => r.action === 'error').length,
    },
  };
}
