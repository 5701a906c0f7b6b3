import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { InvitationResult } from '@mentorbridge/shared-contracts';
import { byTestId, settle, textOf, typeInto } from '../testing/dom';
import { InviteDialogComponent } from './invite-dialog.component';

const INVITATION: InvitationResult = {
  user: {
    id: 'u9',
    email: 'nora@example.org',
    displayName: 'Nora Quist',
    status: 'invited',
    department: 'Sales',
    title: null,
    location: null,
    seniorityLevel: null,
    manager: null,
    roles: ['mentee'],
    languages: [],
    timeZone: null,
    grants: [{ role: 'mentee', programId: null }],
    directReports: 0,
    createdAt: '2026-11-25T10:00:00Z',
    lastLoginAt: null,
  },
  activationUrl: 'https://mentorbridge.example/activate?token=tok-123',
  expiresAt: '2026-12-02T10:00:00Z',
};

describe('InviteDialogComponent', () => {
  let backend: HttpTestingController;

  async function stable(): Promise<void> {
    await settle();
    TestBed.tick();
    await settle();
  }

  function field(label: string): HTMLInputElement {
    const formField = [...document.querySelectorAll('mb-invite-dialog mat-form-field')].find(
      (element) => textOf(element.querySelector('mat-label') as Element) === label,
    );
    const input = formField?.querySelector('input');
    if (!input) {
      throw new Error(`No field "${label}"`);
    }
    return input;
  }

  async function openAndFill(): Promise<HTMLElement> {
    TestBed.inject(MatDialog).open(InviteDialogComponent, { data: { facets: null } });
    await stable();
    typeInto(field('Email'), 'nora@example.org');
    typeInto(field('Name'), 'Nora Quist');
    typeInto(field('Department'), 'Sales');
    await stable();
    byTestId<HTMLButtonElement>(document, 'invite-submit').click();
    await stable();
    return document.querySelector('mb-invite-dialog') as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    backend.verify();
  });

  it('invites the person and shows the activation link to copy and share', async () => {
    const dialog = await openAndFill();

    const request = backend.expectOne('/api/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'nora@example.org',
      displayName: 'Nora Quist',
      department: 'Sales',
      title: null,
      managerId: null,
      seniorityLevel: null,
      roles: ['mentee'],
    });
    request.flush(INVITATION, { status: 201, statusText: 'Created' });
    await stable();

    expect(byTestId<HTMLInputElement>(dialog, 'activation-link').value).toBe(
      'https://mentorbridge.example/activate?token=tok-123',
    );
    expect(textOf(dialog)).toContain('MentorBridge does not send emails yet');
    expect(textOf(byTestId(dialog, 'copy-link'))).toBe('Copy link');
  });

  it('says next to the email field that the person is already in the directory (409)', async () => {
    const dialog = await openAndFill();

    backend.expectOne('/api/users').flush(
      {
        statusCode: 409,
        code: 'conflict',
        message: 'Someone with the email nora@example.org is already in the directory.',
        details: [{ field: 'email', message: 'is already in the directory' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await stable();

    const emailField = field('Email').closest('mat-form-field') as HTMLElement;
    expect(textOf(emailField.querySelector('mat-error') as Element)).toBe(
      'Someone with the email nora@example.org is already in the directory.',
    );
    expect(dialog.querySelector('[data-testid="activation-link"]')).toBeNull();
  });
});
