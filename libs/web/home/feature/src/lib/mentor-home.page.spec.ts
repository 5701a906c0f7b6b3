import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApplicationDetail, OpenCohort } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MentorHomePage } from './mentor-home.page';

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const COHORT: OpenCohort = {
  cohortId: 'c2',
  cohortName: 'Autumn 2027',
  programId: 'p2',
  programName: 'Emerging Leaders',
  format: 'one_on_one',
  strategicDriver: 'New team leads need support in their first year.',
  outcomes: [],
  startDate: '2027-09-01',
  endDate: '2028-06-30',
  cadenceWeeks: 4,
  durationMonths: 10,
  meetingModes: ['video'],
  mine: [],
};

describe('MentorHomePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'u2',
      email: 'tom@example.org',
      displayName: 'Tom Berg',
      roles: ['mentor'],
      grants: [],
      permissions: [],
      orgPermissions: [],
      homeRoute: 'mentor',
    });
  });

  it('shows my applications to mentor and the programs looking for mentors', async () => {
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MentorHomePage);
    fixture.detectChanges();
    const mine = {
      id: 'a9',
      role: 'mentor',
      status: 'waitlisted',
      programName: 'Growth Circles',
      cohortName: 'Spring 2027',
      decisionMessage: null,
    } as ApplicationDetail;
    backend.expectOne('/api/applications/mine').flush([mine]);
    backend.expectOne('/api/applications/a9').flush(mine);
    backend.expectOne('/api/recruiting').flush([COHORT]);
    await fixture.whenStable();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('My mentees');
    expect(root.textContent).toContain('You have no mentees yet');
    const applications = root.querySelector('[data-testid="mentor-applications"]');
    expect(text(applications)).toContain('Growth Circles');
    expect(text(applications)).toContain('Waitlisted');
    expect(text(applications)).toContain("You're on the waiting list");
    const call = root.querySelector('[data-testid="home-open-call"]');
    expect(text(call)).toContain('Emerging Leaders');
    expect(
      Array.from(call?.querySelectorAll('a') ?? [])
        .find((link) => text(link) === 'Apply as mentor')
        ?.getAttribute('href'),
    ).toBe('/apply/c2?role=mentor');
    backend.verify();
  });
});
