import { ParamMap, Params } from '@angular/router';
import {
  DEFAULT_PAGE_SIZE,
  isRole,
  Role,
  USER_SORT_FIELDS,
  USER_STATUSES,
  UserListQuery,
  UserSortField,
  UserStatus,
} from '@mentorbridge/shared-contracts';

export const PAGE_SIZE_OPTIONS: readonly number[] = [25, 50, 100];

/** What the people list shows. It lives in the URL, so links like `?status=invited` work. */
export interface PeopleQuery {
  search: string;
  role: Role | null;
  status: UserStatus | null;
  department: string | null;
  /** 1-based, as the API expects. */
  page: number;
  pageSize: number;
  sort: UserSortField | null;
  direction: 'asc' | 'desc' | null;
}

export const EMPTY_PEOPLE_QUERY: PeopleQuery = {
  search: '',
  role: null,
  status: null,
  department: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: null,
  direction: null,
};

function isStatus(value: unknown): value is UserStatus {
  return typeof value === 'string' && (USER_STATUSES as readonly string[]).includes(value);
}

function isSortField(value: unknown): value is UserSortField {
  return typeof value === 'string' && (USER_SORT_FIELDS as readonly string[]).includes(value);
}

/** Reads the query from URL parameters, ignoring anything invalid. */
export function parsePeopleQuery(params: ParamMap): PeopleQuery {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const pageSize = Number.parseInt(params.get('pageSize') ?? '', 10);
  const sort = params.get('sort');
  const direction = params.get('direction');
  const role = params.get('role');
  const status = params.get('status');
  return {
    search: params.get('search')?.trim() ?? '',
    role: isRole(role) ? role : null,
    status: isStatus(status) ? status : null,
    department: params.get('department') || null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE_OPTIONS.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    sort: isSortField(sort) ? sort : null,
    direction:
      isSortField(sort) && (direction === 'asc' || direction === 'desc') ? direction : null,
  };
}

/** URL parameters for a query; defaults are left out so URLs stay short. */
export function peopleQueryParams(query: PeopleQuery): Params {
  return {
    search: query.search || null,
    role: query.role,
    status: query.status,
    department: query.department,
    page: query.page > 1 ? query.page : null,
    pageSize: query.pageSize !== DEFAULT_PAGE_SIZE ? query.pageSize : null,
    sort: query.sort,
    direction: query.sort ? query.direction : null,
  };
}

/** The request for GET /api/users. */
export function toUserListQuery(query: PeopleQuery): UserListQuery {
  const request: UserListQuery = { page: query.page, pageSize: query.pageSize };
  if (query.search) request.search = query.search;
  if (query.role) request.role = query.role;
  if (query.status) request.status = query.status;
  if (query.department) request.department = query.department;
  if (query.sort && query.direction) {
    request.sort = query.sort;
    request.direction = query.direction;
  }
  return request;
}

export function hasFilters(query: PeopleQuery): boolean {
  return !!(query.search || query.role || query.status || query.department);
}
