import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  DEFAULT_RECRUITMENT_SETTINGS,
  ProgramDetail,
  RecruitmentSettings,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { programRecruitmentRoutes } from '../../enrollment.routes';
import {
  byTestId,
  errorByLabel,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { HR_LEAD } from '../testing/fixtures';
import { RecruitmentSettingsPage } from './recruitment-settings.page';

describe('RecruitmentSettingsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(settings: RecruitmentSettings = DEFAULT_RECRUITMENT_SETTINGS): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/programs/p1/recruitment/settings');
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend
      .expectOne('/api/programs/p1')
      .flush({ id: 'p1', name: 'Growth Circles' } as ProgramDetail);
    backend.expectOne('/api/programs/p1/recruitment-settings').flush(settings);
    backend
      .expectOne('/api/users/facets')
      .flush({ departments: ['Engineering', 'Sales'], locations: [] });
    await stable();
  }

  async function select(testId: string, label: string, option: string): Promise<void> {
    const loader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    const fieldset = `[data-testid="${testId}"]`;
    const selects = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: fieldset }));
    for (const candidate of selects) {
      const host = await candidate.host();
      const id = await host.getAttribute('aria-labelledby');
      const text = textOf(document.getElementById(id?.split(' ')[0] ?? '') ?? null);
      if (text === label) {
        await candidate.open();
        await candidate.clickOptions({ text: option });
        return;
      }
    }
    throw new Error(`No select "${label}" in ${testId}`);
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'programs/:programId/recruitment', children: programRecruitmentRoutes },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(() => backend.verify());

  it('summarises who may apply in each role', async () => {
    await open();

    expect(textOf(byTestId(view, 'eligibility-mentor').querySelector('.summary'))).toBe(
      'Senior or above, any department.',
    );
    expect(textOf(byTestId(view, 'eligibility-mentee').querySelector('.summary'))).toBe(
      'Any seniority, any department, with a manager recorded.',
    );
  });

  it('refuses a lowest seniority above the highest, then saves the rules', async () => {
    await open();

    await select('eligibility-mentor', 'Highest seniority', '2 · Professional');
    await stable();
    byTestId(view, 'save-settings').click();
    await stable();
    backend.expectNone('/api/programs/p1/recruitment-settings');
    expect(textOf(byTestId(view, 'eligibility-mentor'))).toContain(
      'The lowest seniority must not be above the highest.',
    );

    await select('eligibility-mentor', 'Highest seniority', '5 · Director');
    await select('eligibility-mentee', 'Departments', 'Sales');
    typeInto(
      view.querySelector('input[formcontrolname="minGoalLength"]') as HTMLInputElement,
      '120',
    );
    await stable();
    byTestId(view, 'save-settings').click();
    await stable();

    const request = backend.expectOne('/api/programs/p1/recruitment-settings');
    expect(request.request.method).toBe('PUT');
    const expected: RecruitmentSettings = {
      eligibility: {
        mentor: { minSeniority: 3, maxSeniority: 5, departments: [], requireManager: false },
        mentee: {
          minSeniority: null,
          maxSeniority: null,
          departments: ['Sales'],
          requireManager: true,
        },
      },
      minGoalLength: 120,
    };
    expect(request.request.body).toEqual(expected);
    request.flush(expected);
    await stable();
    expect(byTestId<HTMLButtonElement>(view, 'save-settings').disabled).toBe(true);
  });

  it('shows the server’s field errors next to the field', async () => {
    await open();
    typeInto(
      view.querySelector('input[formcontrolname="minGoalLength"]') as HTMLInputElement,
      '90',
    );
    await stable();
    byTestId(view, 'save-settings').click();
    await stable();

    flushApiError(backend.expectOne('/api/programs/p1/recruitment-settings'), {
      status: 400,
      code: 'validation_failed',
      message: 'Validation failed',
      details: [{ field: 'minGoalLength', message: 'must not be greater than 1000' }],
    });
    await stable();

    expect(errorByLabel(view, 'Minimum goal length')).toBe(
      'Minimum goal length must not be greater than 1000.',
    );
  });

  it('knows when there are unsaved changes, so leaving asks first', async () => {
    await open();
    const page = harness.routeDebugElement?.componentInstance as RecruitmentSettingsPage;
    expect(page.hasUnsavedChanges()).toBe(false);

    typeInto(
      view.querySelector('input[formcontrolname="minGoalLength"]') as HTMLInputElement,
      '60',
    );
    await stable();

    expect(page.hasUnsavedChanges()).toBe(true);
  });
});
