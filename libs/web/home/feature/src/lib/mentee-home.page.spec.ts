import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ApplicationDetail,
  ApplicationSummary,
  MatchView,
  OpenCohort,
  PairGlance,
} from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { MenteeHomePage } from './mentee-home.page';
import { allByTestId, byTestId, settle, textOf } from '@mentorbridge/web-shared-ui/testing';
import { match, MENTEES, MENTORS } from './testing/matches';

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function cohort(menteeStatus: OpenCohort['mine'][number]['applicationStatus'] = null): OpenCohort {
  return {
    cohortId: 'c1',
    cohortName: 'Spring 2027',
    programId: 'p1',
    programName: 'Growth Circles',
    format: 'group',
    strategicDriver: 'Grow leaders from within.',
    outcomes: [],
    startDate: '2027-03-01',
    endDate: '2027-11-30',
    cadenceWeeks: 3,
    durationMonths: 9,
    meetingModes: ['video'],
    mine: [
      {
        role: 'mentee',
        invitationId: 'i1',
        invitationStatus: menteeStatus ? 'applied' : 'sent',
        applicationId: menteeStatus ? 'a1' : null,
        applicationStatus: menteeStatus,
      },
    ],
  };
}

function application(overrides: Partial<ApplicationDetail> = {}): ApplicationDetail {
  return {
    id: 'a1',
    cohortId: 'c1',
    applicant: { id: 'u1', displayName: 'Mia Lopez', email: 'mia@example.org' },
    role: 'mentee',
    status: 'submitted',
    goalFlag: null,
    highlight: '',
    department: null,
    seniorityLevel: null,
    submittedAt: '2027-02-10T09:00:00Z',
    decidedAt: null,
    programId: 'p1',
    programName: 'Growth Circles',
    cohortName: 'Spring 2027',
    cohortState: 'recruiting',
    form: {
      id: 'f1',
      programId: 'p1',
      role: 'mentee',
      version: 1,
      questions: [],
      createdAt: '2027-01-01T00:00:00Z',
      createdBy: null,
    },
    answers: {},
    profile: {
      department: null,
      title: null,
      location: null,
      seniorityLevel: null,
      manager: null,
      languages: [],
      timeZone: null,
    },
    goalFlagReasons: [],
    decisionReason: null,
    decisionMessage: null,
    decidedBy: null,
    withdrawnAt: null,
    canEdit: true,
    canWithdraw: true,
    ...overrides,
  };
}

