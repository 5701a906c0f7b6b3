import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { InvitationResult } from '@mentorbridge/shared-contracts';
import {
  byTestId,
  errorByLabel,
  flushApiError,
  inputByLabel,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { userDetail } from '../testing/people';
import { InviteDialogComponent } from './invite-dialog.component';

const INVITATION: InvitationResult = {
  user: userDetail({
    id: 'u9',
    email: 'nora@example.org',
    displayName: 'Nora Quist',
    status: 'invited',
    department: 'Sales',
    title: null,
  }),
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
    return inputByLabel(document.querySelector('mb-invite-dialog') as HTMLElement, label);
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

  it('names the missing fields in a summary instead of sending an empty invitation', async () => {
    TestBed.inject(MatDialog).open(InviteDialogComponent, { data: { facets: null } });
    await stable();
    const dialog = document.querySelector('mb-invite-dialog') as HTMLElement;
    const labels = [...dialog.querySelectorAll('mat-label')].map((label) => textOf(label));
    expect(labels.join(', ')).toBe('Email, Name, Department, Job title, Manager, Seniority');
    expect(textOf(dialog.querySelector('fieldset legend') as Element)).toBe('Roles');
    expect(textOf(dialog.querySelector('fieldset') as Element)).toContain('Mentee');

    byTestId<HTMLButtonElement>(document, 'invite-submit').click();
    await stable();

    backend.expectNone('/api/users');
    expect(textOf(dialog.querySelector('mb-banner') as Element)).toBe(
      'Check these fields: Email, Name.',
    );
    expect(errorByLabel(dialog, 'Email')).toBe('Enter email.');
  });

  it('says next to the email field that the person is already in the directory (409)', async () => {
    const dialog = await openAndFill();

    flushApiError(backend.expectOne('/api/users'), {
      status: 409,
      code: 'conflict',
      message: 'Someone with the email nora@example.org is already in the directory.',
      details: [{ field: 'email', message: 'is already in the directory' }],
    });
    await stable();

    expect(errorByLabel(dialog, 'Email')).toBe(
      'Someone with the email nora@example.org is already in the directory.',
    );
    expect(dialog.querySelector('[data-testid="activation-link"]')).toBeNull();
  });
});
