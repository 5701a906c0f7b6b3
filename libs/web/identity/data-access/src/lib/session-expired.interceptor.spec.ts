import { Component } from '@angular/core';
import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { handledErrors } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from './auth.store';
import { sessionExpiredInterceptor } from './session-expired.interceptor';
import { currentUser } from './testing/current-user';

@Component({ selector: 'mb-stub', template: 'page' })
class StubPage {}

describe('sessionExpiredInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: AuthStore;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: StubPage },
          { path: 'admin/users', component: StubPage },
        ]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
    store.setUser(currentUser(['admin']));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users?page=2');
  });

  it('forgets the user and goes to /login?returnUrl when the session ended', async () => {
    const request = firstValueFrom(http.get('/api/users'));
    backend.expectOne('/api/users').flush(
      { statusCode: 401, code: 'unauthenticated', message: 'Sign in again.' },
      {
        status: 401,
        statusText: 'Unauthorized',
      },
    );
    await expect(request).rejects.toMatchObject({ status: 401 });
    await TestBed.inject(Router).navigated;
    await new Promise((resolve) => setTimeout(resolve));

    expect(store.isSignedIn()).toBe(false);
    expect(router.url).toBe('/login?returnUrl=%2Fadmin%2Fusers%3Fpage%3D2');
  });

  it('leaves the session alone when the caller handles the 401 (e.g. a wrong password)', async () => {
    const request = firstValueFrom(
      http.post('/api/auth/password', {}, { context: handledErrors(401) }),
    );
    backend.expectOne('/api/auth/password').flush(
      { statusCode: 401, code: 'invalid_credentials', message: 'Wrong password.' },
      {
        status: 401,
        statusText: 'Unauthorized',
      },
    );
    await expect(request).rejects.toMatchObject({ status: 401 });

    expect(store.isSignedIn()).toBe(true);
    expect(router.url).toBe('/admin/users?page=2');
  });
});
