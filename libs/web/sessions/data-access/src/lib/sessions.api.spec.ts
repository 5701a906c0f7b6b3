import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom, Observable } from 'rxjs';
import { newIdempotencyKey, SessionsApi } from './sessions.api';

describe('SessionsApi', () => {
  let backend: HttpTestingController;
  let api: SessionsApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(SessionsApi);
  });

  afterEach(() => backend.verify());

  async function call<T>(
    request: Observable<T>,
    method: string,
    url: string,
    body: unknown,
    handled: number[] = [],
  ): Promise<void> {
    const answer = firstValueFrom(request);
    const test = backend.expectOne({ method, url });
    expect(test.request.body).toEqual(body);
    expect(test.request.context.get(HANDLED_ERROR_STATUSES)).toEqual(handled);
    test.flush({ ok: true });
    await expect(answer).resolves.toEqual({ ok: true });
  }

  it('reads and schedules sessions of a pair', async () => {
    await call(api.sessions('m/1'), 'GET', '/api/matches/m%2F1/sessions', null);
    const schedule = {
      scheduledAt: '2027-01-05T09:00:00.000Z',
      durationMinutes: 45,
      mode: 'video' as const,
      agenda: 'Goals',
    };
    await call(api.schedule('m1', schedule), 'POST', '/api/matches/m1/sessions', schedule, [400]);
    await call(
      api.reschedule('s1', { durationMinutes: 60 }),
      'PATCH',
      '/api/sessions/s1',
      {
        durationMinutes: 60,
      },
      [400, 409],
    );
    await call(api.cancel('s1'), 'POST', '/api/sessions/s1/cancel', {}, [409]);
    await call(
      api.cancel('s1', { reason: 'Off sick' }),
      'POST',
      '/api/sessions/s1/cancel',
      { reason: 'Off sick' },
      [409],
    );
    await call(
      api.recordAttendance('s1', { outcome: 'held', durationMinutes: 50 }),
      'POST',
      '/api/sessions/s1/attendance',
      { outcome: 'held', durationMinutes: 50 },
      [400, 409],
    );
    expect(api.inviteUrl('s1')).toBe('/api/sessions/s1/invite.ics');
  });

  it('reads my pairs at a glance for the home cards', async () => {
    await call(api.myPairs(), 'GET', '/api/me/pairs', null);
  });

  it('logs a past session with the form’s idempotency key', async () => {
    const log = {
      idempotencyKey: 'abcdefgh12345678',
      date: '2027-01-05',
      durationMinutes: 45,
      mode: 'video' as const,
      outcome: 'held' as const,
      note: 'Good talk',
      noteVisibility: 'shared' as const,
    };
    await call(api.log('m1', log), 'POST', '/api/matches/m1/sessions/log', log, [400]);
  });

  it('makes idempotency keys the API accepts, a new one each time', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,80}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  it('reads, writes, edits and deletes notes', async () => {
    await call(api.notes('m1'), 'GET', '/api/matches/m1/notes', null);
    const note = { text: 'Hello', visibility: 'private' as const };
    await call(api.addNote('m1', note), 'POST', '/api/matches/m1/notes', note, [400]);
    await call(
      api.updateNote('n1', { visibility: 'shared' }),
      'PATCH',
      '/api/notes/n1',
      {
        visibility: 'shared',
      },
      [400],
    );
    await call(api.deleteNote('n1'), 'DELETE', '/api/notes/n1', null);
  });

  it('reads the overview and works on phase, goals and milestones', async () => {
    await call(api.overview('m1'), 'GET', '/api/matches/m1/overview', null, [404]);
    await call(api.setPhase('m1', 'direction'), 'PUT', '/api/matches/m1/phase', {
      phase: 'direction',
    });
    const goal = { title: 'Lead a team', milestones: [{ title: 'Shadow a lead' }] };
    await call(api.addGoal('m1', goal), 'POST', '/api/matches/m1/goals', goal, [400, 403]);
    await call(
      api.updateGoal('g1', { status: 'achieved' }),
      'PATCH',
      '/api/goals/g1',
      {
        status: 'achieved',
      },
      [400, 403],
    );
    await call(api.deleteGoal('g1'), 'DELETE', '/api/goals/g1', null, [403]);
    await call(
      api.progress('g1', { progress: 40 }),
      'POST',
      '/api/goals/g1/progress',
      {
        progress: 40,
      },
      [400],
    );
    await call(
      api.addMilestone('g1', { title: 'Read' }),
      'POST',
      '/api/goals/g1/milestones',
      {
        title: 'Read',
      },
      [400, 403],
    );
    await call(api.setMilestoneDone('ms1', true), 'PUT', '/api/milestones/ms1/done', {
      done: true,
    });
  });

  it('raises concerns to HR and answers pulse check-ins', async () => {
    const flag = { topic: 'time' as const, urgency: 'low' as const, message: 'We cannot meet' };
    await call(api.raiseFlag('m1', flag), 'POST', '/api/matches/m1/flags', flag, [400]);
    await call(api.myFlags('m1'), 'GET', '/api/matches/m1/flags', null);
    await call(api.myMatches(), 'GET', '/api/me/matches', null);
    await call(api.openPulses(), 'GET', '/api/me/pulses', null);
    await call(api.answerPulse('p1', { satisfaction: 4 }), 'POST', '/api/pulses/p1', {
      satisfaction: 4,
    });
  });
});
