import type { Role } from './roles';

/**
 * Permission ids. Routes declare the permission they need; roles grant permissions.
 * Deny by default: a route without a declared policy is refused.
 */
export const PERMISSIONS = {
  /** See the people directory with HR fields (department, manager, seniority). */
  usersRead: 'users.read',
  /** Invite/create people, edit their directory fields, deactivate them. */
  usersManage: 'users.manage',
  /** Grant and revoke roles. */
  rolesAssign: 'roles.assign',
  /** Import people from CSV. */
  usersImport: 'users.import',
  /** Organisation-level aggregates (counts only, no individuals). */
  orgStatsRead: 'org-stats.read',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    PERMISSIONS.usersRead,
    PERMISSIONS.usersManage,
    PERMISSIONS.rolesAssign,
    PERMISSIONS.usersImport,
    PERMISSIONS.orgStatsRead,
  ],
  executive: [PERMISSIONS.orgStatsRead],
  mentor: [],
  mentee: [],
};

export function permissionsForRoles(roles: readonly Role[]): Permission[] {
  return [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]))].sort();
}
