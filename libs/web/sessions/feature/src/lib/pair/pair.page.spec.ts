import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PairPage } from './pair.page';
import {
  activeMatch,
  allByTestId,
  byTestId,
  flushApiError,
  overview,
  session,
  settle,
  textOf,
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

  async function open(): Promise<HTMLElement> {
    harness = await RouterTestingHarness.create();
    void harness.navigateByUrl('/pairs/m1');
    await stable();
    return harness.routeNativeElement as HTMLElement;
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
    await stable();
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
  });

  it('says so when the pair is not mine', async () => {
    const view = await open();
    backend.expectOne('/api/me/matches').flush([]);
    flushApiError(backend.expectOne('/api/matches/m1/overview'), {
      status: 404,
      error: 'Not Found',
      message: 'Match not found',
    });
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
    await stable();
    expect(textOf(view)).toContain("We couldn't load this pair");
  });

  it('raises a concern that only HR sees', async () => {
    const view = await open();
    backend.expectOne('/api/me/matches').flush([activeMatch()]);
    backend.expectOne('/api/matches/m1/overview').flush(overview());
    await stable();
    backend.expectOne('/api/matches/m1/sessions').flush([]);
    backend.expectOne('/api/matches/m1/notes').flush([]);
    await stable();
    expect(textOf(view)).toContain('No sessions yet');

    byTestId(view, 'raise-concern').click();
    await stable();
    const dialog = document.querySelector('mb-concern-dialog') as HTMLElement;
    expect(textOf(byTestId(dialog, 'concern-privacy'))).toBe(
      "Only the program's HR leads see this. Mia Tanaka is not told.",
    );
  });
});
