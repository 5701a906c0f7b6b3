import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  SeniorityLevel,
  UserImportAction,
  UserImportReport,
  UserImportRequest,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { ExistingPerson, PlannedRow, planUserImport } from './plan-user-import';
import { parseUserCsv } from './user-csv';

const CHUNK = 500;

/** CSV import of people: a dry run that changes nothing, and an import that keeps every good row. */
@Injectable()
export class UserImportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  preview(request: UserImportRequest): Promise<UserImportReport> {
    return this.run(request, null);
  }

  import(request: UserImportRequest, actor: AuthUser): Promise<UserImportReport> {
    return this.run(request, actor);
  }

  private async run(request: UserImportRequest, actor: AuthUser | null): Promise<UserImportReport> {
    const parsed = parseUserCsv(request.csv);
    if (parsed.fileErrors.length > 0) {
      return report(true, [], parsed.fileErrors);
    }
    if (!actor) {
      const plan = planUserImport(parsed.rows, await loadDirectory(this.dataSource.manager));
      return report(true, plan, []);
    }
    const plan = await this.dataSource.transaction(async (manager) => {
      // Serialise concurrent imports so two files cannot race on the same emails.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('mentorbridge:user-import'))`);
      const rows = planUserImport(parsed.rows, await loadDirectory(manager));
      await apply(manager, rows, request.roles ?? [], actor.id);
      return rows;
    });
    return report(false, plan, []);
  }
}

async function loadDirectory(manager: EntityManager): Promise<Map<string, ExistingPerson>> {
  const rows: {
    id: string;
    email: string;
    display_name: string;
    department: string | null;
    title: string | null;
    location: string | null;
    languages: string[];
    seniority_level: number | null;
    manager_email: string | null;
  }[] = await manager.query(
    `SELECT u.id, u.email, u.display_name, u.department, u.title, u.location, u.languages,
            u.seniority_level, m.email AS manager_email
       FROM app_user u LEFT JOIN app_user m ON m.id = u.manager_id`,
  );
  return new Map(
    rows.map((r) => [
      r.email,
      {
        id: r.id,
        email: r.email,
        displayName: r.display_name,
        department: r.department,
        title: r.title,
        location: r.location,
        languages: r.languages ?? [],
        seniorityLevel: r.seniority_level as SeniorityLevel | null,
        managerEmail: r.manager_email,
      },
    ]),
  );
}

async function apply(
  manager: EntityManager,
  rows: PlannedRow[],
  roles: ('mentor' | 'mentee')[],
  actorId: string,
): Promise<void> {
  const creates = rows.filter((r) => r.action === 'create');
  for (let i = 0; i < creates.length; i += CHUNK) {
    const chunk = creates.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const values = chunk.map((row) => {
      params.push(
        row.email,
        row.name,
        row.department,
        row.title,
        row.location,
        row.languages ?? [],
        row.seniorityLevel,
      );
      const n = params.length;
      return `($${n - 6}, $${n - 5}, 'invited', $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}::text[], $${n})`;
    });
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, display_name, status, department, title, location, languages, seniority_level)
       VALUES ${values.join(', ')} RETURNING id`,
      params,
    );
    if (roles.length > 0) {
      await manager.query(
        `INSERT INTO role_grant (user_id, role, program_id, granted_by_id)
         SELECT u.id, r.role, NULL, $3 FROM unnest($1::uuid[]) AS u(id) CROSS JOIN unnest($2::text[]) AS r(role)`,
        [inserted.map((r) => r.id), roles, actorId],
      );
    }
  }
  for (const row of rows.filter((r) => r.action === 'update')) {
    await manager.query(
      `UPDATE app_user SET display_name = COALESCE($2, display_name),
              department = COALESCE($3, department), title = COALESCE($4, title),
              location = COALESCE($5, location), languages = COALESCE($6::text[], languages),
              seniority_level = COALESCE($7, seniority_level),
              updated_at = now(), version = version + 1
        WHERE email = $1`,
      [
        row.email,
        row.name,
        row.department,
        row.title,
        row.location,
        row.languages,
        row.seniorityLevel,
      ],
    );
  }
  // Managers last: they may be people created by this same file.
  const withManager = rows.filter(
    (r) => (r.action === 'create' || r.action === 'update') && r.managerEmail,
  );
  if (withManager.length > 0) {
    await manager.query(
      `UPDATE app_user u SET manager_id = m.id
         FROM unnest($1::text[], $2::text[]) AS pair(email, manager_email)
         JOIN app_user m ON m.email = pair.manager_email
        WHERE u.email = pair.email AND u.manager_id IS DISTINCT FROM m.id`,
      [withManager.map((r) => r.email), withManager.map((r) => r.managerEmail)],
    );
  }
}

function report(dryRun: boolean, rows: PlannedRow[], fileErrors: string[]): UserImportReport {
  const summary: Record<UserImportAction, number> = {
    create: 0,
    update: 0,
    unchanged: 0,
    error: 0,
  };
  for (const row of rows) summary[row.action]++;
  return {
    dryRun,
    fileErrors,
    summary,
    rows: rows.map((row) => ({
      line: row.line,
      email: row.email,
      name: row.name,
      action: row.action,
      errors: row.errors,
    })),
  };
}
