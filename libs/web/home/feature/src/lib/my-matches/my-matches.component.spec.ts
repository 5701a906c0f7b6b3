import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { MatchView, PairGlance } from '@mentorbridge/shared-contracts';
import {
  allByTestId,
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { criteria, match, MENTEES, MENTORS } from '../testing/matches';
import { liveMatchCohorts, MyMatchesComponent } from './my-matches.component';

describe('MyMatchesComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<MyMatchesComponent>;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  async function open(
    matches: MatchView[],
    inputs: Record<string, unknown> = {},
    glances: PairGlance[] = [],
  ): Promise<void> {
    fixture = TestBed.createComponent(MyMatchesComponent);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/me/matches').flush(matches);
    await stable();
    backend.match('/api/me/pairs').forEach((request) => request.flush(glances));
    await stable();
  }

  function glance(overrides: Partial<PairGlance> = {}): PairGlance {
    return {
      matchId: 'm-active',
      mySide: 'mentor',
      nextSessionAt: '2027-05-04T09:30:00Z',
      lastContactAt: '2027-04-20T09:00:00Z',
      daysSinceContact: 12,
      goalProgress: 40,
      goals: 2,
      overdueMilestones: 1,
      ...overrides,
    };
  }

  const activeWithAna = (overrides: Partial<MatchView> = {}): MatchView =>
    match({
      id: 'm-active',
      state: 'active',
      mentorResponse: 'accepted',
      menteeResponse: 'accepted',
      mySide: 'mentor',
      mentee: MENTEES.ana,
      activatedAt: '2027-03-10T09:00:00Z',
      ...overrides,
    });

  function card(partner: string): HTMLElement {
    const found = allByTestId(view, 'my-match').find((element) =>
      textOf(element.querySelector('.partner')).includes(partner),
    );
    if (!found) {
      throw new Error(`No match with ${partner}`);
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

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('shows a proposed mentor with why we were paired and when to answer', async () => {
    await open([match({ criteria: criteria(30, 20, -8) })]);

    const mine = card('Mo Ali');
    expect(textOf(mine.querySelector('.kicker'))).toBe('Your proposed mentor');
    expect(textOf(mine)).toContain('Head of Sales · Sales');
    expect(textOf(mine)).toContain('Growth Circles · Spring 2027');
    expect(textOf(byTestId(mine, 'match-state'))).toBe('Your answer is needed');
    expect(
      [...byTestId(mine, 'match-reasons').querySelectorAll('li')].map((li) => textOf(li)),
    ).toEqual([
      '2 of 3 target skills: Negotiation, Leadership',
      'Two common weekly slots',
      'Both speak English',
    ]);
    expect(textOf(mine.querySelector('.due'))).toMatch(/^Please answer by .*2027/);
    expect(textOf(byTestId(mine, 'match-accept'))).toBe('Accept');
    expect(textOf(byTestId(mine, 'match-decline'))).toBe('Decline…');
  });

  it('links an ended relationship to its closure checklist and hints when closing is near', async () => {
    const soon = new Date(Date.now() + 10 * 86_400_000);
    const pad = (value: number) => String(value).padStart(2, '0');
    const plannedEnd = `${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}`;
    await open([
      match({
        id: 'm-done',
        state: 'completed',
        mentorResponse: 'accepted',
        menteeResponse: 'accepted',
        activatedAt: '2026-09-05T09:00:00Z',
        endedAt: '2027-03-31T16:00:00Z',
      }),
      match({
        id: 'm-live',
        mentor: MENTORS.lin,
        state: 'active',
        mentorResponse: 'accepted',
        menteeResponse: 'accepted',
        activatedAt: '2027-04-10T09:00:00Z',
        plannedEnd,
      }),
    ]);

    const done = card('Mo Ali');
    expect(textOf(done.querySelector('.kicker'))).toBe('Your mentor');
    expect(textOf(byTestId(done, 'match-state'))).toBe('Completed');
    expect(textOf(byTestId(done, 'match-note'))).toMatch(/^Completed on .*2027\. Your closure/);
    const checklist = byTestId(done, 'match-open');
    expect(textOf(checklist)).toBe('Closure checklist');
    expect(checklist.getAttribute('href')).toBe('/pairs/m-done');

    const live = card('Lin Chen');
    expect(textOf(byTestId(live, 'match-closing-soon'))).toMatch(
      /^Closing soon — complete your checklist by /,
    );
    expect(textOf(byTestId(live, 'match-open'))).toBe('Open');
    // The live relationship comes first.
    expect(
      allByTestId(view, 'my-match').map((element) => textOf(element.querySelector('.partner'))),
    ).toEqual(['Lin Chen', 'Mo Ali']);
  });

  it('accepts a match and then waits for the partner', async () => {
    await open([match()]);

    byTestId(card('Mo Ali'), 'match-accept').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/matches/match-1/respond' });
    expect(request.request.body).toEqual({ accept: true });
    request.flush(match({ menteeResponse: 'accepted' }));
    await stable();

    const mine = card('Mo Ali');
    expect(textOf(byTestId(mine, 'match-state'))).toBe('Waiting for your partner');
    expect(mine.querySelector('[data-testid="match-accept"]')).toBeNull();
    expect(textOf(byTestId(mine, 'match-note'))).toMatch(
      /^You accepted\. Mo Ali is asked too and has until .*2027 to answer\.$/,
    );
  });

  it('shows a refused answer on the card', async () => {
    await open([match()]);

    byTestId(card('Mo Ali'), 'match-accept').click();
    await stable();
    flushApiError(backend.expectOne('/api/matches/match-1/respond'), {
      status: 409,
      code: 'conflict',
      message: 'This proposal expired yesterday.',
    });
    await stable();

    expect(textOf(card('Mo Ali'))).toContain('This proposal expired yesterday.');
  });

  it('requires a reason to decline, then sends it', async () => {
    await open([match()]);

    byTestId(card('Mo Ali'), 'match-decline').click();
    await stable();
    const dialog = declineDialog();
    expect(textOf(dialog.querySelector('h2'))).toBe('Decline the match with Mo Ali?');
    byTestId(dialog, 'confirm-decline').click();
    await stable();
    expect(textOf(dialog.querySelector('mat-error'))).toBe('Enter the reason.');
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'decline-reason'), 'ok');
    await stable();
    byTestId(dialog, 'confirm-decline').click();
    await stable();
    expect(textOf(dialog.querySelector('mat-error'))).toBe(
      'The reason needs at least 3 characters.',
    );
    backend.expectNone('/api/matches/match-1/respond');

    typeInto(
      byTestId<HTMLTextAreaElement>(dialog, 'decline-reason'),
      ' Mo is my manager’s manager ',
    );
    await stable();
    byTestId(dialog, 'confirm-decline').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/matches/match-1/respond' });
    expect(request.request.body).toEqual({ accept: false, reason: 'Mo is my manager’s manager' });
    request.flush(
      match({
        state: 'declined',
        menteeResponse: 'declined',
        declineReason: 'Mo is my manager’s manager',
      }),
    );
    await stable();

    expect(document.querySelector('mb-reason-dialog')).toBeNull();
    const mine = card('Mo Ali');
    expect(textOf(byTestId(mine, 'match-state'))).toBe('Declined');
    expect(textOf(byTestId(mine, 'match-note'))).toContain('“Mo is my manager’s manager”');
  });

  it('shows the server’s objection to a reason on the field', async () => {
    await open([match()]);
    byTestId(card('Mo Ali'), 'match-decline').click();
    await stable();
    const dialog = declineDialog();
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'decline-reason'), 'Not a fit');
    await stable();
    byTestId(dialog, 'confirm-decline').click();
    await stable();

    flushApiError(backend.expectOne('/api/matches/match-1/respond'), {
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

  it('puts what needs my answer first and tells the state of the others', async () => {
    await open([
      match({
        id: 'm-active',
        state: 'active',
        mentorResponse: 'accepted',
        menteeResponse: 'accepted',
        mySide: 'mentor',
        mentee: MENTEES.ana,
        activatedAt: '2027-03-10T09:00:00Z',
        proposedAt: '2027-03-01T09:00:00Z',
      }),
      match({
        id: 'm-declined',
        state: 'declined',
        mySide: 'mentor',
        mentee: MENTEES.cleo,
        menteeResponse: 'declined',
        proposedAt: '2027-02-01T09:00:00Z',
      }),
      match({ id: 'm-new', mySide: 'mentor', mentor: MENTORS.mo, mentee: MENTEES.ben }),
    ]);

    const cards = allByTestId(view, 'my-match');
    expect(cards.map((c) => textOf(c.querySelector('.partner')))).toEqual([
      'Ben Okafor',
      'Ana Silva',
      'Cleo Duarte',
    ]);
    expect(cards.map((c) => textOf(byTestId(c, 'match-state')))).toEqual([
      'Your answer is needed',
      'Active',
      'Declined',
    ]);
    expect(textOf(cards[0]?.querySelector('.kicker') ?? null)).toBe('Your proposed mentee');
    expect(textOf(cards[1]?.querySelector('.kicker') ?? null)).toBe('Your mentee');
  });

  it('says what to expect when there is no match yet, unless asked not to', async () => {
    await open([]);
    expect(textOf(view)).toContain('No match yet');
    expect(textOf(view.querySelector('h2'))).toBe('My matches');

    await open([], { showEmpty: false, heading: null });
    expect(textOf(view)).toBe('');

    await open([], {
      emptyTitle: 'You have no mentees yet',
      emptyMessage: 'Your proposed mentees appear here.',
    });
    expect(textOf(view.querySelector('h3'))).toBe('You have no mentees yet');
    expect(textOf(view)).toContain('Your proposed mentees appear here.');
  });

  it('tells the host page its matches when they load and when I answer', async () => {
    const seen: (readonly MatchView[])[] = [];
    fixture = TestBed.createComponent(MyMatchesComponent);
    fixture.componentRef.setInput('heading', null);
    fixture.componentInstance.loaded.subscribe((matches) => seen.push(matches));
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/me/matches').flush([match()]);
    await stable();
    expect(seen.map((list) => list.map((m) => m.state))).toEqual([['proposed']]);
    expect(liveMatchCohorts(seen[0] ?? [])).toEqual(new Set(['c1']));

    byTestId(card('Mo Ali'), 'match-decline').click();
    await stable();
    typeInto(byTestId<HTMLTextAreaElement>(declineDialog(), 'decline-reason'), 'Mo is my manager');
    await stable();
    byTestId(declineDialog(), 'confirm-decline').click();
    await stable();
    backend
      .expectOne('/api/matches/match-1/respond')
      .flush(match({ state: 'declined', menteeResponse: 'declined' }));
    await stable();

    expect(seen.at(-1)?.map((m) => m.state)).toEqual(['declined']);
    expect(liveMatchCohorts(seen.at(-1) ?? [])).toEqual(new Set());
  });

  it('shows the next session, the last contact and the goals on an active pair', async () => {
    await open([activeWithAna()], {}, [glance()]);

    const card = byTestId(view, 'my-match');
    expect(textOf(byTestId(card, 'glance-next'))).toMatch(/^Next session .*2027/);
    expect(byTestId(card, 'glance-next').querySelector('time')?.getAttribute('datetime')).toBe(
      '2027-05-04T09:30:00Z',
    );
    expect(textOf(byTestId(card, 'glance-contact'))).toBe('12 days since last contact');
    const goals = byTestId(card, 'glance-goals');
    expect(textOf(goals)).toContain('Goal progress: 40%');
    const bar = goals.querySelector('mat-progress-bar');
    expect(bar?.getAttribute('aria-valuenow')).toBe('40');
    expect(bar?.getAttribute('aria-label')).toBe(
      'Average progress of the open goals with Ana Silva',
    );
    expect(textOf(byTestId(card, 'glance-overdue'))).toBe('1 milestone overdue');
    expect(textOf(byTestId(card, 'match-note'))).toMatch(/^Active since .*2027\.$/);
  });

  it('offers to schedule a session and warns after a long silence', async () => {
    await open([activeWithAna()], {}, [
      glance({
        nextSessionAt: null,
        daysSinceContact: 50,
        goals: 0,
        goalProgress: null,
        overdueMilestones: 0,
      }),
    ]);

    const card = byTestId(view, 'my-match');
    const schedule = byTestId(card, 'glance-schedule');
    expect(textOf(byTestId(card, 'glance-next'))).toBe('No session planned. Schedule one');
    expect(schedule.getAttribute('href')).toBe('/pairs/m-active');
    expect(schedule.getAttribute('aria-label')).toBe('Schedule a session with Ana Silva');
    const contact = byTestId(card, 'glance-contact');
    expect(textOf(contact)).toBe('50 days since last contact — time to get in touch');
    expect(contact.querySelector('mat-icon')?.getAttribute('fonticon')).toBe('warning');
    expect(textOf(byTestId(card, 'glance-goals'))).toBe('No goal yet');
    expect(card.querySelector('mat-progress-bar')).toBeNull();
    expect(card.querySelector('[data-testid="glance-overdue"]')).toBeNull();
  });

  it('keeps a calm wording up to six weeks', async () => {
    await open([activeWithAna()], {}, [glance({ daysSinceContact: 42, overdueMilestones: 0 })]);
    const contact = byTestId(view, 'glance-contact');
    expect(textOf(contact)).toBe('42 days since last contact');
    expect(contact.querySelector('mat-icon')?.getAttribute('fonticon')).toBe('forum');
  });

  it('says when the glance could not be loaded and tries again', async () => {
    fixture = TestBed.createComponent(MyMatchesComponent);
    view = fixture.nativeElement as HTMLElement;
    await stable();
    backend.expectOne('/api/me/matches').flush([activeWithAna()]);
    await stable();
    flushApiError(backend.expectOne('/api/me/pairs'), {
      status: 500,
      code: 'internal',
      message: 'Something went wrong.',
    });
    await stable();

    const failed = byTestId(view, 'glance-failed');
    expect(textOf(failed)).toContain('The next session and goals could not be loaded.');
    expect(textOf(byTestId(view, 'match-note'))).toMatch(/plan your first session\.$/);
    failed.querySelector('button')?.click();
    await stable();
    backend.expectOne('/api/me/pairs').flush([glance()]);
    await stable();
    expect(textOf(byTestId(view, 'glance-contact'))).toBe('12 days since last contact');
  });

  it('does not ask for the glance without an active pair', async () => {
    await open([match()]);
    backend.expectNone('/api/me/pairs');
    expect(view.querySelector('[data-testid="match-glance"]')).toBeNull();
  });
});
