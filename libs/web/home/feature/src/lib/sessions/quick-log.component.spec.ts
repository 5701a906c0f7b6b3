import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { LogSessionRequest, SessionView } from '@mentorbridge/shared-contracts';
import {
  byTestId,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { match, MENTEES, MENTORS } from '../testing/matches';
import { QuickLogComponent, todayLocal } from './quick-log.component';

function session(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: 's1',
    matchId: 'm1',
    scheduledAt: '2027-01-05T09:00:00Z',
    durationMinutes: 45,
    mode: 'video',
    status: 'held',
    location: null,
    agenda: null,
    cancelledBy: null,
    cancelReason: null,
    cancelNoticeHours: null,
    noShowBy: null,
    loggedAt: '2027-01-05T10:00:00Z',
    createdBy: 'mentor',
    notes: 0,
    ...overrides,
  };
}

describe('QuickLogComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<QuickLogComponent>;
  let view: HTMLElement;

  async function stable(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuickLogComponent);
    fixture.componentRef.setInput(
      'match',
      match({
        id: 'm1',
        state: 'active',
        mySide: 'mentor',
        mentor: MENTORS.lin,
        mentee: MENTEES.ana,
      }),
    );
    view = fixture.nativeElement as HTMLElement;
    await stable();
  });

  afterEach(() => backend.verify());

  function dateInput(): HTMLInputElement {
    return view.querySelector<HTMLInputElement>('input[type="date"]') as HTMLInputElement;
  }

  function minutesInput(): HTMLInputElement {
    return view.querySelector<HTMLInputElement>('input[type="number"]') as HTMLInputElement;
  }

  it('is ready to send: today, 45 minutes by video, held, a private note', () => {
    expect(textOf(view.querySelector('h3'))).toBe('Log a session with Ana Silva');
    expect(dateInput().value).toBe(todayLocal());
    expect(minutesInput().value).toBe('45');
    expect(textOf(view.querySelector('mat-select[formcontrolname="mode"]'))).toBe('Video');
    expect(textOf(view.querySelector('mat-select[formcontrolname="outcome"]'))).toBe('Held');
    expect(textOf(view)).toContain('Only you can read this note.');
  });

  it('logs the session once with its key, says so and starts again', async () => {
    typeInto(byTestId<HTMLTextAreaElement>(view, 'quick-log-note'), 'We planned the talk');
    const shared = [...view.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')].find(
      (button) => textOf(button).startsWith('Shared'),
    );
    shared?.click();
    await stable();
    expect(textOf(view)).toContain('Only you and Ana Silva can read this note.');

    byTestId(view, 'quick-log-submit').click();
    byTestId(view, 'quick-log-submit').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/matches/m1/sessions/log' });
    const body = request.request.body as LogSessionRequest;
    expect(body.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{8,80}$/);
    expect(body).toEqual({
      idempotencyKey: body.idempotencyKey,
      date: todayLocal(),
      durationMinutes: 45,
      mode: 'video',
      outcome: 'held',
      note: 'We planned the talk',
      noteVisibility: 'shared',
    });
    request.flush(session());
    await stable();

    expect(textOf(byTestId(view, 'quick-log-done'))).toContain('Held · 45 minutes · note saved.');
    expect(byTestId<HTMLTextAreaElement>(view, 'quick-log-note').value).toBe('');
    expect(dateInput().value).toBe(todayLocal());
    expect(textOf(view)).toContain('Only you can read this note.');

    // The next session logged from the same home is a new one: a new key.
    byTestId(view, 'quick-log-submit').click();
    await stable();
    const next = backend.expectOne({ method: 'POST', url: '/api/matches/m1/sessions/log' });
    const nextBody = next.request.body as LogSessionRequest;
    expect(nextBody.idempotencyKey).not.toBe(body.idempotencyKey);
    expect(nextBody.note).toBeUndefined();
    next.flush(session({ id: 's2' }));
    await stable();
  });

  it('keeps the key and the answers when sending fails, so a retry logs only once', async () => {
    typeInto(minutesInput(), '60');
    byTestId(view, 'quick-log-submit').click();
    await stable();
    const first = backend.expectOne('/api/matches/m1/sessions/log');
    flushApiError(first, { status: 409, error: 'Conflict', message: 'This pair is not active' });
    await stable();
    expect(textOf(view)).toContain('This pair is not active');
    expect(minutesInput().value).toBe('60');

    byTestId(view, 'quick-log-submit').click();
    await stable();
    const retry = backend.expectOne('/api/matches/m1/sessions/log');
    expect((retry.request.body as LogSessionRequest).idempotencyKey).toBe(
      (first.request.body as LogSessionRequest).idempotencyKey,
    );
    retry.flush(session());
    await stable();
  });
});
