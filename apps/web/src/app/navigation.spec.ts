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
    homeRoute: null,
  };
}

describe('navigationFor', () => {
  it('gives an HR lead who also mentors both homes, People and Profile', () => {
    expect(navigationFor(user(['mentor', 'admin'])).map((item) => [item.label, item.path])).toEqual(
      [
        ['HR lead home', '/hr'],
        ['Mentor home', '/mentor'],
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

  it('shows nothing to a signed-out visitor', () => {
    expect(navigationFor(null)).toEqual([]);
  });
});