describe('MenteeHomePage', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<MenteeHomePage>;

  async function render(
    mine: ApplicationDetail[],
    recruiting: OpenCohort[],
    matches: MatchView[] = [],
    glances: PairGlance[] = [],
  ): Promise<HTMLElement> {
    fixture = TestBed.createComponent(MenteeHomePage);
    fixture.detectChanges();
    backend.expectOne('/api/applications/mine').flush(mine as ApplicationSummary[]);
    for (const detail of mine) {
      backend.expectOne(`/api/applications/${detail.id}`).flush(detail);
    }
    backend.expectOne('/api/recruiting').flush(recruiting);
    backend.expectOne('/api/me/matches').flush(matches);
    backend.expectOne('/api/me/shortlists').flush([]);
    backend.expectOne('/api/me/mentor-requests').flush([]);
    backend.match('/api/me/pulses').forEach((request) => request.flush([]));
    // The glance is asked for once an active match is known.
    await settle();
    fixture.detectChanges();
    await settle();
    backend.match('/api/me/pairs').forEach((request) => request.flush(glances));
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser({
      id: 'u1',
      email: 'mia@example.org',
      displayName: 'Mia Lopez',
      roles: ['mentee'],
      grants: [],
      permissions: [],
      orgPermissions: [],
      homeRoute: 'mentee',
    });
  });

  afterEach(() => backend.verify());

  it('shows my latest application, its status and what happens next', async () => {
    const root = await render(
      [
        application({
          status: 'approved',
          decisionMessage: 'Welcome! Kick-off on 1 March.',
          canEdit: false,
        }),
      ],
      [cohort('approved')],
    );

    const card = root.querySelector('[data-testid="mentee-application"]');
    expect(text(card)).toContain('Growth Circles');
    expect(text(card?.querySelector('[data-testid="home-application-status"]') ?? null)).toBe(
      'Approved',
    );
    expect(text(card)).toContain('We will tell you when matching is done');
    expect(text(card)).toContain('Welcome! Kick-off on 1 March.');
    expect(card?.querySelector('a')?.getAttribute('href')).toBe('/applications/a1');
    expect(root.textContent).not.toContain('No mentor yet');
    // The open call I applied to is not offered again.
    expect(root.querySelector('[data-testid="home-open-call"]')).toBeNull();
    expect(root.querySelector('h1')?.textContent?.trim()).toBe('My mentoring');
  });

  it('offers the open calls with an Apply action when I have not applied yet', async () => {
    const root = await render([], [cohort()]);

    const call = root.querySelector('[data-testid="home-open-call"]');
    expect(text(call)).toContain('Growth Circles');
    expect(text(call)).toContain('Invited');
    const apply = Array.from(call?.querySelectorAll('a') ?? []).find(
      (link) => text(link) === 'Apply as mentee',
    );
    expect(apply?.getAttribute('href')).toBe('/apply/c1?role=mentee');
    expect(root.textContent).toContain(
      'Think about your goal: what do you want to reach, and why a mentor?',
    );
  });

  it('keeps the honest empty state when nothing is recruiting and I have not applied', async () => {
    const root = await render([], []);

    expect(root.textContent).toContain('No mentor yet');
    expect(root.textContent).toContain('No program is recruiting mentees right now');
  });

  it('shows my mentor in place of the application that led to them', async () => {
    const mentor = { ...MENTORS.lin, displayName: 'Marcus Oyelaran', department: 'Operations' };
    const root = await render(
      [application({ status: 'approved', cohortId: 'c9', canEdit: false })],
      [cohort()],
      [
        match({
          id: 'm1',
          cohortId: 'c9',
          programName: 'Emerging Leaders',
          cohortName: 'Autumn 2026',
          state: 'active',
          mentor,
          mentee: MENTEES.ben,
          mentorResponse: 'accepted',
          menteeResponse: 'accepted',
          activatedAt: '2026-09-26T12:00:00Z',
        }),
      ],
    );

    const section = root.querySelector('[aria-labelledby="mentee-mentor-heading"]');
    const [card, ...others] = allByTestId(section ?? root, 'my-match');
    expect(others).toEqual([]);
    expect(textOf(card?.querySelector('.kicker') ?? null)).toBe('Your mentor');
    expect(textOf(card?.querySelector('.partner') ?? null)).toBe('Marcus Oyelaran');
    expect(textOf(card ?? null)).toContain('Emerging Leaders · Autumn 2026');
    expect(textOf(byTestId(card ?? root, 'match-state'))).toBe('Active');
    expect(textOf(byTestId(card ?? root, 'match-reasons'))).toContain('Both speak English');
    // No "you're in, we will tell you when matching is done" next to the mentor, no "No mentor yet".
    expect(root.querySelector('[data-testid="mentee-application"]')).toBeNull();
    expect(root.textContent).not.toContain('No mentor yet');
    expect(root.textContent).not.toContain("You haven't applied yet");
    expect(textOf(root.querySelector('.sub-title'))).toBe('Also recruiting now');
  });

  it('asks me to answer a proposed mentor, and keeps my other application', async () => {
    const root = await render(
      [application({ status: 'submitted' })],
      [],
      [match({ id: 'm2', cohortId: 'c-other', mentor: MENTORS.mo, mentee: MENTEES.ben })],
    );

    const card = byTestId(root, 'my-match');
    expect(textOf(card.querySelector('.kicker'))).toBe('Your proposed mentor');
    expect(textOf(byTestId(card, 'match-state'))).toBe('Your answer is needed');
    expect(textOf(byTestId(card, 'match-accept'))).toBe('Accept');
    expect(textOf(byTestId(card, 'match-decline'))).toBe('Decline…');
    expect(text(root.querySelector('[data-testid="mentee-application"]'))).toContain(
      'Growth Circles',
    );
  });

  describe('my goal', () => {
    const mentor = { ...MENTORS.lin, displayName: 'Marcus Oyelaran' };
    const active = match({
      id: 'm1',
      cohortId: 'c9',
      state: 'active',
      mentor,
      mentee: MENTEES.ben,
      mentorResponse: 'accepted',
      menteeResponse: 'accepted',
      activatedAt: '2026-09-26T12:00:00Z',
    });
    const glance = (overrides: Partial<PairGlance> = {}): PairGlance => ({
      matchId: 'm1',
      mySide: 'mentee',
      nextSessionAt: '2026-10-20T09:00:00Z',
      lastContactAt: '2026-10-01T09:00:00Z',
      daysSinceContact: 9,
      goalProgress: null,
      goals: 0,
      overdueMilestones: 0,
      ...overrides,
    });

    it('nudges me gently to set my first goal, on the pair page’s goals', async () => {
      const root = await render([], [], [active], [glance()]);

      const nudge = byTestId(root, 'goal-nudge');
      expect(textOf(nudge.querySelector('h3'))).toBe('Set your first goal');
      expect(textOf(nudge)).toContain(
        'What would you like to be able to do by the end of your mentoring with Marcus Oyelaran?',
      );
      const link = byTestId(nudge, 'goal-nudge-link');
      expect(textOf(link)).toBe('Set your first goal');
      expect(link.getAttribute('href')).toBe('/pairs/m1?tab=goals');
      expect(root.textContent).not.toContain('Think about your goal');
    });

    it('says how my goals are going once I have some', async () => {
      const root = await render([], [], [active], [glance({ goals: 2, goalProgress: 35 })]);

      const nudge = byTestId(root, 'goal-nudge');
      expect(textOf(nudge.querySelector('h3'))).toBe('Your goals with Marcus Oyelaran');
      expect(textOf(nudge)).toContain('You set 2 goals: 35% progress on the open ones.');
      expect(byTestId(nudge, 'goal-nudge-link').getAttribute('href')).toBe('/pairs/m1?tab=goals');
      expect(root.textContent).not.toContain('Set your first goal');
    });

    it('keeps the general advice before I have a mentor', async () => {
      const root = await render([], []);
      expect(root.querySelector('[data-testid="goal-nudge"]')).toBeNull();
      expect(root.textContent).toContain(
        'Think about your goal: what do you want to reach, and why a mentor?',
      );
    });
  });
});
