import {
  CurrentUser,
  HOME_ROUTE_BY_ROLE,
  PERMISSIONS,
  Role,
  ROLE_LABELS,
  ROLE_LANDING_PRIORITY,
} from '@mentorbridge/shared-contracts';

export interface NavItem {
  path: string;
  label: string;
  icon: string;
  /** Only highlight on an exact URL match (a parent of other items). */
  exact: boolean;
}

const HOME_ICONS: Record<Role, string> = {
  admin: 'space_dashboard',
  executive: 'insights',
  mentor: 'diversity_3',
  mentee: 'school',
};

/** The side navigation a person sees: the homes of the roles they hold, admin pages, profile. */
export function navigationFor(user: CurrentUser | null): NavItem[] {
  if (!user) {
    return [];
  }
  const roles = ROLE_LANDING_PRIORITY.filter((role) => user.roles.includes(role));
  const items: NavItem[] = roles.map((role) => ({
    path: `/${HOME_ROUTE_BY_ROLE[role]}`,
    label: roles.length > 1 ? `${ROLE_LABELS[role]} home` : 'Home',
    icon: HOME_ICONS[role],
    exact: false,
  }));
  if (!roles.length) {
    items.push({ path: '/', label: 'Home', icon: 'home', exact: true });
  }
  if (user.permissions.includes(PERMISSIONS.programsManage)) {
    items.push({ path: '/programs', label: 'Programs', icon: 'workspaces', exact: false });
  }
  if (user.permissions.includes(PERMISSIONS.usersRead)) {
    items.push({ path: '/admin/users', label: 'People', icon: 'groups', exact: true });
  }
  if (user.orgPermissions.includes(PERMISSIONS.usersImport)) {
    items.push({
      path: '/admin/users/import',
      label: 'Import people',
      icon: 'upload_file',
      exact: true,
    });
  }
  items.push({ path: '/profile', label: 'Profile', icon: 'person', exact: false });
  return items;
}
