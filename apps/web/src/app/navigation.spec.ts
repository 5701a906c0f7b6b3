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
  it('gives an HR lead who also mentors both homes, People, the audit log and Profile', () => {
    expect(navigationFor(user(['mentor', 'admin'])).map((item) => [item.label, item.path])).toEqual(
      [
        ['HR lead home', '/hr'],
        ['Mentor home', '/mentor'],
        ['Join a program', '/apply'],
        ['Programs', '/programs'],
        ['People', '/admin/users'],
        ['Import people', '/admin/users/import'],
        ['Audit log', '/admin/audit'],
        ['Profile', '/profile'],
      ],
    );
  });

  it('gives a mentee their home and profile, and no admin pages', () => {
    expect(navigationFor(user(['mentee'])).map((item) => [item.label, item.path])).toEqual([
      ['Home', '/mentee'],
      ['Join a program', '/apply'],
      ['Profile', '/profile'],
    ]);
  });

  it('gives an HR lead of one program their programs and the directory, but not the import or the audit log', () => {
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
      'Join a program',
      'Programs',
      'People',
      'Profile',
    ]);
  });

  it('adds Questionnaires with a badge while some open questionnaires wait for answers', () => {
    const items = navigationFor(user(['mentor']), { open: 3, toAnswer: 3 });
    expect(items.map((item) => item.label)).toEqual([
      'Home',
      'Join a program',
      'Questionnaires',
      'Profile',
    ]);
    const questionnaires = items.find((item) => item.label === 'Questionnaires');
    expect(questionnaires?.path).toBe('/questionnaires');
    expect(questionnaires?.badge).toEqual({ count: 3, label: '3 questionnaires to answer' });
    expect(navigationFor(user(['mentor']), { open: 1, toAnswer: 1 })[2]?.badge?.label).toBe(
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

  it('offers "Join a program" to everyone signed in, with a badge for invitations to answer', () => {
    const noRole = navigationFor({ ...user([]), homeRoute: null });
    expect(noRole.map((item) => [item.label, item.path])).toEqual([
      ['Home', '/'],
      ['Join a program', '/apply'],
      ['Profile', '/profile'],
    ]);
    expect(noRole.find((item) => item.path === '/apply')?.badge).toBeUndefined();

    const invited = navigationFor(user(['mentee']), undefined, 2);
    expect(invited.find((item) => item.path === '/apply')?.badge).toEqual({
      count: 2,
      label: '2 invitations waiting for your answer',
    });
    expect(
      navigationFor(user(['mentor']), { open: 1, toAnswer: 1 }, 1).find(
        (item) => item.path === '/apply',
      )?.badge?.label,
    ).toBe('1 invitation waiting for your answer');
  });

  it('shows nothing to a signed-out visitor', () => {
    expect(navigationFor(null)).toEqual([]);
  });
});
