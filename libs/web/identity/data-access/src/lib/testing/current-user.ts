/** Test data only: used by specs, never exported from the library. */
import { CurrentUser, permissionsForRoles, Role } from '@mentorbridge/shared-contracts';

/** A signed-in person with the given roles, for specs. */
export function currentUser(roles: Role[], overrides: Partial<CurrentUser> = {}): CurrentUser {
  const home: Record<Role, string> = {
    admin: 'hr',
    executive: 'executive',
    mentor: 'mentor',
    mentee: 'mentee',
  };
  const first = (['admin', 'executive', 'mentor', 'mentee'] as Role[]).find((r) =>
    roles.includes(r),
  );
  return {
    id: 'user-1',
    email: 'ana@example.org',
    displayName: 'Ana Silva',
    roles,
    grants: roles.map((role) => ({ role, programId: null })),
    permissions: permissionsForRoles(roles),
    orgPermissions: permissionsForRoles(roles),
    homeRoute: first ? home[first] : null,
    ...overrides,
  };
}
