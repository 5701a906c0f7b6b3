import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { catchError, throwError } from 'rxjs';
import { HANDLED_ERROR_STATUSES, toApiError } from './http-errors';

/** The session probe: a 401 there just means "not signed in yet". */
export const SESSION_PROBE_PATH = '/api/auth/me';

/**
 * Shows failed requests as a toast with the API's message. Quiet for errors the caller handles
 * itself (see `handledErrors`) and for the 401 of the session probe.
 */
export const errorToastInterceptor: HttpInterceptorFn = (req, next) => {
  const snackBar = inject(MatSnackBar);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        shouldToast(req.url, error, req.context.get(HANDLED_ERROR_STATUSES))
      ) {
        snackBar.open(toApiError(error).message, 'Dismiss', {
          duration: 10000,
          panelClass: 'mb-error-toast',
        });
      }
      return throwError(() => error);
    }),
  );
};

function shouldToast(url: string, error: HttpErrorResponse, handled: readonly number[]): boolean {
  if (handled.includes(error.status)) {
    return false;
  }
  if (error.status === 401 && stripQuery(url).endsWith(SESSION_PROBE_PATH)) {
    return false;
  }
  return true;
}

function stripQuery(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? url : url.slice(0, index);
}
