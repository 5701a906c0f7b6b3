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
  /** A count worth acting on, with the words screen readers say for it. */
  badge?: { count: number; label: string };
}

/** The signed-in person's readiness questionnaires of open assessments. */
export interface QuestionnaireCounts {
  /** Questionnaires of open assessments (answers can still change). */
  open: number;
  /** Of those, the ones not submitted yet. */
  toAnswer: number;
}

const NO_QUESTIONNAIRES: QuestionnaireCounts = { open: 0, toAnswer: 0 };

const HOME_ICONS: Record<Role, string> = {
  admin: 'space_dashboard',
  executive: 'insights',
  mentor: 'diversity_3',
  mentee: 'school',
};

/**
 * The side navigation a person sees: the homes of the roles they hold, "Join a program" (with a
 * badge for invitations still waiting for an answer), their questionnaires while any is open (with
 * a badge for the ones still to answer), admin pages, profile.
 */
export function navigationFor(
  user: CurrentUser | null,
  questionnaires: QuestionnaireCounts = NO_QUESTIONNAIRES,
  invitationsToAnswer = 0,
): NavItem[] {
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
  // Anyone signed in may apply to a program recruiting now, invited or not.
  items.push({
    path: '/apply',
    label: 'Join a program',
    icon: 'campaign',
    exact: false,
    ...(invitationsToAnswer > 0
      ? {
          badge: {
            count: invitationsToAnswer,
            label: `${invitationsToAnswer} ${invitationsToAnswer === 1 ? 'invitation' : 'invitations'} waiting for your answer`,
          },
        }
      : {}),
  });
  if (questionnaires.open > 0) {
    const count = questionnaires.toAnswer;
    items.push({
      path: '/questionnaires',
      label: 'Questionnaires',
      icon: 'fact_check',
      exact: false,
      ...(count > 0
        ? {
            badge: {
              count,
              label: `${count} ${count === 1 ? 'questionnaire' : 'questionnaires'} to answer`,
            },
          }
        : {}),
    });
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
  // Organisation-wide HR leads only: the API refuses the audit log to a lead of one program.
  if (user.orgPermissions.includes(PERMISSIONS.privacyManage)) {
    items.push({ path: '/admin/audit', label: 'Audit log', icon: 'policy', exact: false });
  }
  items.push({ path: '/profile', label: 'Profile', icon: 'person', exact: false });
  return items;
}
