import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApplicationSummary } from '@mentorbridge/shared-contracts';
import { allByTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { applicationDetail } from '../apply/testing/fixtures';
import { MyApplicationsPage } from './my-applications.page';

describe('MyApplicationsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function stable(): Promise<void> {
    await settle();
    harness.detectChanges();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'applications', component: MyApplicationsPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/applications', MyApplicationsPage);
    await stable();
  });

  afterEach(() => backend.verify());

  it('lists each application with its program, cohort, role and status', async () => {
    const mentor = applicationDetail({
      id: 'app-2',
      role: 'mentor',
      status: 'waitlisted',
      programName: 'Emerging Leaders',
      cohortName: 'Autumn 2026',
    });
    const mentee = applicationDetail();
    backend.expectOne('/api/applications/mine').flush([mentor, mentee] as ApplicationSummary[]);
    backend.expectOne('/api/applications/app-2').flush(mentor);
    backend.expectOne('/api/applications/app-1').flush(mentee);
    await stable();

    const rows = allByTestId(harness.routeNativeElement as HTMLElement, 'my-application');
    expect(rows.map((row) => textOf(row.querySelector('h2')))).toEqual([
      'Emerging Leaders',
      'Growth Circles',
    ]);
    expect(textOf(rows[0])).toContain('Autumn 2026 · as a mentor');
    expect(textOf(rows[0])).toContain('Waitlisted');
    expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/applications/app-1');
  });

  it('points to the programs recruiting now when I have not applied yet', async () => {
    backend.expectOne('/api/applications/mine').flush([]);
    await stable();

    const view = harness.routeNativeElement as HTMLElement;
    expect(textOf(view)).toContain("You haven't applied to a program yet");
    expect(view.querySelector('mb-empty-state a')?.getAttribute('href')).toBe('/apply');
  });
});
