import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { PairSessionsComponent } from './pair-sessions.component';
import {
  allByTestId,
  byTestId,
  flushApiError,
  session,
  settle,
  textOf,
  typeInto,
} from './testing/pair-fixtures';

describe('PairSessionsComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<PairSessionsComponent>;
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
    fixture = TestBed.createComponent(PairSessionsComponent);
    fixture.componentRef.setInput('matchId', 'm1');
    fixture.componentRef.setInput('partner', 'Mia Tanaka');
    fixture.componentRef.setInput('mySide', 'mentor');
    view = fixture.nativeElement as HTMLElement;
    await stable();
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  function cancelDialog(): HTMLElement {
    const element = document.querySelector<HTMLElement>('mb-cancel-session-dialog');
    if (!element) {
      throw new Error('The cancel dialog is not open');
    }
    return element;
  }

  it('cancels a session with a reason shared with the partner, and shows it', async () => {
    backend.expectOne('/api/matches/m1/sessions').flush([session()]);
    await stable();

    byTestId(view, 'session-cancel').click();
    await stable();
    const dialog = cancelDialog();
    expect(textOf(dialog.querySelector('h2'))).toBe('Cancel this session?');
    expect(textOf(dialog)).toContain('Shared with Mia Tanaka.');
    typeInto(byTestId<HTMLTextAreaElement>(dialog, 'cancel-reason'), '  Off sick this week  ');
    await stable();
    byTestId(dialog, 'cancel-confirm').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/sessions/s1/cancel' });
    expect(request.request.body).toEqual({ reason: 'Off sick this week' });
    request.flush(
      session({
        status: 'cancelled',
        cancelledBy: 'mentor',
        cancelReason: 'Off sick this week',
        cancelNoticeHours: 75,
      }),
    );
    await stable();

    expect(document.querySelector('mb-cancel-session-dialog')).toBeNull();
    expect(allByTestId(view, 'upcoming-sessions')).toHaveLength(0);
    expect(textOf(byTestId(view, 'session-status'))).toBe('Cancelled by the mentor');
    expect(textOf(byTestId(view, 'session-cancelled'))).toContain(
      'Cancelled by you 3 days before.',
    );
    expect(textOf(byTestId(view, 'session-cancel-reason'))).toBe('Reason: Off sick this week');
  });

  it('cancels without a reason when none is given, and keeps the session when asked to', async () => {
    backend.expectOne('/api/matches/m1/sessions').flush([session()]);
    await stable();

    byTestId(view, 'session-cancel').click();
    await stable();
    [...cancelDialog().querySelectorAll('button')].find((b) => textOf(b) === 'Keep it')?.click();
    await stable();
    backend.expectNone('/api/sessions/s1/cancel');
    expect(allByTestId(view, 'upcoming-sessions')).toHaveLength(1);

    byTestId(view, 'session-cancel').click();
    await stable();
    byTestId(cancelDialog(), 'cancel-confirm').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/sessions/s1/cancel' });
    expect(request.request.body).toEqual({});
    request.flush(session({ status: 'cancelled', cancelledBy: 'mentor', cancelNoticeHours: 5 }));
    await stable();
    expect(textOf(byTestId(view, 'session-cancelled'))).toBe('Cancelled by you 5 hours before.');
    expect(allByTestId(view, 'session-cancel-reason')).toHaveLength(0);
  });

  it('keeps the dialog open with the reason when cancelling is refused', async () => {
    backend.expectOne('/api/matches/m1/sessions').flush([session()]);
    await stable();
    byTestId(view, 'session-cancel').click();
    await stable();
    byTestId(cancelDialog(), 'cancel-confirm').click();
    await stable();
    flushApiError(backend.expectOne('/api/sessions/s1/cancel'), {
      status: 409,
      error: 'Conflict',
      message: 'This session already took place.',
    });
    await stable();
    expect(textOf(cancelDialog())).toContain('This session already took place.');
  });

  it('tells who cancelled a past session, how late, and why', async () => {
    backend.expectOne('/api/matches/m1/sessions').flush([
      session({
        id: 's2',
        scheduledAt: '2026-01-05T09:00:00Z',
        status: 'cancelled',
        cancelledBy: 'mentee',
        cancelReason: 'A client emergency came up',
        cancelNoticeHours: 0.5,
      }),
      session({
        id: 's3',
        scheduledAt: '2026-01-01T09:00:00Z',
        status: 'cancelled',
        cancelledBy: 'mentee',
        cancelReason: null,
        cancelNoticeHours: -2,
      }),
    ]);
    await stable();

    const [first, second] = allByTestId(view, 'session-cancelled');
    expect(textOf(first ?? null)).toBe(
      'Cancelled by Mia Tanaka less than an hour before. Reason: A client emergency came up',
    );
    expect(textOf(second ?? null)).toBe('Cancelled by Mia Tanaka after it was due to start.');
  });

  it('records attendance of a past planned session', async () => {
    backend
      .expectOne('/api/matches/m1/sessions')
      .flush([session({ scheduledAt: '2026-01-05T09:00:00Z' })]);
    await stable();
    expect(textOf(byTestId(view, 'session-status'))).toBe('Attendance to record');

    byTestId(view, 'session-attendance').click();
    await stable();
    const dialog = document.querySelector('mb-attendance-dialog') as HTMLElement;
    byTestId(dialog, 'attendance-save').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/sessions/s1/attendance' });
    expect(request.request.body).toEqual({ outcome: 'held', durationMinutes: 45 });
    request.flush(session({ scheduledAt: '2026-01-05T09:00:00Z', status: 'held' }));
    await stable();

    expect(textOf(byTestId(view, 'session-status'))).toBe('Held');
    expect(allByTestId(view, 'session-attendance')).toHaveLength(0);
  });
});
