import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { EnvelopeCipher, truncateAllTables } from '@mentorbridge/api-core';
import { PasswordHasher } from '@mentorbridge/api-identity';
import { refreshReportingViews, writeCohortSnapshots } from '@mentorbridge/api-reporting';
import type { DataSource, EntityManager } from 'typeorm';
import { createRandom } from '@mentorbridge/shared-util';
import { buildDemoOrganisation, DEMO_ACCOUNTS, DEMO_PASSWORD, DemoPerson } from './organisation';
import { seedAuditTrail } from './audit-trail';
import { seedClosure } from './closure';
import { seedMatching } from './matching';
import { seedPrograms } from './programs';
import { seedRecruitment } from './recruitment';
import { seedSessions } from './sessions';

const logger = new Logger('DemoSeed');

export interface SeedResult {
  seeded: boolean;
  people: number;
}

export async function countUsers(dataSource: DataSource): Promise<number> {
  const [{ count }]: { count: string }[] = await dataSource.query(
    `SELECT count(*) AS count FROM app_user`,
  );
  return Number(count);
}

/**
 * Seeds the demo organisation. Without `reset` it only seeds an empty database (never touches
 * real data); with `reset` it first empties every table.
 */
export async function seedDemo(
  dataSource: DataSource,
  options: {
    reset?: boolean;
    /** Seals the sample notes, goals and concerns of the active cohort (the app's master key). */
    cipher?: EnvelopeCipher;
  } = {},
): Promise<SeedResult> {
  if (options.reset) {
    await truncateAllTables(dataSource);
  } else if ((await countUsers(dataSource)) > 0) {
    return { seeded: false, people: 0 };
  }
  const people = buildDemoOrganisation();
  // One hash for every demo person: argon2 is deliberately slow, 200 hashes would take seconds.
  const passwordHash = await new PasswordHasher().hash(DEMO_PASSWORD);
  const seeded = await dataSource.transaction(async (manager) => {
    const ids = await insertPeople(manager, people, passwordHash);
    const idOf = (key: string) => {
      const id = ids.get(key);
      if (!id) throw new Error(`Demo data refers to an unknown person "${key}"`);
      return id;
    };
    const programs = await seedPrograms(manager, idOf, createRandom(7));
    const circles = programs.get('Growth Circles');
    const applications = circles
      ? await seedRecruitment(manager, people, idOf, circles, createRandom(11))
      : 0;
    const leaders = programs.get('Emerging Leaders');
    const matching = leaders
      ? await seedMatching(manager, people, idOf, leaders, createRandom(13))
      : { matches: 0, proposals: 0 };
    const activity =
      leaders && options.cipher
        ? await seedSessions(
            manager,
            leaders.cohortId,
            idOf('hr-lead'),
            { mentorId: idOf('demo-mentor'), menteeId: idOf('demo-mentee') },
            options.cipher,
            createRandom(17),
          )
        : { sessions: 0, atRisk: 0 };
    const endings =
      leaders && options.cipher
        ? await seedClosure(manager, people, idOf, leaders, options.cipher, createRandom(19))
        : { closed: 0, closing: 0 };
    await seedAuditTrail(manager, idOf('hr-lead'));
    // Dashboards: fill the reporting views and give each cohort six months of snapshots.
    await refreshReportingViews(manager);
    for (const monthsBack of [5, 4, 3, 2, 1]) {
      const now = new Date();
      await writeCohortSnapshots(
        manager,
        new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack + 1, 1) - 1000),
      );
    }
    await writeCohortSnapshots(manager, new Date());
    return { programs: programs.size, applications, ...matching, ...activity, ...endings };
  });
  logger.log(
    `Seeded the demo organisation: ${people.length} people, ${seeded.programs} programs, ${seeded.applications} applications, ${seeded.matches} active matches, ${seeded.proposals} proposals, ${seeded.sessions} sessions, ${seeded.closed} ended pairs in a closed cohort, ${seeded.closing} pairs in their closing window.`,
  );
  return { seeded: true, people: people.length };
}

async function insertPeople(
  manager: EntityManager,
  people: DemoPerson[],
  passwordHash: string,
): Promise<Map<string, string>> {
  const ids = new Map(people.map((p) => [p.key, randomUUID()]));
  // Parents come before their reports in `people`, so the manager foreign key is always satisfied.
  for (const p of people) {
    await manager.query(
      `INSERT INTO app_user (id, email, display_name, password_hash, status, department, title,
                             location, seniority_level, languages, time_zone, manager_id)
       VALUES ($1, $2, $3, $4, 'active', $5, $6, $7, $8, $9::text[], $10, $11)`,
      [
        ids.get(p.key),
        p.email,
        p.displayName,
        passwordHash,
        p.department,
        p.title,
        p.location,
        p.seniorityLevel,
        p.languages,
        p.timeZone,
        p.managerKey ? ids.get(p.managerKey) : null,
      ],
    );
  }
  const grants = people.flatMap((p) => p.roles.map((role) => [ids.get(p.key), role] as const));
  await manager.query(
    `INSERT INTO role_grant (user_id, role, program_id)
     SELECT g.user_id, g.role, NULL FROM unnest($1::uuid[], $2::text[]) AS g(user_id, role)`,
    [grants.map((g) => g[0]), grants.map((g) => g[1])],
  );
  return ids;
}

/** The demo sign-ins that exist in this database (printed on start-up). */
export async function existingDemoAccounts(dataSource: DataSource) {
  const rows: { email: string }[] = await dataSource.query(
    `SELECT email FROM app_user WHERE email = ANY($1::text[]) AND status = 'active'`,
    [DEMO_ACCOUNTS.map((a) => a.email)],
  );
  const present = new Set(rows.map((r) => r.email));
  return DEMO_ACCOUNTS.filter((a) => present.has(a.email));
}

/**
 * Creates the first HR lead on an empty production database from ADMIN_EMAIL/ADMIN_PASSWORD,
 * so a deployment without demo data can be signed into.
 */
export async function ensureBootstrapAdmin(
  dataSource: DataSource,
  admin: { email: string; password: string },
): Promise<boolean> {
  if ((await countUsers(dataSource)) > 0) return false;
  const passwordHash = await new PasswordHasher().hash(admin.password);
  await dataSource.transaction(async (manager) => {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO app_user (email, display_name, password_hash, status)
       VALUES ($1, $2, $3, 'active') RETURNING id`,
      [admin.email, admin.email.split('@')[0], passwordHash],
    );
    await manager.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, 'admin')`, [id]);
  });
  logger.log(`Created the first HR lead ${admin.email} (from ADMIN_EMAIL).`);
  return true;
}
