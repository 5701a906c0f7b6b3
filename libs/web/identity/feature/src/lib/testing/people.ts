/** Test data only: used by specs. */
import { CurrentUser, PersonRef, UserDetail } from '@mentorbridge/shared-contracts';

export const ANA: PersonRef = { id: 'u1', displayName: 'Ana Silva', email: 'ana@example.org' };

/** A directory record, for specs. */
export function userDetail(overrides: Partial<UserDetail> = {}): UserDetail {
  return {
    id: 'u7',
    email: 'lena@example.org',
    displayName: 'Lena Ortiz',
    status: 'active',
    department: 'Engineering',
    title: 'Engineer',
    location: 'Lisbon',
    seniorityLevel: 3,
    manager: null,
    roles: ['mentee'],
    languages: ['English'],
    timeZone: 'Europe/Lisbon',
    grants: [{ role: 'mentee', programId: null }],
    directReports: 0,
    createdAt: '2026-11-01T10:00:00Z',
    lastLoginAt: null,
    ...overrides,
  };
}

/**
 * A signed-in organisation-wide HR lead who may manage people, assign roles, import, and export
 * or erase personal data.
 */
export const HR_LEAD: CurrentUser = {
  id: 'hr-1',
  email: 'hr@example.org',
  displayName: 'Hana Reyes',
  roles: ['admin'],
  grants: [{ role: 'admin', programId: null }],
  permissions: ['users.read', 'users.manage', 'roles.assign', 'users.import', 'privacy.manage'],
  orgPermissions: ['users.read', 'users.manage', 'roles.assign', 'users.import', 'privacy.manage'],
  homeRoute: 'hr',
};

/** An HR lead of one program: sees the directory, but personal-data rights are not theirs. */
export const PROGRAM_LEAD: CurrentUser = {
  ...HR_LEAD,
  id: 'hr-2',
  email: 'lead@example.org',
  displayName: 'Paulo Lima',
  grants: [{ role: 'admin', programId: 'p1' }],
  orgPermissions: [],
};
