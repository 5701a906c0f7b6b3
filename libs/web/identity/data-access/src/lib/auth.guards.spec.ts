import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  provideRouter,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PERMISSIONS } from '@mentorbridge/shared-contracts';
import {
  authChildGuard,
  authGuard,
  orgPermissionGuard,
  permissionGuard,
  roleGuard,
  safeReturnUrl,
  signedOutGuard,
} from './auth.guards';
import { AuthStore } from './auth.store';
import { currentUser } from './testing/current-user';

@Component({ selector: 'mb-stub', template: 'page' })
class StubPage {}

describe('auth guards', () => {
  let store: AuthStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', canActivate: [signedOutGuard], component: StubPage },
          {
            path: '',
            canActivateChild: [authChildGuard],
            children: [
              { path: 'hr', canActivate: [roleGuard('admin')], component: StubPage },
              { path: 'mentee', canActivate: [roleGuard('mentee')], component: StubPage },
              { path: 'executive', canActivate: [roleGuard('executive')], component: StubPage },
              { path: 'profile', component: StubPage },
              {
                path: 'admin/users',
                canActivate: [permissionGuard(PERMISSIONS.usersRead)],
                component: StubPage,
              },
              {
                path: 'admin/audit',
                canActivate: [orgPermissionGuard(PERMISSIONS.privacyManage)],
                component: StubPage,
              },
            ],
          },
        ]),
      ],
    });
    store = TestBed.inject(AuthStore);
    router = TestBed.inject(Router);
  });

  it('sends a signed-out person to /login with the page they wanted as returnUrl', async () => {
    store.clear();
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/admin/users?status=invited');

    expect(router.url).toBe('/login?returnUrl=%2Fadmin%2Fusers%3Fstatus%3Dinvited');
  });

  it('asks GET /api/auth/me first and treats its 401 as signed out', async () => {
    const backend = TestBed.inject(HttpTestingController);
    const state = { url: '/profile' } as RouterStateSnapshot;

    const result = TestBed.runInInjectionContext(() =>
      authGuard({} as ActivatedRouteSnapshot, state),
    ) as Promise<UrlTree>;
    backend.expectOne('/api/auth/me').flush(
      { statusCode: 401, code: 'unauthenticated', message: 'Sign in.' },
      {
        status: 401,
        statusText: 'Unauthorized',
      },
    );

    expect(router.serializeUrl(await result)).toBe('/login?returnUrl=%2Fprofile');
    expect(store.status()).toBe('signed-out');
    backend.verify();
  });

  it('refuses a mentee on /hr and brings them to their own home', async () => {
    store.setUser(currentUser(['mentee']));
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/hr');

    expect(router.url).toBe('/mentee');
  });

  it('lets an HR lead into /hr and the people admin', async () => {
    store.setUser(currentUser(['admin', 'mentor']));
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/hr');
    expect(router.url).toBe('/hr');

    await harness.navigateByUrl('/admin/users');
    expect(router.url).toBe('/admin/users');
  });

  it('keeps people without users.read out of the people admin', async () => {
    store.setUser(currentUser(['executive']));
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/admin/users');

    expect(router.url).toBe('/executive');
  });

  it('lets an organisation-wide HR lead into the audit log', async () => {
    store.setUser(currentUser(['admin']));
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/admin/audit?action=person.erase');

    expect(router.url).toBe('/admin/audit?action=person.erase');
  });

  it('keeps an HR lead of one program out of the audit log and brings them home', async () => {
    store.setUser(
      currentUser(['admin'], {
        grants: [{ role: 'admin', programId: 'p1' }],
        orgPermissions: [],
      }),
    );
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/admin/audit');

    expect(router.url).toBe('/hr');
  });

  it('sends a signed-in person who opens /login to their home', async () => {
    store.setUser(currentUser(['mentee']));
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/login');

    expect(router.url).toBe('/mentee');
  });
});

describe('safeReturnUrl', () => {
  it('only follows in-app paths', () => {
    expect(safeReturnUrl('/admin/users?status=invited')).toBe('/admin/users?status=invited');
    expect(safeReturnUrl('https://evil.example')).toBeNull();
    expect(safeReturnUrl('//evil.example')).toBeNull();
    expect(safeReturnUrl('/\\evil.example')).toBeNull();
    expect(safeReturnUrl('/login?returnUrl=%2Fhr')).toBeNull();
    expect(safeReturnUrl(null)).toBeNull();
  });
});
