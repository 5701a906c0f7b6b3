import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FlagView, SupportSummary } from '@mentorbridge/shared-contracts';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { SupportApi } from './support.api';

describe('SupportApi', () => {
  let api: SupportApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(SupportApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the summary for the HR home', async () => {
    const summary: SupportSummary = { atRiskPairs: 1, checkInsDue: 2, openFlags: 0, cohorts: [] };
    const answer = firstValueFrom(api.summary());
    const request = backend.expectOne('/api/support/summary');
    expect(request.request.method).toBe('GET');
    request.flush(summary);
    await expect(answer).resolves.toEqual(summary);
  });

  it('reads the pairs of a cohort and the details of one pair', () => {
    api.pairs('c/1').subscribe();
    api.checkIns('m1').subscribe();
    api.flags('m1').subscribe();
    api.pulses('m1').subscribe();
    api.sessions('m1').subscribe();
    for (const url of [
      '/api/cohorts/c%2F1/pairs',
      '/api/matches/m1/check-ins',
      '/api/matches/m1/flags',
      '/api/matches/m1/pulses',
      '/api/matches/m1/sessions',
    ]) {
      const request = backend.expectOne(url);
      expect(request.request.method).toBe('GET');
      request.flush([]);
    }
  });

  it('logs a check-in, handling validation errors on the form', () => {
    const body = { at: '2027-04-01T09:00:00.000Z', channel: 'call' as const, outcome: 'All good' };
    api.logCheckIn('m1', body).subscribe();
    const request = backend.expectOne('/api/matches/m1/check-ins');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual(body);
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400]);
    request.flush(
      { id: 'k1', matchId: 'm1', ...body, by: null },
      { status: 201, statusText: 'Created' },
    );
  });

  it('resolves a flag with a note, handling 400 and 409 on the page', () => {
    api.resolveFlag('f1', { note: 'Talked to both' }).subscribe();
    const request = backend.expectOne('/api/flags/f1/resolve');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ note: 'Talked to both' });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
    request.flush({ id: 'f1', status: 'resolved' } as FlagView);
  });
});
