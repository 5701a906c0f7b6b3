import { isRole, RoleGrant } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';

export interface GrantRow {
  role: string;
  program_id: string | null;
}

/** Stored grant rows as role grants (rows of a role this version does not know are skipped). */
export function toGrants(rows: GrantRow[]): RoleGrant[] {
  const grants: RoleGrant[] = [];
  for (const row of rows)
    if (isRole(row.role)) grants.push({ role: row.role, programId: row.program_id });
  return grants;
}

/** The role grants of several people at once, keyed by user id. */
export async function loadGrants(
  manager: EntityManager,
  userIds: string[],
): Promise<Map<string, RoleGrant[]>> {
  const result = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return result;
  const rows: (GrantRow & { user_id: string })[] = await manager.query(
    `SELECT user_id, role, program_id FROM role_grant WHERE user_id = ANY($1::uuid[])
      ORDER BY role, program_id NULLS FIRST`,
    [userIds],
  );
  const byUser = new Map<string, GrantRow[]>();
  for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
  for (const [userId, list] of byUser) result.set(userId, toGrants(list));
  return result;
}
