import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { PairSessionsComponent } from './pair-sessions.component';
import { allByTestId, byTestId, session, settle, textOf } from './testing/pair-fixtures';

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
    view = fixture.nativeElement as HTMLElement;
    await stable();
  });

  afterEach(async () => {
    TestBed.inject(MatDialog).closeAll();
    await settle();
    backend.verify();
  });

  it('cancels a session only after asking', async () => {
    backend.expectOne('/api/matches/m1/sessions').flush([session()]);
    await stable();

    byTestId(view, 'session-cancel').click();
    await stable();
    const dialog = document.querySelector('mb-confirm-dialog') as HTMLElement;
    expect(textOf(dialog)).toContain('Mia Tanaka will see it as cancelled by you.');
    byTestId(dialog, 'confirm-dialog-confirm').click();
    await stable();
    const request = backend.expectOne({ method: 'POST', url: '/api/sessions/s1/cancel' });
    request.flush(session({ status: 'cancelled', cancelledBy: 'mentor' }));
    await stable();

    expect(allByTestId(view, 'upcoming-sessions')).toHaveLength(0);
    expect(textOf(byTestId(view, 'session-status'))).toBe('Cancelled by the mentor');
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
