import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CohortDetail, InvitationImportReport, UserSummary } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { cohortRecruitmentRoutes } from '../../enrollment.routes';
import {
  allByTestId,
  byTestId,
  descriptionOf,
  flushApiError,
  paramsOf,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { cohort, funnel, HR_LEAD, invitation, page } from '../testing/fixtures';

const URL = '/programs/p1/cohorts/c1/recruitment?tab=invitations';
const CSV = 'email,role\nli@example.org,mentee\nnobody@example.org,mentee\nsam@example.org,boss\n';

function report(dryRun: boolean): InvitationImportReport {
  return {
    dryRun,
    rows: [
      { line: 2, email: 'li@example.org', role: 'mentee', action: 'invite', errors: [] },
      {
        line: 3,
        email: 'nobody@example.org',
        role: 'mentee',
        action: 'error',
        errors: [{ field: 'email', message: 'is not in the directory (import the person first)' }],
      },
      {
        line: 4,
        email: 'sam@example.org',
        role: 'boss',
        action: 'error',
        errors: [{ field: 'role', message: 'must be mentor or mentee' }],
      },
    ],
    summary: { invite: 1, skip: 0, error: 2 },
    fileErrors: [],
  };
}

function person(id: string, displayName: string): UserSummary {
  return {
    id,
    email: `${id}@example.org`,
    displayName,
    status: 'active',
    department: 'Sales',
    title: null,
    location: null,
    seniorityLevel: 2,
    manager: null,
    roles: [],
  };
}

describe('Invitations', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(detail: CohortDetail = cohort()): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(URL);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/cohorts/c1').flush(detail);
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
    await stable();
    backend
      .expectOne((r) => r.url === '/api/cohorts/c1/invitations')
      .flush(
        page([
          invitation(1, { status: 'opened', openedAt: '2027-01-21T09:00:00Z' }),
          invitation(2, { status: 'applied' }),
        ]),
      );
    await stable();
  }

  function overlay(selector: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`${selector} is not open`);
    }
    return element;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'programs/:programId/cohorts/:cohortId/recruitment',
            children: cohortRecruitmentRoutes,
          },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('lists invitations with their status in words, and only unanswered ones can be reminded', async () => {
    await open();

    const rows = allByTestId(view, 'invitation-row');
    expect(rows.map((row) => textOf(row.querySelector('mb-invitation-status-chip')))).toEqual([
      'Opened',
      'Applied',
    ]);
    const boxes = allByTestId(view, 'select-invitation').map((box) => box.querySelector('input'));
    expect(boxes.map((box) => box?.disabled)).toEqual([false, true]);
  });

  it('previews a CSV with the problem of each row, then imports it for real without dryRun', async () => {
    await open();

    byTestId(view, 'import-invitations').click();
    await stable();
    const dialog = overlay('mb-import-invitations-dialog');
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'csv-text'), CSV);
    await stable();
    byTestId(dialog, 'csv-check').click();
    await stable();

    const preview = backend.expectOne('/api/cohorts/c1/invitations/import');
    expect(preview.request.body).toEqual({ csv: CSV, dryRun: true });
    preview.flush(report(true));
    await stable();

    const rows = allByTestId(dialog, 'import-row');
    expect(rows.map((row) => textOf(row.querySelector('mb-status-chip')))).toEqual([
      'Invite',
      'Error',
      'Error',
    ]);
    expect(rows.map((row) => textOf(byTestId(row, 'import-row-errors')))).toEqual([
      '',
      'Email is not in the directory (import the person first).',
      'Role must be mentor or mentee.',
    ]);
    expect(textOf(byTestId(dialog, 'csv-summary'))).toBe(
      '1 person to invite · 0 rows skipped · 2 rows with errors',
    );

    const importButton = byTestId<HTMLButtonElement>(dialog, 'csv-import');
    expect(textOf(importButton)).toBe('Invite 1 person');
    importButton.click();
    await stable();

    const real = backend.expectOne('/api/cohorts/c1/invitations/import');
    expect(real.request.body).toEqual({ csv: CSV });
    real.flush(report(false));
    await stable();

    expect(textOf(byTestId(view, 'invitation-notice'))).toContain('Invited 1 person from the CSV.');
    backend.expectOne((r) => r.url === '/api/cohorts/c1/invitations').flush(page([invitation(1)]));
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
  });

  it('asks to check the CSV again when it changed after the preview', async () => {
    await open();
    byTestId(view, 'import-invitations').click();
    await stable();
    const dialog = overlay('mb-import-invitations-dialog');
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'csv-text'), CSV);
    await stable();
    byTestId(dialog, 'csv-check').click();
    await stable();
    backend.expectOne('/api/cohorts/c1/invitations/import').flush(report(true));
    await stable();

    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'csv-text'), `${CSV}x@example.org,mentor\n`);
    await stable();

    expect(textOf(dialog)).toContain('The CSV changed since this preview');
    expect(byTestId<HTMLButtonElement>(dialog, 'csv-import').disabled).toBe(true);
  });

  it('marks people already invited and invites the picked ones, then says who was skipped', async () => {
    await open();
    byTestId(view, 'invite-people').click();
    await stable();
    const dialog = overlay('mb-invite-people-dialog');

    typeInto(byTestId<HTMLInputElement>(dialog, 'invite-search'), 'an');
    await stable(300);
    const users = backend.expectOne((r) => r.url === '/api/users');
    expect(paramsOf(users)).toMatchObject({ search: 'an' });
    users.flush(page([person('u1', 'Ana Silva'), person('u2', 'Anton Berg')]));
    const existing = backend.expectOne((r) => r.url === '/api/cohorts/c1/invitations');
    expect(paramsOf(existing)).toMatchObject({ search: 'an' });
    existing.flush(
      page([
        invitation(9, {
          person: { id: 'u1', displayName: 'Ana Silva', email: 'u1@example.org', department: null },
          role: 'mentee',
        }),
      ]),
    );
    await stable();

    const candidates = allByTestId(dialog, 'invite-candidate');
    expect(textOf(candidates[0] ?? null)).toContain('Already invited as mentee');
    expect(candidates[0]?.querySelector('input')?.disabled).toBe(true);
    candidates[1]?.querySelector('input')?.click();
    await stable();

    const confirm = byTestId<HTMLButtonElement>(dialog, 'invite-confirm');
    expect(textOf(confirm)).toBe('Invite 1 person as mentees');
    confirm.click();
    await stable();

    const request = backend.expectOne('/api/cohorts/c1/invitations');
    expect(request.request.body).toEqual({ role: 'mentee', userIds: ['u2'] });
    request.flush({
      invited: 0,
      skipped: [
        {
          person: { id: 'u2', displayName: 'Anton Berg', email: 'u2@example.org' },
          reason: 'is already invited as mentee',
        },
      ],
    });
    await stable();

    const notice = textOf(byTestId(view, 'invitation-notice'));
    expect(notice).toContain('Nobody new was invited.');
    expect(notice).toContain('Anton Berg (u2@example.org) is already invited as mentee.');
    backend.expectOne((r) => r.url === '/api/cohorts/c1/invitations').flush(page([]));
    backend.expectOne('/api/cohorts/c1/funnel').flush(funnel());
  });

  it('shows why inviting is refused by the API', async () => {
    await open();
    byTestId(view, 'invite-department').click();
    await stable();
    backend.expectOne('/api/users/facets').flush({ departments: ['Sales'], locations: [] });
    const dialog = overlay('mb-invite-department-dialog');
    const select = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="invite-department-select"]' }),
    );
    await select.open();
    // Not `clickOptions`: it would wait for the counts this choice starts loading.
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((option) => textOf(option) === 'Sales')
      ?.click();
    await stable(10);
    const counts = backend.match((r) => r.url === '/api/users');
    expect(counts.map(paramsOf)).toEqual([
      { department: 'Sales', page: '1', pageSize: '1' },
      { department: 'Sales', status: 'deactivated', page: '1', pageSize: '1' },
    ]);
    counts[0]?.flush(page([], 14));
    counts[1]?.flush(page([], 2));
    await stable();
    expect(textOf(byTestId(dialog, 'department-count'))).toContain('12 active people in Sales');

    byTestId(dialog, 'invite-department-confirm').click();
    await stable();
    flushApiError(backend.expectOne('/api/cohorts/c1/invitations/department'), {
      status: 409,
      code: 'conflict',
      message:
        'Inviting people is possible while the cohort is Recruiting; "Spring 2027" is Matching.',
    });
    await stable();
    expect(textOf(dialog)).toContain('Inviting people is possible while the cohort is Recruiting');
  });

  it('disables inviting with the reason when the cohort is not recruiting', async () => {
    await open(cohort({ state: 'matching' }));

    const invite = byTestId(view, 'invite-people');
    expect(invite.getAttribute('aria-disabled')).toBe('true');
    await stable();
    expect(descriptionOf(invite)).toBe(
      'Invitations can be sent while the cohort is Recruiting; Spring 2027 is Matching.',
    );
  });

  it('reminds everyone who has not answered after confirming how many people that is', async () => {
    await open();

    byTestId(view, 'remind-everyone').click();
    await stable();
    const counts = backend.match((r) => r.url === '/api/cohorts/c1/invitations');
    expect(counts.map((r) => r.request.params.get('status'))).toEqual(['sent', 'opened']);
    counts[0]?.flush(page([], 30));
    counts[1]?.flush(page([], 7));
    await stable();

    const confirm = overlay('mb-confirm-dialog');
    expect(textOf(confirm)).toContain('Remind 37 people?');
    byTestId(confirm, 'confirm-dialog-confirm').click();
    await stable();

    const remind = backend.expectOne('/api/cohorts/c1/invitations/remind');
    expect(remind.request.body).toEqual({});
    remind.flush({ reminded: 37 });
    await stable();
    expect(textOf(byTestId(view, 'invitation-notice'))).toContain('Sent a reminder to 37 people.');
    backend.expectOne((r) => r.url === '/api/cohorts/c1/invitations').flush(page([]));
  });
});
