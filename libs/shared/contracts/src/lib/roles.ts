/** The four roles of MentorBridge. A person may hold several, globally or per program. */
export const ROLES = ['admin', 'mentor', 'mentee', 'executive'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: 'HR lead',
  mentor: 'Mentor',
  mentee: 'Mentee',
  executive: 'Executive',
};

/**
 * A role held by a user. `programId` is null for an organisation-wide grant; a program-scoped
 * grant (programs arrive with the programs domain) only applies inside that program.
 */
export interface RoleGrant {
  role: Role;
  programId: string | null;
}

/** Where each role lands after login (web route paths, without leading slash). */
export const HOME_ROUTE_BY_ROLE: Readonly<Record<Role, string>> = {
  admin: 'hr',
  executive: 'executive',
  mentor: 'mentor',
  mentee: 'mentee',
};

/** When a person holds several roles, the first one in this order decides the landing page. */
export const ROLE_LANDING_PRIORITY: readonly Role[] = ['admin', 'executive', 'mentor', 'mentee'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function landingRole(roles: readonly Role[]): Role | null {
  return ROLE_LANDING_PRIORITY.find((role) => roles.includes(role)) ?? null;
}
