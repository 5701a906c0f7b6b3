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
      pulseSchedule: null,
      goalTemplates: [],
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

  /** Fills Basics and moves to the Relationship step. */
  async function toRelationship(): Promise<void> {
    await open('/programs/new');
    await fillBasics();
    await next();
    expect(currentStep()).toBe('Relationship');
  }

  async function createAndCatch(): Promise<ReturnType<typeof backend.expectOne>> {
    while (currentStep() !== 'Review') {
      await next();
    }
    byTestId(view, 'wizard-create').click();
    await stable();
    return backend.expectOne({ method: 'POST', url: '/api/programs' });
  }

  it('checks a pulse schedule of the program’s own inline, and sends it', async () => {
    await toRelationship();
    expect(view.querySelector('[data-testid="pulse-first-day"]')).toBeNull();

    byTestId(view, 'pulse-custom').querySelector('input')?.click();
    await stable();
    typeInto(byTestId<HTMLInputElement>(view, 'pulse-first-day'), '0');
    typeInto(byTestId<HTMLInputElement>(view, 'pulse-every-days'), '3');
    await next();

    expect(currentStep()).toBe('Relationship');
    expect(errorByLabel(view, 'First check-in on day')).toBe(
      'Enter a whole number of days from 1 to 365.',
    );
    expect(errorByLabel(view, 'Then every')).toBe('Enter a whole number of days from 7 to 365.');

    typeInto(byTestId<HTMLInputElement>(view, 'pulse-first-day'), '14');
    typeInto(byTestId<HTMLInputElement>(view, 'pulse-every-days'), '30');
    await stable();
    const create = await createAndCatch();
    expect(create.request.body).toEqual(
      expect.objectContaining({ pulseSchedule: { firstDay: 14, everyDays: 30 } }),
    );
    create.flush(programDetail({ id: 'p9' }), { status: 201, statusText: 'Created' });
    await stable();
  });

  it('ignores the custom days once the organisation default is chosen again', async () => {
    await toRelationship();
    byTestId(view, 'pulse-custom').querySelector('input')?.click();
    await stable();
    typeInto(byTestId<HTMLInputElement>(view, 'pulse-first-day'), '0');
    byTestId(view, 'pulse-default').querySelector('input')?.click();
    await stable();
    await next();

    expect(currentStep()).toBe('Matching & closure');
    const create = await createAndCatch();
    expect(create.request.body).toEqual(expect.objectContaining({ pulseSchedule: null }));
    create.flush(programDetail({ id: 'p9' }), { status: 201, statusText: 'Created' });
    await stable();
  });

  it('adds suggested goals with milestones, says what is missing, and sends them', async () => {
    await toRelationship();
    expect(textOf(byTestId(view, 'goal-templates-empty'))).toBe(
      'No suggestions: pairs set their own goals.',
    );

    byTestId(view, 'goal-template-add').click();
    await stable();
    byTestId(view, 'goal-template-add-milestone-0').click();
    await stable();
    await next();

    expect(currentStep()).toBe('Relationship');
    expect(errorByLabel(view, 'Title')).toBe('Give the suggested goal a title, or remove it.');
    expect(errorByLabel(view, 'Milestone 1')).toBe('Write the milestone, or remove it.');
    expect(errorByLabel(view, 'Due on day')).toBe(
      'Enter the day it is due: a whole number from 1 to 1100.',
    );

    typeInto(
      byTestId<HTMLInputElement>(view, 'goal-template-title-0'),
      ' Set your development goals in the first month ',
    );
    typeInto(
      byTestId<HTMLInputElement>(view, 'goal-template-measure-0'),
      'Two goals agreed with your mentor',
    );
    typeInto(byTestId<HTMLInputElement>(view, 'goal-template-target-0'), '30');
    typeInto(
      byTestId<HTMLInputElement>(view, 'goal-template-0-milestone-0'),
      'Draft goals before the second session',
    );
    typeInto(byTestId<HTMLInputElement>(view, 'goal-template-0-milestone-due-0'), '14');
    byTestId(view, 'goal-template-add').click();
    await stable();
    typeInto(byTestId<HTMLInputElement>(view, 'goal-template-title-1'), 'Plan your last session');
    await next();
    expect(currentStep()).toBe('Matching & closure');

    await next();
    await next();
    expect(textOf(byTestId(view, 'review-templates'))).toContain(
      'Set your development goals in the first month · Target: 30 days after the pair starts · 1 milestone',
    );
    const create = await createAndCatch();
    expect(create.request.body).toEqual(
      expect.objectContaining({
        goalTemplates: [
          {
            title: 'Set your development goals in the first month',
            measure: 'Two goals agreed with your mentor',
            targetDays: 30,
            milestones: [{ title: 'Draft goals before the second session', dueDays: 14 }],
          },
          { title: 'Plan your last session' },
        ],
      }),
    );
    create.flush(programDetail({ id: 'p9' }), { status: 201, statusText: 'Created' });
    await stable();
  });

  it('removes a suggested goal and stops at ten', async () => {
    await toRelationship();
    for (let count = 0; count < 10; count++) {
      byTestId(view, 'goal-template-add').click();
      await stable();
    }
    expect(view.querySelectorAll('[data-testid="goal-template"]')).toHaveLength(10);
    expect(byTestId<HTMLButtonElement>(view, 'goal-template-add').disabled).toBe(true);
    expect(textOf(byTestId(view, 'goal-templates'))).toContain(
      'A program can suggest at most 10 goals.',
    );

    byTestId(view, 'goal-template-remove').click();
    await stable();
    expect(view.querySelectorAll('[data-testid="goal-template"]')).toHaveLength(9);
    expect(byTestId<HTMLButtonElement>(view, 'goal-template-add').disabled).toBe(false);
  });

  it('puts the server’s errors on the suggested goals and the pulse days, back on Relationship', async () => {
    await toRelationship();
    byTestId(view, 'pulse-custom').querySelector('input')?.click();
    await stable();
    byTestId(view, 'goal-template-add').click();
    await stable();
    typeInto(byTestId<HTMLInputElement>(view, 'goal-template-title-0'), 'Set goals');
    byTestId(view, 'goal-template-add-milestone-0').click();
    await stable();
    typeInto(byTestId<HTMLInputElement>(view, 'goal-template-0-milestone-0'), 'Draft');
    typeInto(byTestId<HTMLInputElement>(view, 'goal-template-0-milestone-due-0'), '7');
    await stable();

    const create = await createAndCatch();
    flushApiError(create, {
      status: 400,
      code: 'validation_failed',
      message: 'Some fields are missing or invalid.',
      details: [
        {
          field: 'goalTemplates.0.title',
          message: 'each goal template title must be 3 to 200 characters',
        },
        {
          field: 'goalTemplates.0.milestones.0.dueDays',
          message: 'dueDays must not be less than 1',
        },
        {
          field: 'pulseSchedule.everyDays',
          message: 'pulseSchedule.everyDays must be a whole number of days from 7 to 365',
        },
      ],
    });
    await stable();

    expect(currentStep()).toBe('Relationship');
    expect(errorByLabel(view, 'Title')).toBe(
      'The title of suggested goal 1 must be 3 to 200 characters.',
    );
    expect(errorByLabel(view, 'Due on day')).toBe(
      'The due day of milestone 1 of suggested goal 1 must not be less than 1.',
    );
    expect(errorByLabel(view, 'Then every')).toBe(
      'Pulse check-in interval must be a whole number of days from 7 to 365.',
    );
    const summary = textOf(byTestId(view, 'error-summary'));
    expect(summary).toContain(
      'Relationship · Pulse check-in interval: Pulse check-in interval must be a whole number of days from 7 to 365.',
    );
    expect(summary).toContain(
      'Relationship · Suggested goals: The title of suggested goal 1 must be 3 to 200 characters.',
    );
  });

  it('fills an edited program’s pulse schedule and suggested goals, and saves them back', async () => {
    const template = {
      title: 'Set your development goals in the first month',
      why: 'A clear direction early',
      targetDays: 30,
      milestones: [{ title: 'Draft goals before the second session', dueDays: 14 }],
    };
    await open('/programs/p1/edit');
    backend.expectOne('/api/programs/p1').flush(
      programDetail({
        pulseSchedule: { firstDay: 10, everyDays: 20 },
        goalTemplates: [template],
      }),
    );
    await stable();
    await next();

    expect(currentStep()).toBe('Relationship');
    expect(byTestId<HTMLInputElement>(view, 'pulse-first-day').value).toBe('10');
    expect(byTestId<HTMLInputElement>(view, 'pulse-every-days').value).toBe('20');
    expect(byTestId<HTMLInputElement>(view, 'goal-template-title-0').value).toBe(template.title);
    expect(byTestId<HTMLTextAreaElement>(view, 'goal-template-why-0').value).toBe(
      'A clear direction early',
    );
    expect(byTestId<HTMLInputElement>(view, 'goal-template-0-milestone-due-0').value).toBe('14');

    for (let step = 0; step < 3; step++) {
      await next();
    }
    expect(textOf(byTestId(view, 'review-pulses'))).toBe('First on day 10, then every 20 days');
    byTestId(view, 'wizard-save').click();
    await stable();
    const save = backend.expectOne({ method: 'PATCH', url: '/api/programs/p1' });
    expect(save.request.body).toEqual(
      expect.objectContaining({
        pulseSchedule: { firstDay: 10, everyDays: 20 },
        goalTemplates: [template],
      }),
    );
    save.flush(programDetail());
    await stable();
  });

  it('sends people who cannot create programs back to their programs', async () => {
    TestBed.inject(AuthStore).setUser(PROGRAM_HR_LEAD);
    await open('/programs/new');

    expect(TestBed.inject(Router).url).toBe('/programs');
  });
});
