export const DEFAULT_PAGE_SIZE = 25;
/** Larger requested page sizes are clamped to this, not rejected. */
export const MAX_PAGE_SIZE = 100;

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
