import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { CreateProgramRequest, Page, UserSummary } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { createProgramGuard } from '../shared/create-program.guard';
import { unsavedChangesGuard } from '../shared/unsaved-changes';
import { byTestId, errorByLabel, settle, textOf, typeInto } from '../testing/dom';
import {
  flushApiError,
  LAYLA,
  ORG_HR_LEAD,
  PROGRAM_HR_LEAD,
  programDetail,
} from '../testing/fixtures';
import { ProgramWizardPage } from './program-wizard.page';

@Component({ template: '<h1>Program</h1>' })
class ProgramStubPage {}

const LAYLA_ROW: UserSummary = {
  ...LAYLA,
  status: 'active',
  department: 'People',
  title: 'HR partner',
  location: null,
  seniorityLevel: null,
  manager: null,
  roles: ['admin'],
};

describe('ProgramWizardPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
  }

  async function next(): Promise<void> {
    byTestId(view, 'wizard-next').click();
    await stable();
  }

  /** The label of the step the stepper shows now. */
  function currentStep(): string {
    return textOf(view.querySelector('mat-step-header[aria-selected="true"] .mat-step-text-label'));
  }

  async function fillBasics(): Promise<void> {
    typeInto(byTestId<HTMLInputElement>(view, 'program-name'), '  Emerging Leaders 2027 ');
    byTestId(view, 'format-one_on_one').querySelector('input')?.click();
    typeInto(
      byTestId<HTMLTextAreaElement>(view, 'program-driver'),
      'Grow internal leaders to fill manager roles from within.',
    );
    typeInto(byTestId<HTMLInputElement>(view, 'outcome-0'), 'Mentees can lead a team meeting');
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'programs', component: ProgramStubPage },
          {
            path: 'programs/new',
            component: ProgramWizardPage,
            canActivate: [createProgramGuard],
            canDeactivate: [unsavedChangesGuard],
          },
          {
            path: 'programs/:programId/edit',
            component: ProgramWizardPage,
            canDeactivate: [unsavedChangesGuard],
          },
          { path: 'programs/:programId', component: ProgramStubPage },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(ORG_HR_LEAD);
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('says what is missing and stays on Basics when Next is pressed without a name', async () => {
    await open('/programs/new');

    await next();

    expect(errorByLabel(view, 'Name')).toBe('Enter a name for the program.');
    expect(textOf(view)).toContain('Choose the format of the program.');
    expect(textOf(view)).toContain('Fix the highlighted answers to continue.');
    expect(currentStep()).toBe('Basics');

    await fillBasics();
    await next();

    expect(currentStep()).toBe('Relationship');
  });

  it('creates the program with every setting, the defaults and the co-owner, then opens it', async () => {
    await open('/programs/new');
    await fillBasics();
    await next();
    await next();
    await next();
    expect(currentStep()).toBe('Privacy & owners');
    expect(textOf(view)).toContain('You are always an owner of a program you create.');

    typeInto(byTestId<HTMLInputElement>(view, 'owners-search'), 'lay');
    await stable(300);
    const search = backend.expectOne((request) => request.url === '/api/users');
    expect(search.request.params.get('role')).toBe('admin');
    expect(search.request.params.get('search')).toBe('lay');
    search.flush({ items: [LAYLA_ROW], total: 1, page: 1, pageSize: 10 } as Page<UserSummary>);
    await stable();
    (document.querySelector('mat-option') as HTMLElement).click();
    await stable();
    expect(textOf(byTestId(view, 'owners'))).toContain('Layla Oliveira');

    await next();
    expect(currentStep()).toBe('Review');
    byTestId(view, 'wizard-create').click();
    await stable();

    const create = backend.expectOne('/api/programs');
    expect(create.request.method).toBe('POST');
    const expected: CreateProgramRequest = {
      name: 'Emerging Leaders 2027',
      purpose: {
        strategicDriver: 'Grow internal leaders to fill manager roles from within.',
        outcomes: ['Mentees can lead a team meeting'],
      },
      format: 'one_on_one',
      defaultDurationMonths: 9,
      cadenceWeeks: 4,
      defaultMentorCapacity: 2,
      meetingModes: ['video', 'in_person'],
      matchingMode: 'admin_bulk',
      closurePolicy: {
        rematchBufferDays: 14,
        contactOptions: ['stay_in_touch', 'no_further_contact'],
        noteRetentionDays: 90,
      },
      suppressionThreshold: 5,
      ownerIds: [LAYLA.id],
    };
    expect(create.request.body).toEqual(expected);
    create.flush(programDetail({ id: 'p9', name: 'Emerging Leaders 2027' }), {
      status: 201,
      statusText: 'Created',
    });
    await stable();

    expect(TestBed.inject(Router).url).toBe('/programs/p9');
  });

  it('keeps pair notes at least a week after closure', async () => {
    await open('/programs/new');
    await fillBasics();
    await next();
    await next();
    expect(currentStep()).toBe('Matching & closure');
    const retention = byTestId<HTMLInputElement>(view, 'note-retention');
    expect(retention.value).toBe('90');

    typeInto(retention, '3');
    await next();

    expect(currentStep()).toBe('Matching & closure');
    expect(errorByLabel(view, 'Delete pair notes after')).toBe(
      'Enter a whole number of days from 7 to 3650.',
    );
  });

  it('puts the server’s outcomes error on the outcomes list and goes back to Basics', async () => {
    await open('/programs/new');
    await fillBasics();
    for (let step = 0; step < 4; step++) {
      await next();
    }
    byTestId(view, 'wizard-create').click();
    await stable();

    flushApiError(backend.expectOne('/api/programs'), {
      status: 400,
      code: 'validation_failed',
      message: 'Some fields are not valid.',
      details: [
        {
          field: 'purpose.outcomes',
          message: 'outcomes needs at least one outcome the program should produce',
        },
      ],
    });
    await stable();

    expect(currentStep()).toBe('Basics');
    expect(textOf(byTestId(view, 'outcomes-error'))).toBe(
      'Outcomes needs at least one outcome the program should produce.',
    );
    expect(textOf(byTestId(view, 'error-summary'))).toContain('Basics · Outcomes:');
  });

  it('shows a taken name next to the name field', async () => {
    await open('/programs/new');
    await fillBasics();
    for (let step = 0; step < 4; step++) {
      await next();
    }
    byTestId(view, 'wizard-create').click();
    await stable();

    flushApiError(backend.expectOne('/api/programs'), {
      status: 409,
      code: 'conflict',
      message: 'A program called "Emerging Leaders 2027" already exists.',
      details: [{ field: 'name', message: 'is already used by another program' }],
    });
    await stable();

    expect(currentStep()).toBe('Basics');
    expect(errorByLabel(view, 'Name')).toBe('Name is already used by another program.');
  });

  it('edits a program with the version it loaded and offers a reload when someone saved first', async () => {
    await open('/programs/p1/edit');
    backend.expectOne('/api/programs/p1').flush(programDetail());
    await stable();

    expect(byTestId<HTMLInputElement>(view, 'program-name').value).toBe('Emerging Leaders');
    typeInto(byTestId<HTMLInputElement>(view, 'program-name'), 'Emerging Leaders 2027');
    for (let step = 0; step < 4; step++) {
      await next();
    }
    byTestId(view, 'wizard-save').click();
    await stable();

    const save = backend.expectOne('/api/programs/p1');
    expect(save.request.method).toBe('PATCH');
    expect(save.request.body).toEqual(
      expect.objectContaining({ name: 'Emerging Leaders 2027', version: 3, ownerIds: ['hr-1'] }),
    );
    flushApiError(save, {
      status: 409,
      code: 'conflict',
      message:
        'Someone else changed this program since you opened it. Reload to see their changes, then edit again.',
    });
    await stable();

    expect(textOf(view)).toContain('Someone else changed this program since you opened it.');
    byTestId(view, 'reload-program').click();
    await stable();
    backend.expectOne('/api/programs/p1').flush(programDetail({ name: 'Leaders', version: 4 }));
    await stable();

    expect(byTestId<HTMLInputElement>(view, 'program-name').value).toBe('Leaders');
  });

  it('asks before leaving with changes that are not saved', async () => {
    await open('/programs/new');
    typeInto(byTestId<HTMLInputElement>(view, 'program-name'), 'Emerging Leaders 2027');
    await stable();

    byTestId(view, 'wizard-cancel').click();
    await stable();
    const confirm = document.querySelector('mb-confirm-dialog');
    expect(textOf(confirm?.querySelector('h2') ?? null)).toBe('Discard unsaved changes?');
    [...(confirm?.querySelectorAll('button') ?? [])]
      .find((button) => textOf(button) === 'Keep editing')
      ?.click();
    await stable();

    expect(TestBed.inject(Router).url).toBe('/programs/new');
  });

  it('sends people who cannot create programs back to their programs', async () => {
    TestBed.inject(AuthStore).setUser(PROGRAM_HR_LEAD);
    await open('/programs/new');

    expect(TestBed.inject(Router).url).toBe('/programs');
  });
});
