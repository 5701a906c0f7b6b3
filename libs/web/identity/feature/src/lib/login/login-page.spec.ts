import { Component } from '@angular/core';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CurrentUser } from '@mentorbridge/shared-contracts';
import { byTestId, settle, textOf, typeInto } from '@mentorbridge/web-shared-ui/testing';
import { LoginPage } from './login-page';

@Component({ selector: 'mb-stub', template: 'home' })
class StubPage {}

const MENTEE: CurrentUser = {
  id: 'u1',
  email: 'mia@example.org',
  displayName: 'Mia Lopez',
  roles: ['mentee'],
  grants: [{ role: 'mentee', programId: null }],
  permissions: [],
  orgPermissions: [],
  homeRoute: 'mentee',
};

describe('LoginPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    return harness.routeNativeElement as HTMLElement;
  }

  async function signIn(page: HTMLElement, email: string, password: string): Promise<void> {
    typeInto(byTestId<HTMLInputElement>(page, 'login-email'), email);
    typeInto(byTestId<HTMLInputElement>(page, 'login-password'), password);
    byTestId<HTMLButtonElement>(page, 'login-submit').click();
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'login', component: LoginPage },
          { path: 'mentee', component: StubPage },
          { path: 'admin/users', component: StubPage },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it("shows the server's message in an alert when the password is wrong", async () => {
    const page = await open('/login');

    await signIn(page, 'mia@example.org', 'not-my-password');
    const request = backend.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'mia@example.org', password: 'not-my-password' });
    request.flush(
      { statusCode: 401, code: 'invalid_credentials', message: 'Email or password is incorrect.' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await harness.fixture.whenStable();

    const error = byTestId(page, 'login-error');
    expect(textOf(error)).toBe('Email or password is incorrect.');
    expect(error.getAttribute('role')).toBe('alert');
    expect(byTestId<HTMLButtonElement>(page, 'login-submit').disabled).toBe(false);
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('shows the rate-limit message of a 429', async () => {
    const page = await open('/login');

    await signIn(page, 'mia@example.org', 'guess');
    backend.expectOne('/api/auth/login').flush(
      {
        statusCode: 429,
        code: 'rate_limited',
        message: 'Too many sign-in attempts. Try again in 15 minutes.',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await settle();
    await harness.fixture.whenStable();

    expect(textOf(byTestId(page, 'login-error'))).toBe(
      'Too many sign-in attempts. Try again in 15 minutes.',
    );
  });

  it('disables the button while signing in, then goes to the home of the person', async () => {
    const page = await open('/login');

    await signIn(page, 'mia@example.org', 'correct horse battery');
    expect(byTestId<HTMLButtonElement>(page, 'login-submit').disabled).toBe(true);
    backend.expectOne('/api/auth/login').flush(MENTEE);
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/mentee');
  });

  it('goes back to the page the person wanted (returnUrl) after signing in', async () => {
    const page = await open('/login?returnUrl=%2Fadmin%2Fusers%3Fstatus%3Dinvited');

    await signIn(page, 'mia@example.org', 'correct horse battery');
    backend.expectOne('/api/auth/login').flush(MENTEE);
    await settle();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/admin/users?status=invited');
  });

  it('says what is missing instead of calling the server with an empty form', async () => {
    const page = await open('/login');

    byTestId<HTMLButtonElement>(page, 'login-submit').click();
    await harness.fixture.whenStable();

    backend.expectNone('/api/auth/login');
    expect(textOf(page)).toContain('Enter your email.');
    expect(textOf(page)).toContain('Enter your password.');
  });
});
