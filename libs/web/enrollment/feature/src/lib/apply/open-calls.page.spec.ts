import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { OpenCohort } from '@mentorbridge/shared-contracts';
import { OpenCallsStore } from '@mentorbridge/web-enrollment-data-access';
import { OpenCallsPage } from './open-calls.page';
import {
  allByTestId,
  buttonByText,
  byTestId,
  settle,
  textOf,
} from '@mentorbridge/web-shared-ui/testing';
import { openCohort } from './testing/fixtures';

describe('OpenCallsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  async function open(cohorts: OpenCohort[]): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/apply', OpenCallsPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/recruiting').flush(cohorts);
    await stable();
  }

  function role(card: HTMLElement, name: 'mentee' | 'mentor'): HTMLElement {
    return card.querySelector(`[data-role="${name}"]`) as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'apply', component: OpenCallsPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows why each program exists, how it runs, and my invitation and application per role', async () => {
    await open([
      openCohort({
        mine: [
          {
            role: 'mentee',
            invitationId: 'inv-1',
            invitationStatus: 'opened',
            applicationId: null,
            applicationStatus: null,
          },
          {
            role: 'mentor',
            invitationId: null,
            invitationStatus: null,
            applicationId: 'app-9',
            applicationStatus: 'submitted',
          },
        ],
      }),
    ]);

    const [card] = allByTestId(view, 'open-cohort');
    expect(textOf(card.querySelector('h2'))).toBe('Growth Circles');
    expect(textOf(card)).toContain('Grow leaders from within instead of hiring them.');
    expect(textOf(card)).toContain('Mentees can lead a team meeting confidently');
    expect(textOf(card)).toContain('Meet about every 3 weeks for 9 months');
    expect(textOf(card)).toContain('Video, Walking');

    const mentee = role(card, 'mentee');
    expect(textOf(mentee)).toContain('Invited');
    expect(byTestId(mentee, 'apply-mentee').getAttribute('href')).toBe(
      '/apply/c-spring?role=mentee',
    );
    expect(textOf(mentee)).toContain('Decline invitation');

    const mentor = role(card, 'mentor');
    expect(textOf(mentor.querySelector('mb-application-status-chip'))).toBe('To screen');
    expect(mentor.querySelector('[data-testid="apply-mentor"]')).toBeNull();
    expect(buttonByText(mentor, 'View my application').getAttribute('href')).toBe(
      '/applications/app-9',
    );
    // The navigation badge follows what the page shows.
    expect(TestBed.inject(OpenCallsStore).invitationsToAnswer()).toBe(1);
  });

  it('lets me apply again in a role whose application I withdrew', async () => {
    await open([
      openCohort({
        mine: [
          {
            role: 'mentee',
            invitationId: null,
            invitationStatus: 'applied',
            applicationId: 'app-1',
            applicationStatus: 'withdrawn',
          },
        ],
      }),
    ]);

    const mentee = role(byTestId(view, 'open-cohort'), 'mentee');
    expect(textOf(mentee)).toContain('Withdrawn');
    expect(byTestId(mentee, 'apply-mentee')).toBeTruthy();
  });

  it('declines an invitation only after confirmation, then shows the new state', async () => {
    const invited = openCohort({
      mine: [
        {
          role: 'mentee',
          invitationId: 'inv-1',
          invitationStatus: 'sent',
          applicationId: null,
          applicationStatus: null,
        },
      ],
    });
    await open([invited]);

    buttonByText(view, 'Decline invitation').click();
    await stable();
    const dialog = document.querySelector('mb-confirm-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('Decline the invitation to Growth Circles?');
    backend.expectNone('/api/invitations/inv-1/decline');

    byTestId(document, 'confirm-dialog-confirm').click();
    await stable(200);
    const request = backend.expectOne('/api/invitations/inv-1/decline');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await stable();

    backend.expectOne('/api/recruiting').flush([
      {
        ...invited,
        mine: [{ ...invited.mine[0], invitationStatus: 'declined' }],
      },
    ]);
    await stable();
    const mentee = role(byTestId(view, 'open-cohort'), 'mentee');
    expect(textOf(mentee)).toContain('You declined');
    expect(textOf(mentee)).not.toContain('Decline invitation');
  });

  it('says HR will invite me when nothing is recruiting', async () => {
    await open([]);

    expect(allByTestId(view, 'open-cohort')).toHaveLength(0);
    expect(textOf(view)).toContain('No program is recruiting right now');
    expect(textOf(view)).toContain('HR will invite you when one opens.');
  });
});
