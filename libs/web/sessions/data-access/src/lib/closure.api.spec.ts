import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom, Observable } from 'rxjs';
import { ClosureApi } from './closure.api';

describe('ClosureApi', () => {
  let backend: HttpTestingController;
  let api: ClosureApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ClosureApi);
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

  it('reads and answers the pairing-fit check', async () => {
    await call(api.fit('m/1'), 'GET', '/api/matches/m%2F1/fit', null);
    const answer = { fit: 2, continue: 'unsure' as const, comment: 'We rarely meet' };
    await call(api.answerFit('m1', answer), 'PUT', '/api/matches/m1/fit', answer, [400, 409]);
  });

  it('reads a closure and ends a match early or as planned', async () => {
    await call(api.closure('m1'), 'GET', '/api/matches/m1/closure', null, [404]);
    const early = { reason: 'fit' as const, rematch: true };
    await call(api.closeEarly('m1', early), 'POST', '/api/matches/m1/close', early, [400, 409]);
    await call(api.complete('m1'), 'POST', '/api/matches/m1/complete', null, [409]);
  });

  it('saves the exit survey and goal attainment, handling refusals on the form', async () => {
    const survey = { satisfaction: 4, recommend: 9, contactPreference: 'stay_in_touch' as const };
    await call(
      api.saveSurvey('m1', survey),
      'PUT',
      '/api/matches/m1/closure/survey',
      survey,
      [400, 409, 410],
    );
    const goals = { goals: [{ goalId: 'g1', attainment: 'partly' as const }] };
    await call(
      api.saveGoals('m1', goals),
      'PUT',
      '/api/matches/m1/closure/goals',
      goals,
      [400, 409, 410],
    );
  });

  it('asks for an extension and lets HR decide it', async () => {
    const ask = { endDate: '2027-09-30', reason: 'One more goal to finish' };
    await call(
      api.requestExtension('m1', ask),
      'POST',
      '/api/matches/m1/extensions',
      ask,
      [400, 409],
    );
    const decision = { approve: true, endDate: '2027-08-31' };
    await call(
      api.decideExtension('m1', 'x/1', decision),
      'POST',
      '/api/matches/m1/extensions/x%2F1/decision',
      decision,
      [400, 409],
    );
  });

  it('links the certificate and chases missing surveys', async () => {
    expect(api.certificateUrl('m 1')).toBe('/api/matches/m%201/certificate');
    await call(api.chase('m1'), 'POST', '/api/matches/m1/closure/chase', null, [409]);
  });

  it('reads a cohort’s closures and its closing preview, then closes it', async () => {
    await call(api.cohortClosures('c1'), 'GET', '/api/cohorts/c1/closures', null);
    await call(api.closingPreview('c1'), 'GET', '/api/cohorts/c1/closing-preview', null);
    await call(
      api.closeCohort('c1', { expectedActive: 3 }),
      'POST',
      '/api/cohorts/c1/close',
      { expectedActive: 3 },
      [400, 409],
    );
  });
});
