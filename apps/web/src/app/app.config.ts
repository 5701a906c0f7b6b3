import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideRouter, TitleStrategy } from '@angular/router';
import { CSRF_COOKIE, CSRF_HEADER } from '@mentorbridge/shared-contracts';
import { sessionExpiredInterceptor } from '@mentorbridge/web-identity-data-access';
import { errorToastInterceptor } from '@mentorbridge/web-shared-data-access';
import { appRoutes } from './app.routes';
import { MentorBridgeTitleStrategy } from './title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes),
    { provide: TitleStrategy, useClass: MentorBridgeTitleStrategy },
    provideHttpClient(
      // Double-submit CSRF: the API sets the cookie on any GET; Angular echoes it on mutations.
      withXsrfConfiguration({ cookieName: CSRF_COOKIE, headerName: CSRF_HEADER }),
      withInterceptors([errorToastInterceptor, sessionExpiredInterceptor]),
    ),
  ],
};
