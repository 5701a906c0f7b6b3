import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MentorRequestView, ShortlistView } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  allByTestId,
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { BEN, entry, KAI, LIN, mentorRequest, MO, shortlist, user } from './choice.testing';
import { MentorShortlistComponent } from './mentor-shortlist.component';

describe('MentorShortlistComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<MentorShortlistComponent>;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  async function open(lists: ShortlistView[], requests: MentorRequestView[] = []): Promise<void> {
    fixture = TestBed.createComponent(MentorShortlistComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/me/shortlists').flush(lists);
    backend.expectOne('/api/me/mentor-requests').flush(requests);
    await stable();
  }

  function card(name: string): HTMLElement {
    const found = allByTestId(view, 'shortlist-entry').find((element) =>
      textOf(element.querySelector('.name')).includes(name),
    );
    if (!found) {
      throw new Error(`No mentor card for ${name}`);
    }
    return found;
  }

  function dialog(selector: string): HTMLElement {
    const element = document.querySelector<HTMLElement>(selector);
    if (!element) {
      throw new Error(`${selector} is not open`);
    }
    return element;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(user(BEN, ['mentee']));
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    TestBed.inject(MatSnackBar).dismiss();
    await settle();
    backend.verify();
  });

  it('ranks the suggested mentors, best fit first, with a score bar and the top reasons', async () => {
    await open([shortlist()]);

    const list = byTestId(view, 'mentor-shortlist');
    expect(textOf(list.querySelector('h3'))).toBe('Choose your mentor');
    expect(textOf(list)).toContain('Growth Circles · Spring 2027');
    const cards = allByTestId(view, 'shortlist-entry');
    expect(cards.map((c) => textOf(c.querySelector('.name')))).toEqual([
      'Suggestion 1: Mo Ali',
      'Suggestion 2: Lin Chen',
      'Suggestion 3: Kai Berg',
    ]);

    const mo = card('Mo Ali');
    expect(textOf(mo)).toContain('Head of Sales · Sales');
    expect(textOf(byTestId(mo, 'entry-score'))).toBe('72 / 100');
    const meter = mo.querySelector('[role="meter"]');
    expect(meter?.getAttribute('aria-valuenow')).toBe('72');
    expect(meter?.getAttribute('aria-label')).toBe('Fit score of Mo Ali');
    expect((mo.querySelector('.bar') as HTMLElement).style.width).toBe('72%');
    expect([...byTestId(mo, 'entry-reasons').querySelectorAll('li')].map(textOf)).toEqual([
      '2 of 3 target skills: Negotiation, Leadership',
      'Two common weekly slots',
      'Both speak English',
    ]);
    expect(byTestId(mo, 'ask-mentor').getAttribute('aria-label')).toBe(
      'Ask Mo Ali to be your mentor',
    );
  });

  it('explains how the list was made and how long a mentor has to answer', async () => {
    await open([shortlist({ requestExpiryDays: 5 })]);

    const how = textOf(byTestId(view, 'shortlist-how'));
    expect(how).toMatch(/suggested for you on .*2027, best fit first/);
    expect(how).toContain('no more mentees than they have free places');
    expect(how).toContain('each has 5 days to answer');
  });

  it('asks a mentor with a note, and the card then waits for the answer', async () => {
    await open([shortlist()]);

    byTestId(card('Lin Chen'), 'ask-mentor').click();
    await stable();
    const ask = dialog('mb-ask-mentor-dialog');
    expect(textOf(ask.querySelector('h2'))).toBe('Ask Lin Chen to be your mentor?');
    expect(textOf(ask)).toContain('has 7 days to answer');
    typeInto(
      byTestId<HTMLTextAreaElement>(ask, 'ask-message'),
      '  I want to grow into a team lead role.  ',
    );
    await stable();
    byTestId(ask, 'confirm-ask').click();
    await stable();

    const request = backend.expectOne({ method: 'POST', url: '/api/cohorts/c1/mentor-requests' });
    expect(request.request.body).toEqual({
      mentorUserId: 'mentor-lin',
      message: 'I want to grow into a team lead role.',
    });
    request.flush(
      mentorRequest({
        id: 'q7',
        mentor: LIN,
        message: 'I want to grow into a team lead role.',
        expiresAt: '2027-04-12T09:00:00Z',
      }),
    );
    await stable();

    expect(document.querySelector('mb-ask-mentor-dialog')).toBeNull();
    const lin = card('Lin Chen');
    expect(textOf(byTestId(lin, 'entry-state'))).toBe('Requested');
    expect(textOf(byTestId(lin, 'entry-note'))).toMatch(
      /^Requested — waiting \(expires .*12.*2027\)$/,
    );
    expect(lin.querySelector('[data-testid="ask-mentor"]')).toBeNull();
    expect(byTestId(lin, 'withdraw-request')).toBeTruthy();
    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain(
      'Request sent to Lin Chen.',
    );
  });

  it('sends no message when the note is left empty', async () => {
    await open([shortlist()]);

    byTestId(card('Mo Ali'), 'ask-mentor').click();
    await stable();
    byTestId(dialog('mb-ask-mentor-dialog'), 'confirm-ask').click();
    await stable();

    const request = backend.expectOne({ method: 'POST', url: '/api/cohorts/c1/mentor-requests' });
    expect(request.request.body).toEqual({ mentorUserId: 'mentor-mo' });
    request.flush(mentorRequest());
    await stable();
  });

  it('shows a refused request in the dialog and reloads the list when closed', async () => {
    await open([shortlist()]);

    byTestId(card('Mo Ali'), 'ask-mentor').click();
    await stable();
    const ask = dialog('mb-ask-mentor-dialog');
    byTestId(ask, 'confirm-ask').click();
    await stable();
    flushApiError(backend.expectOne('/api/cohorts/c1/mentor-requests'), {
      status: 409,
      code: 'conflict',
      message: 'This mentor has no free place left. Choose another one.',
    });
    await stable();
    expect(textOf(byTestId(ask, 'ask-problem'))).toContain('This mentor has no free place left.');

    [...ask.querySelectorAll('button')].find((b) => textOf(b) === 'Cancel')?.click();
    await stable();
    backend
      .expectOne('/api/me/shortlists')
      .flush([
        shortlist({ entries: [entry(1, MO, 71.6, { available: false }), entry(2, LIN, 64.2)] }),
      ]);
    backend.expectOne('/api/me/mentor-requests').flush([]);
    await stable();
    expect(textOf(byTestId(card('Mo Ali'), 'entry-state'))).toBe('Not available');
  });

  it('withdraws a waiting request, and the mentor can be asked again', async () => {
    await open(
      [shortlist({ entries: [entry(1, MO, 71.6, { request: { id: 'q1', state: 'open' } })] })],
      [mentorRequest()],
    );

    const mo = card('Mo Ali');
    expect(textOf(byTestId(mo, 'entry-note'))).toMatch(/^Requested — waiting \(expires .*2027\)$/);
    const withdraw = byTestId(mo, 'withdraw-request');
    expect(withdraw.getAttribute('aria-label')).toBe('Withdraw your request to Mo Ali');
    withdraw.click();
    await stable();
    backend.expectOne({ method: 'POST', url: '/api/mentor-requests/q1/withdraw' }).flush(
      mentorRequest({
        state: 'withdrawn',
        respondedAt: '2027-04-03T09:00:00Z',
        closedReason: 'Withdrawn by the mentee',
      }),
    );
    await stable();

    const after = card('Mo Ali');
    expect(after.querySelector('[data-testid="withdraw-request"]')).toBeNull();
    expect(textOf(byTestId(after, 'entry-note'))).toBe('You withdrew your earlier request.');
    expect(byTestId(after, 'ask-mentor')).toBeTruthy();
  });

  it('does not let me ask a mentor who is full', async () => {
    await open([shortlist({ entries: [entry(1, MO, 71.6, { available: false })] })]);

    const mo = card('Mo Ali');
    expect(textOf(byTestId(mo, 'entry-state'))).toBe('Not available');
    expect(textOf(byTestId(mo, 'entry-note'))).toBe(
      'Not available: this mentor has no free place left.',
    );
    expect(mo.querySelector('[data-testid="ask-mentor"]')).toBeNull();
  });

  it('says I have a mentor once one accepted, and offers no more requests', async () => {
    await open(
      [shortlist({ matched: true })],
      [
        mentorRequest({ state: 'accepted', respondedAt: '2027-04-03T09:00:00Z', matchId: 'm1' }),
        // A request I received as a mentor in another program is not mine to show here.
        mentorRequest({ id: 'q8', mentor: BEN, mentee: KAI, state: 'accepted', cohortId: 'c1' }),
      ],
    );

    const matched = byTestId(view, 'shortlist-matched');
    expect(textOf(matched)).toContain('You have a mentor');
    expect(textOf(matched)).toContain('Mo Ali accepted your request');
    expect(allByTestId(view, 'shortlist-entry')).toHaveLength(0);
    expect(allByTestId(view, 'ask-mentor')).toHaveLength(0);
  });

  it('tells a declined request apart, without the mentor’s reason', async () => {
    await open(
      [shortlist({ entries: [entry(1, MO, 71.6, { request: { id: 'q1', state: 'declined' } })] })],
      [mentorRequest({ state: 'declined' })],
    );

    const mo = card('Mo Ali');
    expect(textOf(byTestId(mo, 'entry-state'))).toBe('Declined');
    expect(textOf(byTestId(mo, 'entry-note'))).toContain('could not take you on this time');
    expect(mo.querySelector('[data-testid="ask-mentor"]')).toBeNull();
  });

  it('shows nothing without a shortlist, and a retry when loading failed', async () => {
    await open([]);
    expect(textOf(view)).toBe('');

    fixture = TestBed.createComponent(MentorShortlistComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend
      .expectOne('/api/me/shortlists')
      .flush(null, { status: 500, statusText: 'Server Error' });
    backend.expectOne('/api/me/mentor-requests').flush([]);
    await stable();
    expect(textOf(view)).toContain("We couldn't load your suggested mentors");

    [...view.querySelectorAll('button')].find((b) => textOf(b) === 'Try again')?.click();
    await stable();
    backend.expectOne('/api/me/shortlists').flush([shortlist()]);
    backend.expectOne('/api/me/mentor-requests').flush([]);
    await stable();
    expect(allByTestId(view, 'shortlist-entry')).toHaveLength(3);
  });
});
