import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ClosureView, FitCheckView, MatchView } from '@mentorbridge/shared-contracts';
import { PairPage } from './pair.page';
import {
  activeMatch,
  allByTestId,
  byTestId,
  chooseRadio,
  closureView,
  completedClosure,
  fitCheck,
  flushApiError,
  goal,
  overview,
  session,
  settle,
  textOf,
  typeInto,
} from './testing/pair-fixtures';

describe('PairPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function stable(): Promise<void> {
    await settle();
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  async function open(url = '/pairs/m1'): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl(url);
    await stable();
    return harness.routeNativeElement as HTMLElement;
  }

  /** Opens the page of an active pair (or an ended one) and answers what it loads. */
  async function openPair(
    options: {
      match?: MatchView;
      closure?: ClosureView;
      fit?: FitCheckView | null;
    } = {},
  ): Promise<HTMLElement> {
    const view = await open();
    backend.expectOne('/api/me/matches').flush([options.match ?? activeMatch()]);
    backend.expectOne('/api/matches/m1/overview').flush(overview());
    backend.expectOne('/api/matches/m1/closure').flush(options.closure ?? closureView());
    await stable();
    if (options.fit !== null) {
      backend.expectOne('/api/matches/m1/fit').flush(options.fit ?? fitCheck());
    }
    backend.expectOne('/api/matches/m1/sessions').flush([]);
    backend.expectOne('/api/matches/m1/notes').flush([]);
    await stable();
    return view;
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
        provideRouter([{ path: 'pairs/:matchId', component: PairPage }]),
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

  it('shows the partner, the phase and the sessions, upcoming and past', async () => {
    const view = await open();
    backend.expectOne('/api/me/matches').flush([activeMatch()]);
    backend.expectOne('/api/matches/m1/overview').flush(overview({ phase: 'direction' }));
    backend.expectOne('/api/matches/m1/closure').flush(closureView());
    await stable();
    backend.expectOne('/api/matches/m1/fit').flush(fitCheck());
    backend
      .expectOne('/api/matches/m1/sessions')
      .flush([
        session(),
        session({ id: 's2', scheduledAt: '2026-01-05T09:00:00Z', agenda: null, location: null }),
        session({ id: 's3', scheduledAt: '2025-12-01T09:00:00Z', status: 'held' }),
      ]);
    backend.expectOne('/api/matches/m1/notes').flush([]);
    await stable();

    expect(textOf(view.querySelector('h1'))).toBe('Mentoring with Mia Tanaka');
    expect(textOf(byTestId(view, 'pair-phase'))).toBe('Direction setting');
    const upcoming = byTestId(view, 'upcoming-sessions');
    expect(textOf(upcoming)).toContain('Career plan');
    expect(byTestId(upcoming, 'session-ics').getAttribute('href')).toBe(
      '/api/sessions/s1/invite.ics',
    );
    const past = allByTestId(byTestId(view, 'past-sessions'), 'session-status').map((chip) =>
      textOf(chip),
    );
    expect(past).toEqual(['Attendance to record', 'Held']);
    expect(allByTestId(view, 'session-attendance')).toHaveLength(1);
    // Before the closing window: the planned end and a quiet way out, no checklist yet.
    expect(textOf(byTestId(view, 'planned-end'))).toMatch(/planned to end on .*2027/);
    expect(allByTestId(view, 'closure-checklist')).toHaveLength(0);
    expect(allByTestId(view, 'fit-card')).toHaveLength(0);
  });

  it('says so when the pair is not mine', async () => {
    const view = await open();
    backend.expectOne('/api/me/matches').flush([]);
    for (const url of ['/api/matches/m1/overview', '/api/matches/m1/closure']) {
      flushApiError(backend.expectOne(url), {
        status: 404,
        error: 'Not Found',
        message: 'Match not found',
      });
    }
    await stable();
    expect(textOf(view)).toContain('This mentoring pair is not open to you');
  });

  it('offers a retry when loading fails', async () => {
    const view = await open();
    backend.expectOne('/api/me/matches').flush([activeMatch()]);
    flushApiError(backend.expectOne('/api/matches/m1/overview'), {
      status: 500,
      error: 'Internal Server Error',
      message: 'Boom',
    });
    backend.expectOne('/api/matches/m1/closure').flush(closureView());
    await stable();
    expect(textOf(view)).toContain("We couldn't load this pair");
  });

  it('raises a concern that only HR sees', async () => {
    const view = await openPair();
    expect(textOf(view)).toContain('No sessions yet');

    byTestId(view, 'raise-concern').click();
    await stable();
    const concern = dialog('mb-concern-dialog');
    expect(textOf(byTestId(concern, 'concern-privacy'))).toBe(
      "Only the program's HR leads see this. Mia Tanaka is not told.",
    );
  });

  it('opens on the goals from a home link, with the program’s suggestions, and drops a deleted goal', async () => {
    const view = await open('/pairs/m1?tab=goals');
    backend.expectOne('/api/me/matches').flush([activeMatch({ mySide: 'mentee' })]);
    backend.expectOne('/api/matches/m1/overview').flush(
      overview({
        goals: [goal()],
        goalTemplates: [{ title: 'Set your development goals in the first month' }],
      }),
    );
    backend.expectOne('/api/matches/m1/closure').flush(closureView({ mySide: 'mentee' }));
    await stable();
    backend.expectOne('/api/matches/m1/fit').flush(fitCheck());
    backend.match('/api/matches/m1/sessions').forEach((request) => request.flush([]));
    backend.match('/api/matches/m1/notes').forEach((request) => request.flush([]));
    await stable();

    expect(textOf(view.querySelector('[role="tab"][aria-selected="true"]'))).toBe('Goals');
    expect(textOf(byTestId(view, 'goal-suggestions'))).toBe('Start from a suggestion');
    expect(allByTestId(view, 'goal-item')).toHaveLength(1);

    byTestId(view, 'goal-delete').click();
    await stable();
    byTestId(dialog('mb-confirm-dialog'), 'confirm-dialog-confirm').click();
    await stable();
    backend.expectOne({ method: 'DELETE', url: '/api/goals/g1' }).flush(null);
    await stable();

    expect(allByTestId(view, 'goal-item')).toHaveLength(0);
    expect(textOf(view)).toContain('Your program suggests a goal to start from');
  });

  describe('the pairing-fit check', () => {
    it('asks after the first session, then says thank you and goes away', async () => {
      const view = await openPair({ fit: fitCheck({ open: true, due: true }) });
      const card = byTestId(view, 'fit-card');
      expect(textOf(byTestId(card, 'fit-privacy'))).toBe(
        'Your answer goes to HR only. Mia Tanaka never sees it.',
      );

      byTestId(card, 'fit-send').click();
      await stable();
      backend.expectNone('/api/matches/m1/fit');
      expect(textOf(card)).toContain('Choose how well it works, from 1 to 5.');

      chooseRadio(card, 'fit-scale', '4 · Well');
      chooseRadio(card, 'fit-continue', 'Yes, let us carry on');
      typeInto(byTestId<HTMLTextAreaElement>(card, 'fit-comment'), ' Good start ');
      await stable();
      byTestId(card, 'fit-send').click();
      await stable();

      const put = backend.expectOne({ method: 'PUT', url: '/api/matches/m1/fit' });
      expect(put.request.body).toEqual({ fit: 4, continue: 'yes', comment: 'Good start' });
      put.flush(
        fitCheck({
          open: true,
          mine: { fit: 4, continue: 'yes', comment: 'Good start', answeredAt: '2027-01-10' },
        }),
      );
      await stable();

      expect(allByTestId(view, 'fit-card')).toHaveLength(0);
      expect(textOf(byTestId(view, 'fit-thanks'))).toBe(
        'Thank you. Your answer went to HR, not to Mia Tanaka.',
      );
      expect(allByTestId(view, 'fit-end-no-fault')).toHaveLength(0);
    });

    it('offers a no-fault exit after a poor answer, preset to "fit" with a rematch', async () => {
      const view = await openPair({ fit: fitCheck({ open: true, due: true }) });
      const card = byTestId(view, 'fit-card');
      chooseRadio(card, 'fit-scale', '2 · Not so well');
      chooseRadio(card, 'fit-continue', 'No, I would rather end this pairing');
      await stable();
      byTestId(card, 'fit-send').click();
      await stable();

      const put = backend.expectOne({ method: 'PUT', url: '/api/matches/m1/fit' });
      expect(put.request.body).toEqual({ fit: 2, continue: 'no' });
      put.flush(
        fitCheck({
          open: true,
          poorFit: true,
          mine: { fit: 2, continue: 'no', comment: null, answeredAt: '2027-01-10' },
        }),
      );
      await stable();

      expect(textOf(byTestId(view, 'fit-poor'))).toContain('nobody is blamed');
      expect(textOf(byTestId(view, 'fit-poor'))).toContain(
        'Your answer is shared with HR only, never with Mia Tanaka.',
      );
      byTestId(view, 'fit-end-no-fault').click();
      await stable();

      const closing = dialog('mb-early-closure-dialog');
      expect(textOf(closing.querySelector('h2'))).toBe('End with no fault');
      expect(textOf(byTestId(closing, 'closure-no-fault'))).toContain(
        'Your fit answer is shared with HR only, never with Mia Tanaka.',
      );
      expect(textOf(byTestId(closing, 'closure-reason'))).toBe('Not a good fit (no fault)');
      expect(
        byTestId(closing, 'closure-rematch').querySelector<HTMLInputElement>('input')?.checked,
      ).toBe(true);
      expect(textOf(byTestId(closing, 'closure-rematch'))).toBe('Find me a new mentee');

      byTestId(closing, 'closure-understood').querySelector('input')?.click();
      await stable();
      byTestId(closing, 'closure-confirm').click();
      await stable();

      const close = backend.expectOne({ method: 'POST', url: '/api/matches/m1/close' });
      expect(close.request.body).toEqual({ reason: 'fit', rematch: true });
      close.flush(
        closureView({
          state: 'closed_early',
          closure: {
            kind: 'early',
            reason: 'fit',
            reasonText: null,
            initiatedBy: 'mentor',
            closedAt: '2027-01-10T10:00:00Z',
            message: null,
            notesDeleteOn: '2027-04-10',
            notesDeletedAt: null,
          },
          rematch: { mentorFrom: '2027-01-24', menteeFrom: null },
        }),
      );
      await stable();
      backend
        .expectOne('/api/me/matches')
        .flush([activeMatch({ state: 'closed_early', endedAt: '2027-01-10T10:00:00Z' })]);
      await stable();

      expect(textOf(byTestId(view, 'pair-state'))).toBe('Ended early');
      expect(textOf(byTestId(view, 'closure-record-reason'))).toBe(
        'Ended early · Not a good fit (no fault)',
      );
      expect(textOf(byTestId(view, 'closure-record-by'))).toBe('You');
      expect(textOf(byTestId(view, 'closure-rematch'))).toMatch(
        /^You go back to the pool for a new mentee from .*2027\.$/,
      );
      expect(allByTestId(view, 'schedule-session')).toHaveLength(0);
    });
  });

  describe('closing', () => {
    it('stays readable after closure, with the record, the checklist and the certificate', async () => {
      const view = await openPair({
        match: activeMatch({ state: 'completed', endedAt: '2027-06-28T15:00:00Z' }),
        closure: completedClosure(),
        fit: null,
      });

      expect(textOf(byTestId(view, 'pair-ended'))).toContain('can no longer change');
      expect(textOf(byTestId(view, 'pair-state'))).toBe('Completed');
      expect(allByTestId(view, 'schedule-session')).toHaveLength(0);
      expect(allByTestId(view, 'note-text')).toHaveLength(0);
      expect(allByTestId(view, 'raise-concern')).toHaveLength(0);
      expect(allByTestId(view, 'complete-relationship')).toHaveLength(0);

      const items = allByTestId(byTestId(view, 'closure-checklist'), 'checklist-item');
      expect(
        items.map((item) => [
          textOf(item.querySelector('.item-label')),
          textOf(byTestId(item, 'checklist-state')),
        ]),
      ).toEqual([
        ['Hold a final session', 'Done'],
        ['Assess each goal', 'To do'],
        ['Answer the exit survey', 'To do'],
        ['Say whether to stay in touch', 'To do'],
      ]);
      expect(items[0]?.querySelector('mat-icon')?.getAttribute('fontIcon')).toBe('check_circle');
      expect(items[1]?.querySelector('mat-icon')?.getAttribute('fontIcon')).toBe(
        'radio_button_unchecked',
      );

      expect(textOf(byTestId(view, 'closure-record-reason'))).toBe(
        'Ended as planned · Completed as planned',
      );
      expect(textOf(byTestId(view, 'closure-record-by'))).toBe('Mia Tanaka (mentee)');
      expect(textOf(byTestId(view, 'closure-record-message'))).toBe('“Thank you for everything!”');
      expect(textOf(byTestId(view, 'closure-notes'))).toMatch(
        /^Your notes will be deleted on .*2027\. Copy anything/,
      );
      expect(textOf(byTestId(view, 'closure-partner'))).toBe(
        'Mia Tanaka has finished their part of the closure.',
      );
      const certificate = byTestId(view, 'certificate-link');
      expect(certificate.getAttribute('href')).toBe('/api/matches/m1/certificate');
      expect(textOf(certificate)).toBe('Download certificate (PDF)');
    });

    it('says when the notes were deleted instead of loading them', async () => {
      const view = await open();
      backend
        .expectOne('/api/me/matches')
        .flush([activeMatch({ state: 'completed', endedAt: '2027-06-28T15:00:00Z' })]);
      backend.expectOne('/api/matches/m1/overview').flush(overview());
      const done = completedClosure();
      backend.expectOne('/api/matches/m1/closure').flush({
        ...done,
        closure: done.closure && { ...done.closure, notesDeletedAt: '2027-09-26T02:00:00Z' },
      });
      await stable();
      backend.expectOne('/api/matches/m1/sessions').flush([]);
      await stable();

      backend.expectNone('/api/matches/m1/notes');
      expect(textOf(byTestId(view, 'closure-notes'))).toMatch(/^Your notes were deleted on /);
      [...view.querySelectorAll<HTMLElement>('[role="tab"]')]
        .find((tab) => textOf(tab) === 'Notes')
        ?.click();
      await stable();
      expect(textOf(byTestId(view, 'notes-deleted'))).toContain('Your notes were deleted');
    });

    it('sends the exit survey with what was answered, once the required answers are there', async () => {
      const view = await openPair({
        match: activeMatch({ state: 'completed' }),
        closure: completedClosure(),
        fit: null,
      });
      expect(textOf(byTestId(view, 'survey-reflection-privacy'))).toBe(
        'Private to you: Mia Tanaka and HR never see it.',
      );

      byTestId(view, 'survey-save').click();
      await stable();
      backend.expectNone('/api/matches/m1/closure/survey');
      expect(textOf(byTestId(view, 'survey-summary'))).toContain(
        'Choose how satisfied you are (1 to 5).',
      );

      chooseRadio(view, 'survey-satisfaction', '4 · Satisfied');
      chooseRadio(view, 'survey-recommend', '9');
      chooseRadio(view, 'survey-contact', 'Stay in touch');
      typeInto(byTestId<HTMLTextAreaElement>(view, 'survey-helped'), 'Honest feedback');
      typeInto(byTestId<HTMLTextAreaElement>(view, 'survey-reflection'), ' I grew a lot ');
      await stable();
      byTestId(view, 'survey-save').click();
      await stable();

      const put = backend.expectOne({ method: 'PUT', url: '/api/matches/m1/closure/survey' });
      expect(put.request.body).toEqual({
        satisfaction: 4,
        recommend: 9,
        helped: 'Honest feedback',
        reflection: 'I grew a lot',
        contactPreference: 'stay_in_touch',
      });
      put.flush(
        completedClosure({
          mySurvey: {
            satisfaction: 4,
            recommend: 9,
            helped: 'Honest feedback',
            change: null,
            reflection: 'I grew a lot',
            contactPreference: 'stay_in_touch',
            answeredAt: '2027-06-29T09:00:00Z',
          },
        }),
      );
      await stable();
      expect(textOf(byTestId(view, 'survey-answered'))).toContain('You can change your answers.');
      expect(textOf(byTestId(view, 'survey-save'))).toBe('Update my answers');
    });

    it('saves the attainment of every goal together', async () => {
      const view = await openPair({
        match: activeMatch({ state: 'completed' }),
        closure: completedClosure(),
        fit: null,
      });
      const goals = allByTestId(view, 'attainment-goal');
      expect(goals.map((goal) => textOf(goal.querySelector('legend')))).toEqual([
        'Lead my first team meeting',
        'Present to the board',
      ]);

      byTestId(view, 'attainment-save').click();
      await stable();
      backend.expectNone('/api/matches/m1/closure/goals');
      expect(textOf(byTestId(view, 'attainment-missing'))).toBe('Choose an answer for every goal.');

      const partly = [...(goals[1]?.querySelectorAll('mat-radio-button') ?? [])].find(
        (button) => textOf(button) === 'Partly achieved',
      );
      partly?.querySelector('input')?.click();
      await stable();
      byTestId(view, 'attainment-save').click();
      await stable();

      const put = backend.expectOne({ method: 'PUT', url: '/api/matches/m1/closure/goals' });
      expect(put.request.body).toEqual({
        goals: [
          { goalId: 'g1', attainment: 'achieved' },
          { goalId: 'g2', attainment: 'partly' },
        ],
      });
      put.flush(completedClosure());
      await stable();
    });

    it('completes the relationship in the closing window after a confirmation', async () => {
      const view = await openPair({
        closure: closureView({
          closingWindowOpen: true,
          checklist: [{ key: 'final_session', label: 'Hold a final session', done: false }],
        }),
      });
      expect(textOf(byTestId(view, 'closing-window'))).toContain('Work through the checklist');
      expect(allByTestId(view, 'closure-checklist')).toHaveLength(1);

      byTestId(view, 'complete-relationship').click();
      await stable();
      expect(textOf(dialog('mb-confirm-dialog'))).toContain('cannot be undone');
      byTestId(document, 'confirm-dialog-confirm').click();
      await settle(50);
      await stable();

      const complete = backend.expectOne({ method: 'POST', url: '/api/matches/m1/complete' });
      complete.flush(completedClosure());
      await stable();
      backend
        .expectOne('/api/me/matches')
        .flush([activeMatch({ state: 'completed', endedAt: '2027-06-28T15:00:00Z' })]);
      await stable();

      expect(textOf(byTestId(view, 'pair-state'))).toBe('Completed');
      expect(allByTestId(view, 'schedule-session')).toHaveLength(0);
    });

    it('asks HR for an extension to a later date, and lists the request', async () => {
      const view = await openPair();
      byTestId(view, 'ask-extension').click();
      await stable();
      const ask = dialog('mb-extension-dialog');

      typeInto(byTestId<HTMLInputElement>(ask, 'extension-date'), '2027-06-01');
      typeInto(byTestId<HTMLTextAreaElement>(ask, 'extension-reason'), 'One goal left');
      await stable();
      byTestId(ask, 'extension-send').click();
      await stable();
      backend.expectNone('/api/matches/m1/extensions');
      expect(textOf(ask)).toContain('Choose a date after');

      typeInto(byTestId<HTMLInputElement>(ask, 'extension-date'), '2027-09-30');
      await stable();
      byTestId(ask, 'extension-send').click();
      await stable();

      const post = backend.expectOne({ method: 'POST', url: '/api/matches/m1/extensions' });
      expect(post.request.body).toEqual({ endDate: '2027-09-30', reason: 'One goal left' });
      post.flush(
        closureView({
          extensions: [
            {
              id: 'x1',
              requestedBy: 'mentor',
              currentEnd: '2027-06-30',
              requestedEnd: '2027-09-30',
              reason: 'One goal left',
              state: 'pending',
              decidedAt: null,
              approvedEnd: null,
              note: null,
              createdAt: '2027-05-01T09:00:00Z',
            },
          ],
        }),
      );
      await stable();

      expect(textOf(byTestId(view, 'extension-item'))).toContain('You asked to move the end');
      expect(textOf(byTestId(view, 'extension-state'))).toBe('Waiting for HR');
      expect(byTestId(view, 'ask-extension').getAttribute('aria-disabled')).toBe('true');
    });
  });
});
