import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  CurrentUser,
  OpenCohort,
  permissionsForRoles,
  QuestionnaireSummary,
} from '@mentorbridge/shared-contracts';
import { App } from './app';

const MANAGER: CurrentUser = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana Silva',
  roles: ['mentor'],
  grants: [{ role: 'mentor', programId: null }],
  permissions: permissionsForRoles(['mentor']),
  orgPermissions: permissionsForRoles(['mentor']),
  homeRoute: 'mentor',
};

function questionnaire(id: string, submittedAt: string | null): QuestionnaireSummary {
  return {
    assessmentId: id,
    programName: 'Emerging Leaders',
    title: 'Readiness check',
    answered: 0,
    total: 15,
    submittedAt,
  };
}

/** A cohort recruiting now where I was invited as mentee (`sent`, `opened`…) or not at all. */
function recruiting(
  id: string,
  invitation: OpenCohort['mine'][number]['invitationStatus'],
): OpenCohort {
  return {
    cohortId: id,
    cohortName: 'Spring 2027',
    programId: 'p1',
    programName: 'Growth Circles',
    format: 'group',
    strategicDriver: 'Grow leaders.',
    outcomes: [],
    startDate: '2027-03-01',
    endDate: '2027-11-30',
    cadenceWeeks: 3,
    durationMonths: 9,
    meetingModes: ['video'],
    mine: [
      {
        role: 'mentee',
        invitationId: invitation ? `inv-${id}` : null,
        invitationStatus: invitation,
        applicationId: null,
        applicationStatus: null,
      },
    ],
  };
}

/** Lets pending promises (the session load) and effects run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('App shell', () => {
  let backend: HttpTestingController;

  async function render(
    open: QuestionnaireSummary[],
    calls: OpenCohort[] = [],
  ): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    backend.expectOne('/api/auth/me').flush(MANAGER);
    await settle();
    await fixture.whenStable();
    backend.expectOne('/api/readiness/questionnaires').flush(open);
    backend.expectOne('/api/recruiting').flush(calls);
    await settle();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function navLink(root: HTMLElement, label: string): HTMLElement | undefined {
    return [...root.querySelectorAll<HTMLElement>('nav a')].find((link) =>
      link.querySelector('[matListItemTitle]')?.textContent?.includes(label),
    );
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows Questionnaires with a count badge after sign-in when questionnaires wait', async () => {
    const root = await render([
      questionnaire('a1', null),
      questionnaire('a2', null),
      questionnaire('a3', '2026-03-01T10:00:00Z'),
    ]);

    const link = navLink(root, 'Questionnaires');
    expect(link?.getAttribute('href')).toBe('/questionnaires');
    expect(link?.querySelector('.badge')?.textContent?.trim()).toBe('2');
    expect(link?.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      '2 questionnaires to answer',
    );
  });

  it('counts the invitations still waiting for an answer on "Join a program"', async () => {
    const root = await render(
      [],
      [recruiting('c1', 'sent'), recruiting('c2', 'opened'), recruiting('c3', 'declined')],
    );

    const link = navLink(root, 'Join a program');
    expect(link?.getAttribute('href')).toBe('/apply');
    expect(link?.querySelector('.badge')?.textContent?.trim()).toBe('2');
    expect(link?.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      '2 invitations waiting for your answer',
    );
  });

  it('shows "Join a program" without a badge when no invitation waits', async () => {
    const root = await render([], [recruiting('c1', 'applied'), recruiting('c2', null)]);

    expect(navLink(root, 'Join a program')?.querySelector('.badge')).toBeNull();
  });

  it('shows no Questionnaires item when nothing is open', async () => {
    const root = await render([]);

    expect(navLink(root, 'Questionnaires')).toBeUndefined();
    expect(root.querySelector('nav .badge')).toBeNull();
  });
});
