import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ProgramDetail } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { byTestId, errorByLabel, fieldByLabel, settle, textOf, typeInto } from '../testing/dom';
import { cohortDetail, ORG_HR_LEAD, programDetail, readiness } from '../testing/fixtures';
import { ProgramPage } from './program.page';

@Component({ template: '<h1>Cohort</h1>' })
class CohortStubPage {}

describe('ProgramPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(program: ProgramDetail): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/programs/p1');
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/programs/p1').flush(program);
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'programs/:programId', component: ProgramPage },
          { path: 'programs/:programId/cohorts/:cohortId', component: CohortStubPage },
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

  it('summarises the rules and asks for a readiness assessment when there is none', async () => {
    await open(programDetail());

    expect(textOf(view.querySelector('h1'))).toBe('Emerging Leaders');
    const rules = textOf(view.querySelector('.rules'));
    expect(rules).toContain('Grow internal leaders to fill manager roles from within.');
    expect(rules).toContain('Meet at least every 4 weeks');
    expect(rules).toContain('2 mentees per mentor');
    expect(rules).toContain('Video, In person');
    expect(textOf(byTestId(view, 'note-retention'))).toBe('Deleted 90 days after closure');
    expect(rules).toContain('“<5”');
    expect(byTestId(view, 'assess-readiness').getAttribute('href')).toBe(
      '/programs/p1/readiness/new',
    );
    expect(textOf(view)).toContain('No cohorts yet — create the first one');
  });

  it('says when the program follows the default pulse schedule and suggests no goal', async () => {
    await open(programDetail());
    expect(textOf(byTestId(view, 'pulse-schedule'))).toBe(
      'The organisation default: first on day 30, then every 60 days',
    );
    expect(textOf(byTestId(view, 'goal-templates-none'))).toBe(
      'None: pairs set their own goals. Suggest goals',
    );
    expect(byTestId(view, 'goal-templates-none').querySelector('a')?.getAttribute('href')).toBe(
      '/programs/p1/edit',
    );
  });

  it('lists the suggested goals with their target and milestones, and a schedule of its own', async () => {
    await open(
      programDetail({
        pulseSchedule: { firstDay: 10, everyDays: 20 },
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
    expect(textOf(byTestId(view, 'pulse-schedule'))).toBe('First on day 10, then every 20 days');
    const [first, second, ...rest] = [
      ...view.querySelectorAll<HTMLElement>('[data-testid="goal-template"]'),
    ];
    expect(rest).toEqual([]);
    expect(textOf(first?.querySelector('.template-head') ?? null)).toBe(
      'Set your development goals in the first month · Target: 30 days after the pair starts',
    );
    expect(textOf(first ?? null)).toContain(
      'How they will know: Two goals agreed with your mentor',
    );
    expect(textOf(first?.querySelector('li') ?? null)).toBe(
      'Draft goals before the second session · day 14',
    );
    expect(textOf(second ?? null)).toBe('Plan your last session');
  });

  it('links to the program’s application forms, eligibility rules and matching settings', async () => {
    await open(programDetail());

    expect(byTestId(view, 'application-forms-link').getAttribute('href')).toBe(
      '/programs/p1/recruitment/forms',
    );
    expect(byTestId(view, 'eligibility-link').getAttribute('href')).toBe(
      '/programs/p1/recruitment/settings',
    );
    expect(byTestId(view, 'matching-settings-link').getAttribute('href')).toBe(
      '/programs/p1/matching-settings',
    );
  });

  it('shows the latest readiness band and the cohorts with their state', async () => {
    await open(
      programDetail({
        readiness: readiness({ band: 'not_ready', overall: 56 }),
        cohorts: [
          {
            id: 'c1',
            programId: 'p1',
            name: 'Pilot 2027',
            state: 'draft',
            startDate: '2027-02-01',
            endDate: '2027-06-01',
          },
        ],
      }),
    );

    const card = byTestId(view, 'readiness-card');
    expect(textOf(card.querySelector('mb-readiness-chip'))).toBe('Not ready · 56%');
    expect(textOf(card)).toContain('Draft cohorts can open recruitment once');
    const cohorts = textOf(view.querySelector('.cohort-list'));
    expect(cohorts).toContain('Pilot 2027');
    expect(cohorts).toContain('Draft');
  });

  it('adds a cohort whose end comes after its start, then opens it', async () => {
    await open(programDetail());

    byTestId(view, 'new-cohort').click();
    await stable();
    const dialog = document.querySelector('mb-cohort-dialog') as HTMLElement;
    typeInto(byTestId<HTMLInputElement>(dialog, 'cohort-name'), 'Spring 2027');
    typeInto(byTestId<HTMLInputElement>(dialog, 'cohort-start'), '3/1/2027');
    typeInto(byTestId<HTMLInputElement>(dialog, 'cohort-end'), '2/1/2027');
    await stable();
    byTestId(dialog, 'cohort-save').click();
    await stable();

    backend.expectNone('/api/programs/p1/cohorts');
    expect(errorByLabel(dialog, 'End date')).toBe('The end date must be after the start date.');

    typeInto(byTestId<HTMLInputElement>(dialog, 'cohort-end'), '12/1/2027');
    await stable();
    expect(fieldByLabel(dialog, 'End date').querySelector('mat-error')).toBeNull();
    byTestId(dialog, 'cohort-save').click();
    await stable();

    const request = backend.expectOne('/api/programs/p1/cohorts');
    expect(request.request.body).toEqual({
      name: 'Spring 2027',
      startDate: '2027-03-01',
      endDate: '2027-12-01',
    });
    request.flush(cohortDetail({ id: 'c7' }), { status: 201, statusText: 'Created' });
    await stable();

    expect(TestBed.inject(Router).url).toBe('/programs/p1/cohorts/c7');
  });
});
