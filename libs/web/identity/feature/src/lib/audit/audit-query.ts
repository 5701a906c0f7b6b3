import { ParamMap, Params } from '@angular/router';
import { AuditQuery, DEFAULT_PAGE_SIZE } from '@mentorbridge/shared-contracts';

export const AUDIT_PAGE_SIZE_OPTIONS: readonly number[] = [25, 50, 100];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** What the audit log shows. It lives in the URL, so a filtered view can be shared or bookmarked. */
export interface AuditFilters {
  action: string | null;
  objectType: string | null;
  objectId: string | null;
  actorId: string | null;
  /** Calendar days (`2026-11-01`) in the viewer's time zone, both inclusive. */
  from: string | null;
  to: string | null;
  /** 1-based, as the API expects. */
  page: number;
  pageSize: number;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = {
  action: null,
  objectType: null,
  objectId: null,
  actorId: null,
  from: null,
  to: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function text(params: ParamMap, name: string, max: number): string | null {
  const value = params.get(name)?.trim() ?? '';
  return value && value.length <= max ? value : null;
}

function day(params: ParamMap, name: string): string | null {
  const value = params.get(name) ?? '';
  return localDayStart(value) ? value : null;
}

function id(params: ParamMap, name: string): string | null {
  const value = params.get(name)?.trim() ?? '';
  return isUuid(value) ? value.toLowerCase() : null;
}

/** Reads the filters from URL parameters, ignoring anything the API would refuse. */
export function parseAuditFilters(params: ParamMap): AuditFilters {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const pageSize = Number.parseInt(params.get('pageSize') ?? '', 10);
  return {
    action: text(params, 'action', 60),
    objectType: text(params, 'objectType', 40),
    objectId: id(params, 'objectId'),
    actorId: id(params, 'actorId'),
    from: day(params, 'from'),
    to: day(params, 'to'),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: AUDIT_PAGE_SIZE_OPTIONS.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** URL parameters for the filters; defaults are left out so URLs stay short. */
export function auditFilterParams(filters: AuditFilters): Params {
  return {
    action: filters.action,
    objectType: filters.objectType,
    objectId: filters.objectId,
    actorId: filters.actorId,
    from: filters.from,
    to: filters.to,
    page: filters.page > 1 ? filters.page : null,
    pageSize: filters.pageSize !== DEFAULT_PAGE_SIZE ? filters.pageSize : null,
  };
}

/** Local midnight starting a calendar day, or null for a day that does not exist. */
export function localDayStart(value: string): Date | null {
  if (!DAY.test(value)) {
    return null;
  }
  const [year, month, dayOfMonth] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, dayOfMonth);
  return date.getMonth() === month - 1 && date.getDate() === dayOfMonth ? date : null;
}

/**
 * The request for GET /api/audit. Days are the viewer's: "from 1 Nov" starts at their midnight,
 * "to 3 Nov" includes all of 3 Nov (the API's `to` is exclusive, so it gets the next midnight).
 */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = { page: filters.page, pageSize: filters.pageSize };
  if (filters.action) query.action = filters.action;
  if (filters.objectType) query.objectType = filters.objectType;
  if (filters.objectId) query.objectId = filters.objectId;
  if (filters.actorId) query.actorId = filters.actorId;
  const from = filters.from ? localDayStart(filters.from) : null;
  if (from) query.from = from.toISOString();
  const to = filters.to ? localDayStart(filters.to) : null;
  if (to) {
    to.setDate(to.getDate() + 1);
    query.to = to.toISOString();
  }
  return query;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return !!(
    filters.action ||
    filters.objectType ||
    filters.objectId ||
    filters.actorId ||
    filters.from ||
    filters.to
  );
}
