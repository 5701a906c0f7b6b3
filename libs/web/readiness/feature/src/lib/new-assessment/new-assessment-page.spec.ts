import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserSummary } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  buttonByText,
  byTestId,
  flushApiError,
  inputByLabel,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { assessmentDetail, HR_LEAD, program, PROGRAM_ID } from '../testing/fixtures';
import { NewAssessmentPage } from './new-assessment-page';

@Component({ selector: 'mb-stub', template: 'assessment' })
class StubPage {}

const CREATE_URL = `/api/programs/${PROGRAM_ID}/readiness/assessments`;

function person(id: string, displayName: string): UserSummary {
  return {
    id,
    email: `${displayName.split(' ')[0]?.toLowerCase()}@example.org`,
    displayName,
    status: 'active',
    department: 'Sales',
    title: null,
    location: null,
    seniorityLevel: null,
    manager: null,
    roles: ['mentor'],
  } as UserSummary;
}

describe('NewAssessmentPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  async function create(): Promise<void> {
    byTestId(view, 'create-assessment').click();
    await stable();
  }

  async function openAdvanced(): Promise<void> {
    (view.querySelector('mat-expansion-panel-header') as HTMLElement).click();
    await stable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          {
            path: 'programs/:programId/readiness',
            children: [
              { path: 'new', component: NewAssessmentPage },
              { path: ':assessmentId', component: StubPage },
            ],
          },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/programs/${PROGRAM_ID}/readiness/new`, NewAssessmentPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne(`/api/programs/${PROGRAM_ID}`).flush(program());
    await stable();
  });

  afterEach(() => backend.verify());

  it("starts with this year's title, the whole organisation and me as the HR respondent", () => {
    expect(inputByLabel(view, 'Title').value).toBe(`Readiness check ${new Date().getFullYear()}`);
    expect(inputByLabel(view, 'Scope').value).toBe('Whole organisation');
    const row = byTestId(view, 'respondent-0');
    expect(textOf(row)).toContain('Hana Reyes');
    expect(textOf(row.querySelector('mat-select') as Element)).toBe('HR');
  });

  it('creates the assessment with the default bands and opens it', async () => {
    await create();

    const request = backend.expectOne(CREATE_URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      title: `Readiness check ${new Date().getFullYear()}`,
      scopeLabel: 'Whole organisation',
      respondents: [{ userId: 'hr-1', role: 'hr' }],
    });
    request.flush(assessmentDetail({ id: 'a9', status: 'open' }));
    await stable();
    expect(TestBed.inject(Router).url).toBe(`/programs/${PROGRAM_ID}/readiness/a9`);
  });

  it('refuses band thresholds that do not rise from Ready to Strong to Exemplary', async () => {
    await openAdvanced();
    typeInto(inputByLabel(view, 'Strong: overall %'), '65');
    await stable();
    await create();

    backend.expectNone(CREATE_URL);
    expect(textOf(byTestId(view, 'thresholds-error'))).toBe(
      'Each band must ask for more than the one below: the overall score has to rise from Ready to Strong to Exemplary.',
    );
    expect(textOf(view)).toContain('Check the highlighted fields.');

    // Fixed: the custom bands are sent.
    typeInto(inputByLabel(view, 'Strong: overall %'), '85');
    typeInto(inputByLabel(view, 'Exemplary: overall %'), '95');
    await stable();
    expect(view.querySelector('[data-testid="thresholds-error"]')).toBeNull();
    await create();
    const request = backend.expectOne(CREATE_URL);
    expect(request.request.body.thresholds).toEqual({
      ready: { overall: 70, minimum: 60 },
      strong: { overall: 85, minimum: 70 },
      exemplary: { overall: 95, minimum: 80 },
    });
    request.flush(assessmentDetail({ id: 'a9', status: 'open' }));
    await stable();
  });

  it('adds a person picked from the directory, in the chosen role', async () => {
    const search = byTestId<HTMLInputElement>(view, 'respondent-search');
    search.focus();
    typeInto(search, 'mo');
    await stable(300);
    backend
      .expectOne((request) => request.url === '/api/users' && request.params.get('search') === 'mo')
      .flush({ items: [person('u2', 'Mo Ali')], total: 1, page: 1, pageSize: 10 });
    await stable();
    const option = [...document.querySelectorAll<HTMLElement>('mat-option')].find((element) =>
      textOf(element).includes('Mo Ali'),
    );
    expect(option).toBeTruthy();
    option?.click();
    await stable();
    (view.querySelector('.picker-role mat-select') as HTMLElement).click();
    await stable();
    const sponsor = [...document.querySelectorAll<HTMLElement>('mat-option')].find(
      (element) => textOf(element) === 'Sponsor',
    );
    sponsor?.click();
    await stable();
    buttonByText(view, 'Add respondent').click();
    await stable();

    expect(textOf(byTestId(view, 'respondent-1'))).toContain('Mo Ali');
    expect(textOf(byTestId(view, 'respondent-1').querySelector('mat-select') as Element)).toBe(
      'Sponsor',
    );
    await create();
    expect(backend.expectOne(CREATE_URL).request.body.respondents).toEqual([
      { userId: 'hr-1', role: 'hr' },
      { userId: 'u2', role: 'sponsor' },
    ]);
  });

  it("puts the server's error on the respondent it is about", async () => {
    await create();
    flushApiError(backend.expectOne(CREATE_URL), {
      status: 400,
      code: 'validation_failed',
      message: 'Some respondents cannot be added.',
      details: [
        { field: 'respondents.0.userId', message: 'is not an active person in the directory' },
      ],
    });
    await stable();

    expect(textOf(byTestId(view, 'respondent-0'))).toContain(
      'Respondent is not an active person in the directory.',
    );
    expect(textOf(view)).toContain('The assessment was not created');
  });

  it('needs at least one respondent', async () => {
    (view.querySelector('[aria-label="Remove Hana Reyes"]') as HTMLButtonElement).click();
    await stable();
    await create();

    backend.expectNone(CREATE_URL);
    expect(textOf(view)).toContain('Add at least one respondent: someone has to answer.');
  });
});
