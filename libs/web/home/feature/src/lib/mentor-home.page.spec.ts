import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApplicationDetail, MatchView, OpenCohort } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MentorHomePage } from './mentor-home.page';
import { allByTestId, byTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { match, MENTEES, MENTORS } from './testing/matches';

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
    backend.expectOne('/api/me/matches').flush([]);
    backend.expectOne('/api/me/mentor-requests').flush([]);
    backend.match('/api/me/pulses').forEach((request) => request.flush([]));
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

  it('shows my mentees first: a proposal to answer, an active pair, and no stale application', async () => {
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MentorHomePage);
    fixture.detectChanges();
    const matched = {
      id: 'a7',
      cohortId: 'c1',
      role: 'mentor',
      status: 'approved',
      programName: 'Growth Circles',
      cohortName: 'Spring 2027',
      decisionMessage: null,
    } as ApplicationDetail;
    const mentorOf = (overrides: Partial<MatchView>): MatchView =>
      match({ mySide: 'mentor', mentor: MENTORS.lin, ...overrides });
    backend.expectOne('/api/applications/mine').flush([matched]);
    backend.expectOne('/api/applications/a7').flush(matched);
    backend.expectOne('/api/recruiting').flush([]);
    backend.expectOne('/api/me/matches').flush([
      mentorOf({
        id: 'm-active',
        state: 'active',
        mentee: MENTEES.ana,
        mentorResponse: 'accepted',
        menteeResponse: 'accepted',
        activatedAt: '2027-04-05T09:00:00Z',
      }),
      mentorOf({ id: 'm-new', mentee: MENTEES.ben }),
    ]);
    backend.expectOne('/api/me/mentor-requests').flush([]);
    backend.match('/api/me/pulses').forEach((request) => request.flush([]));
    // The glance is asked for once an active match is known.
    await settle();
    fixture.detectChanges();
    await settle();
    backend.expectOne('/api/me/pairs').flush([
      {
        matchId: 'm-active',
        mySide: 'mentor',
        nextSessionAt: null,
        lastContactAt: '2027-04-05T09:00:00Z',
        daysSinceContact: 60,
        goalProgress: 25,
        goals: 1,
        overdueMilestones: 2,
      },
    ]);
    await fixture.whenStable();
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    const section = root.querySelector('[aria-labelledby="mentor-pairs-heading"]');
    expect(textOf(section?.querySelector('h2') ?? null)).toBe('Mentees');
    const cards = allByTestId(root, 'my-match');
    expect(cards.map((card) => textOf(card.querySelector('.kicker')))).toEqual([
      'Your proposed mentee',
      'Your mentee',
    ]);
    expect(cards.map((card) => textOf(card.querySelector('.partner')))).toEqual([
      'Ben Okafor',
      'Ana Silva',
    ]);
    expect(textOf(byTestId(cards[0] ?? root, 'match-state'))).toBe('Your answer is needed');
    expect(textOf(byTestId(cards[0] ?? root, 'match-accept'))).toBe('Accept');
    expect(textOf(byTestId(cards[1] ?? root, 'match-state'))).toBe('Active');
    expect(textOf(byTestId(cards[1] ?? root, 'match-note'))).toMatch(/^Active since .*2027/);
    // "My mentees": what needs me on each pair, at a glance.
    const glance = byTestId(cards[1] ?? root, 'match-glance');
    expect(textOf(byTestId(glance, 'glance-next'))).toBe('No session planned. Schedule one');
    expect(textOf(byTestId(glance, 'glance-contact'))).toBe(
      '60 days since last contact — time to get in touch',
    );
    expect(textOf(byTestId(glance, 'glance-goals'))).toBe(
      'Goal progress: 25% 2 milestones overdue',
    );
    expect(cards[0]?.querySelector('[data-testid="match-glance"]')).toBeNull();
    expect(root.textContent).not.toContain('You have no mentees yet');
    // The application to the cohort I am matched in has nothing left to say.
    expect(root.querySelector('[data-testid="mentor-applications"]')).toBeNull();
    expect(root.textContent).not.toContain('We will tell you when matching is done');
    backend.verify();
  });
});
