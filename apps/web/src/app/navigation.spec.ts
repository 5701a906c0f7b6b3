import { CurrentUser, permissionsForRoles, Role } from '@mentorbridge/shared-contracts';
import { navigationFor } from './navigation';

function user(roles: Role[]): CurrentUser {
  return {
    id: 'u1',
    email: 'a@example.org',
    displayName: 'A',
    roles,
    grants: roles.map((role) => ({ role, programId: null })),
    permissions: permissionsForRoles(roles),
    orgPermissions: permissionsForRoles(roles),
    homeRoute: null,
  };
}

describe('navigationFor', () => {
  it('gives an HR lead who also mentors both homes, People and Profile', () => {
    expect(navigationFor(user(['mentor', 'admin'])).map((item) => [item.label, item.path])).toEqual(
      [
        ['HR lead home', '/hr'],
        ['Mentor home', '/mentor'],
        ['Programs', '/programs'],
        ['People', '/admin/users'],
        ['Import people', '/admin/users/import'],
        ['Profile', '/profile'],
      ],
    );
  });

  it('gives a mentee their home and profile, and no admin pages', () => {
    expect(navigationFor(user(['mentee'])).map((item) => [item.label, item.path])).toEqual([
      ['Home', '/mentee'],
      ['Profile', '/profile'],
    ]);
  });

  it('gives an HR lead of one program their programs and the directory, but not the import', () => {
    const lead: CurrentUser = {
      ...user([]),
      roles: ['admin'],
      grants: [{ role: 'admin', programId: 'p1' }],
      permissions: permissionsForRoles(['admin']),
      orgPermissions: [],
      homeRoute: 'hr',
    };
    expect(navigationFor(lead).map((item) => item.label)).toEqual([
      'Home',
      'Programs',
      'People',
      'Profile',
    ]);
  });

  it('shows nothing to a signed-out visitor', () => {
    expect(navigationFor(null)).toEqual([]);
  });
});
