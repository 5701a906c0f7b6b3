import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { catchError, throwError } from 'rxjs';
import { loginUrlTree } from './auth.guards';
import { AuthStore } from './auth.store';

/**
 * A 401 on any call the caller did not expect to fail that way means the session ended (expired,
 * revoked, signed out in another tab): forget the user and go to /login?returnUrl=<here>.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (req, next) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  return next(req).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !req.context.get(HANDLED_ERROR_STATUSES).includes(401)
      ) {
        store.clear();
        const current = router.url;
        if (!current.startsWith('/login')) {
          void router.navigateByUrl(loginUrlTree(router, current));
        }
      }
      return throwError(() => error);
    }),
  );
};
