import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MentorRequestView } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  allByTestId,
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { ANA, BEN, KAI, LIN, mentorRequest, MO, user } from './choice.testing';
import { MentorRequestsComponent } from './mentor-requests.component';

const MINE = '/api/me/mentor-requests';

describe('MentorRequestsComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<MentorRequestsComponent>;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  async function open(requests: MentorRequestView[]): Promise<void> {
    fixture = TestBed.createComponent(MentorRequestsComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne(MINE).flush(requests);
    await stable();
  }

  function card(mentee: string): HTMLElement {
    const found = allByTestId(view, 'mentor-request').find((element) =>
      textOf(element.querySelector('.name')).includes(mentee),
    );
    if (!found) {
      throw new Error(`No request from ${mentee}`);
    }
    return found;
  }

  function declineDialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mb-reason-dialog');
    if (!element) {
      throw new Error('The decline dialog is not open');
    }
    return element;
  }

  const fromBen = mentorRequest({
    message: 'I would love to learn how you run negotiations.',
    expiresAt: '2027-04-09T09:00:00Z',
  });
  const fromAna = mentorRequest({
    id: 'q2',
    mentee: ANA,
    expiresAt: '2027-04-06T09:00:00Z',
    createdAt: '2027-03-30T09:00:00Z',
  });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(user(MO, ['mentor', 'mentee']));
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    TestBed.inject(MatSnackBar).dismiss();
    await settle();
    backend.verify();
  });

  it('shows who asked me, their note, why they were suggested and when to answer', async () => {
    await open([
      fromBen,
      fromAna,
      // Sent by me as a mentee in another program: not a request to me.
      mentorRequest({ id: 'q3', mentor: LIN, mentee: MO }),
    ]);

    expect(textOf(view.querySelector('h2'))).toBe('Requests from mentees');
    const cards = allByTestId(view, 'mentor-request');
    // The one expiring first comes first.
    expect(cards.map((c) => textOf(c.querySelector('.name')))).toEqual(['Ana Silva', 'Ben Okafor']);
    const ben = card('Ben Okafor');
    expect(textOf(ben)).toContain('Account executive · Sales');
    expect(textOf(ben)).toContain('Growth Circles · Spring 2027 · fit 72 / 100');
    expect(textOf(byTestId(ben, 'request-message'))).toBe(
      'I would love to learn how you run negotiations.',
    );
    expect([...byTestId(ben, 'request-reasons').querySelectorAll('li')].map(textOf)).toEqual([
      '2 of 3 target skills: Negotiation, Leadership',
      'Two common weekly slots',
      'Both speak English',
    ]);
    expect(textOf(byTestId(ben, 'request-due'))).toMatch(/^Please answer by .*9.*2027$/);
    expect(byTestId(ben, 'request-accept').getAttribute('aria-label')).toBe('Accept Ben Okafor');
    expect(byTestId(ben, 'request-decline').getAttribute('aria-label')).toBe('Decline Ben Okafor');
  });

  it("quotes the mentee's goal, shortened with the full text on demand", async () => {
    const longGoal =
      'Lead the Q3 pricing redesign with finance and sales. I want to plan the stakeholder ' +
      'meetings, learn how to negotiate scope with two directors who disagree, and come out of ' +
      'it able to run the next cross-team project on my own, with a clear way of reporting ' +
      'progress to the leadership team every month.';
    await open([
      mentorRequest({ menteeGoal: longGoal }),
      mentorRequest({
        id: 'q2',
        mentee: ANA,
        expiresAt: '2027-04-06T09:00:00Z',
        menteeGoal: 'Become a tech lead within a year.',
      }),
      mentorRequest({ id: 'q4', mentee: KAI, menteeGoal: null }),
    ]);

    const ana = byTestId(card('Ana Silva'), 'request-goal');
    expect(textOf(ana.querySelector('figcaption'))).toBe('Their goal');
    expect(textOf(byTestId(ana, 'request-goal-text'))).toBe('Become a tech lead within a year.');
    expect(ana.querySelector('[data-testid="request-goal-toggle"]')).toBeNull();
    expect(card('Kai Berg').querySelector('[data-testid="request-goal"]')).toBeNull();

    const ben = byTestId(card('Ben Okafor'), 'request-goal');
    const quoted = byTestId(ben, 'request-goal-text');
    const short = textOf(quoted);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThan(longGoal.length);
    expect(longGoal.startsWith(short.slice(0, -1))).toBe(true);
    const toggle = byTestId(ben, 'request-goal-toggle');
    expect(textOf(toggle)).toBe('Show the full goal');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(quoted.id);

    toggle.click();
    await stable();
    expect(textOf(byTestId(ben, 'request-goal-text'))).toBe(longGoal);
    expect(textOf(toggle)).toBe('Show less');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    toggle.click();
    await stable();
    expect(textOf(byTestId(ben, 'request-goal-text'))).toBe(short);
  });

  it('accepts a request and then shows where every request stands', async () => {
    await open([fromBen, fromAna]);

    byTestId(card('Ben Okafor'), 'request-accept').click();
    await stable();
    const respond = backend.expectOne({ method: 'POST', url: '/api/mentor-requests/q1/respond' });
    expect(respond.request.body).toEqual({ accept: true });
    const accepted = {
      ...fromBen,
      state: 'accepted' as const,
      respondedAt: '2027-04-03T09:00:00Z',
    };
    respond.flush(accepted);
    await stable();
    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain(
      "You are now Ben Okafor's mentor.",
    );

    // I was full after accepting: the API declined Ana's request for me.
    backend.expectOne(MINE).flush([
      accepted,
      {
        ...fromAna,
        state: 'declined',
        respondedAt: '2027-04-03T09:00:00Z',
        closedReason: 'The mentor has no free place left',
      },
    ]);
    await stable();

    expect(allByTestId(view, 'mentor-request')).toHaveLength(0);
    expect(textOf(byTestId(view, 'no-open-requests'))).toBe(
      'No request is waiting for your answer.',
    );
    const answered = byTestId(view, 'answered-requests');
    expect(textOf(answered.querySelector('mat-panel-title'))).toBe(
      'Answered and closed requests (2)',
    );
    const rows = allByTestId(answered, 'answered-request');
    expect(rows.map((row) => textOf(row.querySelector('strong')))).toEqual([
      'Ben Okafor',
      'Ana Silva',
    ]);
    expect(textOf(rows[1] ?? null)).toContain('The mentor has no free place left');
  });

  it('shows a refused answer on the card', async () => {
    await open([fromBen]);

    byTestId(card('Ben Okafor'), 'request-accept').click();
    await stable();
    flushApiError(backend.expectOne('/api/mentor-requests/q1/respond'), {
      status: 409,
      code: 'conflict',
      message: 'This mentee already has a mentor in this cohort.',
    });
    await stable();

    expect(textOf(card('Ben Okafor'))).toContain(
      'This mentee already has a mentor in this cohort.',
    );
  });

  it('requires a reason to decline, says the mentee will not see it, then sends it', async () => {
    await open([fromBen]);

    byTestId(card('Ben Okafor'), 'request-decline').click();
    await stable();
    const dialog = declineDialog();
    expect(textOf(dialog.querySelector('h2'))).toBe("Decline Ben Okafor's request?");
    expect(textOf(byTestId(dialog, 'decline-explanation'))).toContain('Ben Okafor will not see it');

    byTestId(dialog, 'confirm-decline').click();
    await stable();
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Enter the reason.');
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'decline-reason'), 'no');
    await stable();
    byTestId(dialog, 'confirm-decline').click();
    await stable();
    expect(textOf(dialog.querySelector('mat-error'))).toBe(
      'The reason needs at least 3 characters.',
    );
    backend.expectNone('/api/mentor-requests/q1/respond');

    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'decline-reason'), '  No time this spring  ');
    await stable();
    byTestId(dialog, 'confirm-decline').click();
    await stable();
    const respond = backend.expectOne({ method: 'POST', url: '/api/mentor-requests/q1/respond' });
    expect(respond.request.body).toEqual({ accept: false, reason: 'No time this spring' });
    respond.flush({
      ...fromBen,
      state: 'declined',
      respondedAt: '2027-04-03T09:00:00Z',
      closedReason: 'No time this spring',
    });
    await stable();

    expect(document.querySelector('mb-reason-dialog')).toBeNull();
    expect(allByTestId(view, 'mentor-request')).toHaveLength(0);
    expect(textOf(byTestId(view, 'answered-requests'))).toContain('Declined');
  });

  it('shows the server’s objection to a reason on the field', async () => {
    await open([fromBen]);
    byTestId(card('Ben Okafor'), 'request-decline').click();
    await stable();
    const dialog = declineDialog();
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'decline-reason'), 'Not a fit');
    await stable();
    byTestId(dialog, 'confirm-decline').click();
    await stable();

    flushApiError(backend.expectOne('/api/mentor-requests/q1/respond'), {
      status: 400,
      code: 'validation_failed',
      message: 'Validation failed',
      details: [
        { field: 'reason', message: 'reason is required when declining (3 to 1000 characters)' },
      ],
    });
    await stable();

    expect(textOf(dialog.querySelector('mat-error'))).toBe(
      'Reason is required when declining (3 to 1000 characters).',
    );
  });

  it('shows nothing when nobody asked me, and a retry when loading failed', async () => {
    await open([
      mentorRequest({ id: 'q3', mentor: KAI, mentee: MO }),
      mentorRequest({ mentor: BEN, mentee: KAI }),
    ]);
    expect(textOf(view)).toBe('');

    fixture = TestBed.createComponent(MentorRequestsComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne(MINE).flush(null, { status: 500, statusText: 'Server Error' });
    await stable();
    expect(textOf(view)).toContain("We couldn't load the requests from mentees");

    [...view.querySelectorAll('button')].find((b) => textOf(b) === 'Try again')?.click();
    await stable();
    backend.expectOne(MINE).flush([fromBen]);
    await stable();
    expect(allByTestId(view, 'mentor-request')).toHaveLength(1);
  });
});
