import { isRole, RoleGrant } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';

/** The role grants of several people at once, keyed by user id. */
export async function loadGrants(
  manager: EntityManager,
  userIds: string[],
): Promise<Map<string, RoleGrant[]>> {
  const result = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return result;
  const rows: { user_id: string; role: string; program_id: string | null }[] = await manager.query(
    `SELECT user_id, role, program_id FROM role_grant WHERE user_id = ANY($1::uuid[])
      ORDER BY role, program_id NULLS FIRST`,
    [userIds],
  );
  for (const row of rows) {
    if (!isRole(row.role)) continue;
    const list = result.get(row.user_id) ?? [];
    list.push({ role: row.role, programId: row.program_id });
    result.set(row.user_id, list);
  }
  return result;
}
