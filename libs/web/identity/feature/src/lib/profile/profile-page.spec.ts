import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  buttonByText,
  errorByLabel,
  fieldByLabel,
  flushApiError,
  inputByLabel,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { userDetail } from '../testing/people';
import { ProfilePage } from './profile-page';

const ME = userDetail();

describe('ProfilePage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ProfilePage>;
  let page: HTMLElement;

  /** Lets HTTP callbacks and change detection run (a loading resource keeps it "unstable"). */
  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
  }

  async function press(button: string): Promise<void> {
    await stable();
    buttonByText(page, button).click();
    await stable();
  }

  function typePasswords(current: string, next: string, confirm: string): void {
    typeInto(inputByLabel(page, 'Current password'), current);
    typeInto(inputByLabel(page, 'New password'), next);
    typeInto(inputByLabel(page, 'Confirm new password'), confirm);
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser({
      id: ME.id,
      email: ME.email,
      displayName: ME.displayName,
      roles: ME.roles,
      grants: ME.grants,
      permissions: [],
      orgPermissions: [],
      homeRoute: 'mentee',
    });
    fixture = TestBed.createComponent(ProfilePage);
    page = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/me/profile').flush(ME);
    await stable();
  });

  afterEach(() => backend.verify());

  it('fills the editable details and saves them trimmed, blanks as null', async () => {
    expect(inputByLabel(page, 'Display name').value).toBe('Lena Ortiz');
    expect(inputByLabel(page, 'Display name').getAttribute('autocomplete')).toBe('name');
    expect(inputByLabel(page, 'Location').value).toBe('Lisbon');
    expect(inputByLabel(page, 'Location').placeholder).toBe('e.g. Lisbon office');
    expect(textOf(fieldByLabel(page, 'Time zone'))).toContain(
      'Session times are shown in this time zone.',
    );

    typeInto(inputByLabel(page, 'Display name'), '  Lena Ortiz-Silva ');
    typeInto(inputByLabel(page, 'Location'), '   ');
    await press('Save details');

    const request = backend.expectOne('/api/me/profile');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      displayName: 'Lena Ortiz-Silva',
      location: null,
      languages: ['English'],
      timeZone: 'Europe/Lisbon',
    });
    request.flush({ ...ME, displayName: 'Lena Ortiz-Silva', location: null });
    await stable();
    expect(TestBed.inject(AuthStore).user()?.displayName).toBe('Lena Ortiz-Silva');
  });

  it('says what is missing in the name, in its own words', async () => {
    typeInto(inputByLabel(page, 'Display name'), '');
    await press('Save details');

    expect(errorByLabel(page, 'Display name')).toBe('Enter your name.');
    expect(textOf(page)).toContain('Check the highlighted fields.');
  });

  it('does not send a new password that does not match its confirmation', async () => {
    typePasswords('old secret words', 'a brand new passphrase', 'a brand new passphrasf');
    await press('Change password');

    backend.expectNone('/api/auth/password');
    expect(errorByLabel(page, 'Confirm new password')).toBe("The passwords don't match.");
  });

  it('changes the password, and shows what the server says next to the field it concerns', async () => {
    expect(inputByLabel(page, 'Current password').getAttribute('autocomplete')).toBe(
      'current-password',
    );
    typePasswords('old secret words', 'password1234', 'password1234');
    await press('Change password');

    const request = backend.expectOne('/api/auth/password');
    expect(request.request.body).toEqual({
      currentPassword: 'old secret words',
      newPassword: 'password1234',
    });
    flushApiError(request, {
      status: 400,
      code: 'validation_failed',
      message: 'Check the new password.',
      details: [{ field: 'newPassword', message: 'is too common' }],
    });
    await stable();

    expect(errorByLabel(page, 'New password')).toBe('New password is too common.');
  });

  it('says when the current password is missing or wrong', async () => {
    await press('Change password');
    expect(errorByLabel(page, 'Current password')).toBe('Enter your current password.');
    expect(errorByLabel(page, 'New password')).toBe('Enter new password.');
    expect(errorByLabel(page, 'Confirm new password')).toBe('Type the new password again.');

    typePasswords('not my password', 'a brand new passphrase', 'a brand new passphrase');
    await press('Change password');
    flushApiError(backend.expectOne('/api/auth/password'), {
      status: 401,
      code: 'invalid_credentials',
      message: 'Your current password is wrong.',
    });
    await stable();

    expect(errorByLabel(page, 'Current password')).toBe('Your current password is wrong.');
  });
});
