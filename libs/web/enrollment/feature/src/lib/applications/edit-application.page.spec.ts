import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { byTestId, settle, textOf, typeInto } from '@mentorbridge/web-shared-ui/testing';
import { applicationDetail, COHORT_ID, formView } from '../apply/testing/fixtures';
import { EditApplicationPage } from './edit-application.page';

@Component({ template: '<p>Application</p>' })
class ApplicationStub {}

describe('EditApplicationPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'applications/:applicationId/edit', component: EditApplicationPage },
          { path: 'applications/:applicationId', component: ApplicationStub },
        ]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/applications/app-1/edit', EditApplicationPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
  });

  afterEach(() => backend.verify());

  it('starts from my saved answers and saves the changes with PUT', async () => {
    backend.expectOne('/api/applications/app-1').flush(applicationDetail());
    await stable();
    backend
      .expectOne(`/api/cohorts/${COHORT_ID}/application-form?role=mentee`)
      .flush(formView({ minGoalLength: 120, existingApplicationId: 'app-1' }));
    await stable();

    const goal = byTestId(view, 'question-goal').querySelector('textarea') as HTMLTextAreaElement;
    expect(goal.value).toContain('By September I want to run our quarterly budget review');
    // The program's own minimum goal length guides the mentee.
    expect(textOf(byTestId(view, 'goal-count'))).toContain('of at least 120 characters');

    typeInto(goal, `${goal.value} I also want to learn to say no to side projects.`);
    await stable();
    byTestId(view, 'submit-application').click();
    await stable();

    const request = backend.expectOne('/api/applications/app-1');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.answers.goal).toContain('say no to side projects');
    expect(request.request.body.answers.availability).toEqual(['mon-am', 'tue-pm']);
    request.flush(applicationDetail());
    await stable();

    expect(TestBed.inject(Router).url).toBe('/applications/app-1');
  });

  it('says the answers can no longer change once HR decided', async () => {
    backend
      .expectOne('/api/applications/app-1')
      .flush(applicationDetail({ status: 'approved', canEdit: false }));
    await stable();

    expect(textOf(view)).toContain('These answers can no longer change');
    expect(view.querySelector('[data-testid="submit-application"]')).toBeNull();
  });
});
