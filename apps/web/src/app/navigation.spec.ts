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

  it('adds Questionnaires with a badge while some open questionnaires wait for answers', () => {
    const items = navigationFor(user(['mentor']), { open: 3, toAnswer: 3 });
    expect(items.map((item) => item.label)).toEqual(['Home', 'Questionnaires', 'Profile']);
    const questionnaires = items.find((item) => item.label === 'Questionnaires');
    expect(questionnaires?.path).toBe('/questionnaires');
    expect(questionnaires?.badge).toEqual({ count: 3, label: '3 questionnaires to answer' });
    expect(navigationFor(user(['mentor']), { open: 1, toAnswer: 1 })[1]?.badge?.label).toBe(
      '1 questionnaire to answer',
    );
  });

  it('keeps Questionnaires without a badge once everything is submitted (answers can still change)', () => {
    const items = navigationFor(user(['admin']), { open: 2, toAnswer: 0 });
    const questionnaires = items.find((item) => item.label === 'Questionnaires');
    expect(questionnaires).toBeTruthy();
    expect(questionnaires?.badge).toBeUndefined();
  });

  it('shows no Questionnaires item when nothing is open', () => {
    expect(
      navigationFor(user(['admin']), { open: 0, toAnswer: 0 }).map((item) => item.label),
    ).not.toContain('Questionnaires');
    expect(navigationFor(user(['admin'])).some((item) => item.badge)).toBe(false);
  });

  it('shows nothing to a signed-out visitor', () => {
    expect(navigationFor(null)).toEqual([]);
  });
});
