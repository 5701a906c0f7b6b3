import {
  ROLE_LABELS,
  Role,
  SENIORITY_LABELS,
  SENIORITY_LEVELS,
  SeniorityLevel,
  UserStatus,
  USER_STATUS_LABELS,
} from '@mentorbridge/shared-contracts';
import { StatusTone } from '@mentorbridge/web-shared-ui';

/** The same colour and icon for a person's status everywhere. */
export const USER_STATUS_CHIP: Readonly<Record<UserStatus, { tone: StatusTone; icon: string }>> = {
  invited: { tone: 'warning', icon: 'mail' },
  active: { tone: 'success', icon: 'check_circle' },
  deactivated: { tone: 'neutral', icon: 'block' },
};

export function statusLabel(status: UserStatus): string {
  return USER_STATUS_LABELS[status];
}

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export function seniorityLabel(level: SeniorityLevel | null | undefined): string | null {
  return level ? SENIORITY_LABELS[level] : null;
}

export const SENIORITY_OPTIONS = SENIORITY_LEVELS.map((level) => ({
  value: level,
  label: `${SENIORITY_LABELS[level]} (${level})`,
}));
