import { HttpContext, HttpContextToken, HttpErrorResponse } from '@angular/common/http';
import { ApiError, FieldError, isApiError } from '@mentorbridge/shared-contracts';

/**
 * HTTP statuses the caller shows itself (inline, next to the form), so the global error toast
 * stays quiet for them. A 401 listed here also does not end the session in the browser.
 */
export const HANDLED_ERROR_STATUSES = new HttpContextToken<readonly number[]>(() => []);

/** `http.post(url, body, { context: handledErrors(400, 409) })`: this caller shows these errors. */
export function handledErrors(...statuses: number[]): HttpContext {
  return new HttpContext().set(HANDLED_ERROR_STATUSES, statuses);
}

export const NETWORK_ERROR_MESSAGE = "Can't reach the server — check your connection and try again";
export const UNEXPECTED_ERROR_MESSAGE = 'Something went wrong. Please try again.';

export function serverErrorMessage(requestId?: string | null): string {
  return requestId
    ? `Something went wrong on our side (ref: ${requestId})`
    : 'Something went wrong on our side. Please try again in a moment.';
}

/** Finds the HttpErrorResponse behind an error (resources wrap non-Error values in `cause`). */
export function unwrapHttpError(error: unknown): HttpErrorResponse | null {
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current; depth++) {
    if (current instanceof HttpErrorResponse) {
      return current;
    }
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return null;
}

/**
 * Turns anything thrown by an HTTP call into the API's one error shape, with a message meant for
 * people: the server's own message for 4xx, a plain explanation for network failures and 5xx.
 */
export function toApiError(error: unknown): ApiError {
  const http = unwrapHttpError(error);
  if (!http) {
    return { statusCode: 0, code: 'client_error', message: UNEXPECTED_ERROR_MESSAGE };
  }
  if (http.status === 0) {
    return { statusCode: 0, code: 'network_error', message: NETWORK_ERROR_MESSAGE };
  }
  const body: unknown = http.error;
  const requestId =
    (isApiError(body) ? body.requestId : undefined) ??
    http.headers?.get('X-Request-Id') ??
    undefined;
  if (http.status >= 500) {
    return {
      statusCode: http.status,
      code: isApiError(body) ? body.code : 'server_error',
      message: serverErrorMessage(requestId),
      requestId,
    };
  }
  if (isApiError(body)) {
    return { ...body, requestId };
  }
  return {
    statusCode: http.status,
    code: 'http_error',
    message: fallbackMessage(http.status),
    requestId,
  };
}

function fallbackMessage(status: number): string {
  switch (status) {
    case 401:
      return 'Please sign in to continue.';
    case 403:
      return "You don't have permission to do that.";
    case 404:
      return "We couldn't find what you were looking for.";
    case 409:
      return 'That conflicts with something that already exists.';
    case 429:
      return 'Too many attempts. Please wait a moment and try again.';
    default:
      return UNEXPECTED_ERROR_MESSAGE;
  }
}

/** The HTTP status of an error, or null when it is not an HTTP error. */
export function httpStatusOf(error: unknown): number | null {
  return unwrapHttpError(error)?.status ?? null;
}

/** Per-field messages of a 400, keyed by the field's dotted path. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  return toApiError(error).details ?? [];
}
