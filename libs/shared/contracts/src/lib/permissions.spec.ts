import { grantsAllow, PERMISSIONS, permissionsForRoles } from './permissions';
import { landingRole } from './roles';

describe('permissions', () => {
  it('gives HR leads the directory and executives only aggregates', () => {
    expect(permissionsForRoles(['admin'])).toContain(PERMISSIONS.usersManage);
    expect(permissionsForRoles(['executive'])).toEqual([
      PERMISSIONS.orgStatsRead,
      PERMISSIONS.reportsRead,
    ]);
    expect(permissionsForRoles(['mentor', 'mentee'])).toEqual([]);
  });

  it('applies a program-scoped grant only inside its program', () => {
    const grants = [{ role: 'admin' as const, programId: 'program-a' }];
    expect(grantsAllow(grants, PERMISSIONS.usersRead, 'program-a')).toBe(true);
    expect(grantsAllow(grants, PERMISSIONS.usersRead, 'program-b')).toBe(false);
    expect(
      grantsAllow([{ role: 'admin', programId: null }], PERMISSIONS.usersRead, 'program-b'),
    ).toBe(true);
    expect(grantsAllow([{ role: 'mentor', programId: null }], PERMISSIONS.usersRead)).toBe(false);
  });

  it('counts only organisation-wide grants for organisation-level actions', () => {
    expect(
      grantsAllow([{ role: 'admin', programId: 'program-a' }], PERMISSIONS.usersManage, null),
    ).toBe(false);
    expect(grantsAllow([{ role: 'admin', programId: null }], PERMISSIONS.usersManage, null)).toBe(
      true,
    );
    expect(grantsAllow([{ role: 'admin', programId: 'program-a' }], PERMISSIONS.usersManage)).toBe(
      true,
    );
  });

  it('lands a person holding several roles on the most responsible home', () => {
    expect(landingRole(['mentee', 'mentor'])).toBe('mentor');
    expect(landingRole(['mentee', 'admin'])).toBe('admin');
    expect(landingRole([])).toBeNull();
  });
});
