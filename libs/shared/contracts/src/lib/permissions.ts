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
  /** Create a new program (organisation-wide HR leads). */
  programsCreate: 'programs.create',
  /** See and configure a program, its cohorts and their state (HR leads of the program). */
  programsManage: 'programs.manage',
  /** Run readiness assessments and extend the item bank of a program. */
  readinessManage: 'readiness.manage',
  /** Program health dashboards: executives see suppressed aggregates, HR leads their programs. */
  reportsRead: 'reports.read',
  /** Search the audit log; export or erase a person's data (organisation-wide HR leads/admins). */
  privacyManage: 'privacy.manage',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [
    PERMISSIONS.usersRead,
    PERMISSIONS.usersManage,
    PERMISSIONS.rolesAssign,
    PERMISSIONS.usersImport,
    PERMISSIONS.orgStatsRead,
    PERMISSIONS.programsCreate,
    PERMISSIONS.programsManage,
    PERMISSIONS.readinessManage,
    PERMISSIONS.reportsRead,
    PERMISSIONS.privacyManage,
  ],
  executive: [PERMISSIONS.orgStatsRead, PERMISSIONS.reportsRead],
  mentor: [],
  mentee: [],
};

export function permissionsForRoles(roles: readonly Role[]): Permission[] {
  return [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]))].sort();
}

/**
 * Whether the grants allow a permission, in a scope:
 * - `undefined`: a grant anywhere counts (the service then checks the object's program);
 * - `null`: only organisation-wide grants count (organisation-level actions);
 * - a program id: organisation-wide grants and grants in that program count.
 */
export function grantsAllow(
  grants: readonly { role: Role; programId: string | null }[],
  permission: Permission,
  scope?: string | null,
): boolean {
  return grants.some(
    (grant) =>
      ROLE_PERMISSIONS[grant.role].includes(permission) &&
      (scope === undefined || grant.programId === null || grant.programId === scope),
  );
}
