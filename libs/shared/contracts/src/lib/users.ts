import type { PageQuery } from './paging';
import type { Role, RoleGrant } from './roles';
import type { SeniorityLevel } from './directory';

export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const USER_STATUS_LABELS: Readonly<Record<UserStatus, string>> = {
  invited: 'Invited',
  active: 'Active',
  deactivated: 'Deactivated',
};

export interface PersonRef {
  id: string;
  displayName: string;
  email: string;
}

/** A row of the people directory (HR view). */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  status: UserStatus;
  department: string | null;
  title: string | null;
  location: string | null;
  seniorityLevel: SeniorityLevel | null;
  manager: PersonRef | null;
  roles: Role[];
}

export interface UserDetail extends UserSummary {
  languages: string[];
  timeZone: string | null;
  grants: RoleGrant[];
  directReports: number;
  createdAt: string;
  lastLoginAt: string | null;
}

export const USER_SORT_FIELDS = [
  'displayName',
  'email',
  'department',
  'status',
  'createdAt',
] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

export interface UserListQuery extends PageQuery {
  search?: string;
  role?: Role;
  status?: UserStatus;
  department?: string;
  sort?: UserSortField;
  direction?: 'asc' | 'desc';
}

/** Directory fields an HR lead may set. */
export interface DirectoryFields {
  displayName: string;
  department?: string | null;
  title?: string | null;
  location?: string | null;
  seniorityLevel?: SeniorityLevel | null;
  languages?: string[];
  timeZone?: string | null;
  /** The manager's user id (null to clear). */
  managerId?: string | null;
}

export interface CreateUserRequest extends DirectoryFields {
  email: string;
  roles: Role[];
}

export type UpdateUserRequest = Partial<DirectoryFields> & {
  status?: Exclude<UserStatus, 'invited'>;
};

export interface AssignRolesRequest {
  roles: Role[];
}

/** Returned once when a person is invited: the admin shares this link (mail arrives later). */
export interface InvitationResult {
  user: UserDetail;
  activationUrl: string;
  expiresAt: string;
}

/** What a person may edit about themselves. */
export interface UpdateProfileRequest {
  displayName?: string;
  location?: string | null;
  languages?: string[];
  timeZone?: string | null;
}

export interface DirectoryFacets {
  departments: string[];
  locations: string[];
}

/** Organisation counts for HR and executive homes: aggregates only. */
export interface OrganisationStats {
  people: number;
  active: number;
  invited: number;
  deactivated: number;
  departments: number;
  byRole: Record<Role, number>;
  /** Active people without a manager recorded (matching needs the reporting line). */
  withoutManager: number;
}
