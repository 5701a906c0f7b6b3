import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MenteeHomePage } from '../mentee-home.page';
import { MentorHomePage } from '../mentor-home.page';
import { allByTestId, byTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { BEN, mentorRequest, MO, shortlist, user } from './choice.testing';

describe('mentee choice on the homes', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows a mentee their shortlist under "My mentor"', async () => {
    TestBed.inject(AuthStore).setUser(user(BEN, ['mentee']));
    const fixture = TestBed.createComponent(MenteeHomePage);
    fixture.detectChanges();
    backend.expectOne('/api/applications/mine').flush([]);
    backend.expectOne('/api/recruiting').flush([]);
    backend.expectOne('/api/me/matches').flush([]);
    backend.expectOne('/api/me/shortlists').flush([shortlist()]);
    backend.expectOne('/api/me/mentor-requests').flush([]);
    backend.expectOne('/api/me/pulses').flush([]);
    await settle();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    const section = root.querySelector('[aria-labelledby="mentee-mentor-heading"]') as Element;
    const list = byTestId(section as HTMLElement, 'mentor-shortlist');
    expect(textOf(list.querySelector('h3'))).toBe('Choose your mentor');
    expect(allByTestId(list, 'ask-mentor')).toHaveLength(3);
  });

  it('shows a mentor the requests to answer at the top of their home', async () => {
    TestBed.inject(AuthStore).setUser(user(MO, ['mentor']));
    const fixture = TestBed.createComponent(MentorHomePage);
    fixture.detectChanges();
    backend.expectOne('/api/applications/mine').flush([]);
    backend.expectOne('/api/recruiting').flush([]);
    backend.expectOne('/api/me/matches').flush([]);
    backend.expectOne('/api/me/mentor-requests').flush([mentorRequest()]);
    backend.expectOne('/api/me/pulses').flush([]);
    await settle();
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    const requests = byTestId(root, 'mentor-requests');
    expect(textOf(requests.querySelector('h2'))).toBe('Requests from mentees');
    const headings = [...root.querySelectorAll('h2')].map((h) => textOf(h));
    expect(headings.indexOf('Requests from mentees')).toBeLessThan(headings.indexOf('Mentees'));
    expect(textOf(byTestId(requests, 'mentor-request'))).toContain('Ben Okafor');
    expect(byTestId(requests, 'request-accept')).toBeTruthy();
  });
});
