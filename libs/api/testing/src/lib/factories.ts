import { PasswordHasher } from '@mentorbridge/api-identity';
import type { Role, SeniorityLevel, UserStatus } from '@mentorbridge/shared-contracts';
import type { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  password: string;
}

const hashes = new Map<string, Promise<string>>();
let counter = 0;

/** Inserts a person directly (fast: argon2 hashes are cached per password). */
export async function createUser(
  dataSource: DataSource,
  overrides: {
    email?: string;
    displayName?: string;
    roles?: Role[];
    programRoles?: { role: Role; programId: string }[];
    status?: UserStatus;
    password?: string | null;
    department?: string | null;
    managerId?: string | null;
    seniorityLevel?: SeniorityLevel | null;
  } = {},
): Promise<TestUser> {
  counter += 1;
  const email = (
    overrides.email ?? `person${counter}.${Date.now().toString(36)}@test.example`
  ).toLowerCase();
  const displayName = overrides.displayName ?? `Test Person ${counter}`;
  const password = overrides.password === undefined ? TEST_PASSWORD : overrides.password;
  let passwordHash: string | null = null;
  if (password !== null) {
    if (!hashes.has(password)) hashes.set(password, new PasswordHasher().hash(password));
    passwordHash = (await hashes.get(password)) ?? null;
  }
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO app_user (email, display_name, password_hash, status, department, manager_id, seniority_level)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      email,
      displayName,
      passwordHash,
      overrides.status ?? (password === null ? 'invited' : 'active'),
      overrides.department ?? null,
      overrides.managerId ?? null,
      overrides.seniorityLevel ?? null,
    ],
  );
  for (const role of overrides.roles ?? []) {
    await dataSource.query(`INSERT INTO role_grant (user_id, role) VALUES ($1, $2)`, [id, role]);
  }
  for (const grant of overrides.programRoles ?? []) {
    await dataSource.query(
      `INSERT INTO role_grant (user_id, role, program_id) VALUES ($1, $2, $3)`,
      [id, grant.role, grant.programId],
    );
  }
  return { id, email, displayName, password: password ?? '' };
}
