import { ParamMap, Params } from '@angular/router';
import {
  APPLICATION_STATUSES,
  ApplicationListQuery,
  ApplicationStatus,
  DEFAULT_PAGE_SIZE,
  PARTICIPANT_ROLES,
  ParticipantRole,
} from '@mentorbridge/shared-contracts';

export const PAGE_SIZE_OPTIONS: readonly number[] = [25, 50, 100];

export type StatusFilter = ApplicationStatus | 'all';
export type ScreeningSort = 'submittedAt' | 'name';

/**
 * What the screening queue shows. It lives in the URL (`?tab=screening&flagged=true`), so the HR
 * home can link straight to "goals that need a conversation". Without a status the queue shows
 * what is still to screen.
 */
export interface ScreeningQuery {
  role: ParticipantRole | null;
  status: StatusFilter;
  flagged: boolean | null;
  department: string | null;
  search: string;
  sort: ScreeningSort | null;
  direction: 'asc' | 'desc' | null;
  /** 1-based, as the API expects. */
  page: number;
  pageSize: number;
}

export const DEFAULT_SCREENING_QUERY: ScreeningQuery = {
  role: null,
  status: 'submitted',
  flagged: null,
  department: null,
  search: '',
  sort: null,
  direction: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function isRole(value: unknown): value is ParticipantRole {
  return typeof value === 'string' && (PARTICIPANT_ROLES as readonly string[]).includes(value);
}

function isStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export function parseScreeningQuery(params: ParamMap): ScreeningQuery {
  const role = params.get('role');
  const status = params.get('status');
  const flagged = params.get('flagged');
  const sort = params.get('sort');
  const direction = params.get('direction');
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const pageSize = Number.parseInt(params.get('pageSize') ?? '', 10);
  const validSort = sort === 'submittedAt' || sort === 'name' ? sort : null;
  return {
    role: isRole(role) ? role : null,
    status: status === 'all' ? 'all' : isStatus(status) ? status : 'submitted',
    flagged: flagged === 'true' ? true : flagged === 'false' ? false : null,
    department: params.get('department') || null,
    search: params.get('search')?.trim() ?? '',
    sort: validSort,
    direction: validSort && (direction === 'asc' || direction === 'desc') ? direction : null,
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE_OPTIONS.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** URL parameters for a query; defaults are left out so URLs stay short. */
export function screeningQueryParams(query: ScreeningQuery): Params {
  return {
    tab: 'screening',
    role: query.role,
    status: query.status === 'submitted' ? null : query.status,
    flagged: query.flagged === null ? null : String(query.flagged),
    department: query.department,
    search: query.search || null,
    sort: query.sort,
    direction: query.sort ? query.direction : null,
    page: query.page > 1 ? query.page : null,
    pageSize: query.pageSize !== DEFAULT_PAGE_SIZE ? query.pageSize : null,
  };
}

/** The request for GET /api/cohorts/:id/applications. */
export function toApplicationListQuery(query: ScreeningQuery): ApplicationListQuery {
  const request: ApplicationListQuery = {};
  if (query.role) request.role = query.role;
  if (query.status !== 'all') request.status = query.status;
  if (query.flagged !== null) request.flagged = query.flagged;
  if (query.department) request.department = query.department;
  if (query.search) request.search = query.search;
  if (query.sort && query.direction) {
    request.sort = query.sort;
    request.direction = query.direction;
  }
  request.page = query.page;
  request.pageSize = query.pageSize;
  return request;
}

/** Filters beyond the default "to screen" view. */
export function hasExtraFilters(query: ScreeningQuery): boolean {
  return !!(query.role || query.flagged !== null || query.department || query.search);
}
