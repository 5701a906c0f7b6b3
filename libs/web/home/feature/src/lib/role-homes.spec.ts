import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MenteeHomePage } from './mentee-home.page';
import { MentorHomePage } from './mentor-home.page';

async function render(page: Type<unknown>): Promise<HTMLElement> {
  const fixture = TestBed.createComponent(page);
  fixture.detectChanges();
  const backend = TestBed.inject(HttpTestingController);
  backend.expectOne('/api/applications/mine').flush([]);
  backend.expectOne('/api/recruiting').flush([]);
  backend.expectOne('/api/me/matches').flush([]);
  // Mentee choice: shortlists (mentee home) and requests (both homes); none here.
  backend.match('/api/me/shortlists').forEach((request) => request.flush([]));
  backend.expectOne('/api/me/mentor-requests').flush([]);
  backend.match('/api/me/pulses').forEach((request) => request.flush([]));
  await fixture.whenStable();
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('mentor and mentee homes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'u1',
      email: 'mia@example.org',
      displayName: 'Mia Lopez',
      roles: ['mentor', 'mentee'],
      grants: [],
      permissions: [],
      orgPermissions: [],
      homeRoute: 'mentor',
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('greets a mentor and says honestly that there are no mentees yet', async () => {
    const root = await render(MentorHomePage);

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('My mentees');
    expect(root.textContent).toContain('Mia');
    expect(root.textContent).toContain('You have no mentees yet');
  });

  it('nudges a mentee to think about their goal', async () => {
    const root = await render(MenteeHomePage);

    expect(root.querySelector('h1')?.textContent?.trim()).toBe('My mentoring');
    expect(root.textContent).toContain(
      'Think about your goal: what do you want to reach, and why a mentor?',
    );
  });
});
