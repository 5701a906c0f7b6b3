/** One field that failed validation; `field` is a dotted path (`rows.3.email`). */
export interface FieldError {
  field: string;
  message: string;
}

/** The one error shape of the whole API. Never contains a stack trace. */
export interface ApiError {
  statusCode: number;
  /** Stable machine-readable code, e.g. `validation_failed`, `not_found`. */
  code: string;
  /** Plain-language message meant for people. */
  message: string;
  details?: FieldError[];
  requestId?: string;
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).statusCode === 'number' &&
    typeof (value as ApiError).message === 'string'
  );
}
