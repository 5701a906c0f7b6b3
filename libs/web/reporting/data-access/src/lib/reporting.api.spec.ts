import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NeedsAction } from '@mentorbridge/shared-contracts';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ReportingApi } from './reporting.api';

describe('ReportingApi', () => {
  let api: ReportingApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ReportingApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('reads the organisation overview', () => {
    api.overview().subscribe();
    const request = backend.expectOne('/api/reporting/overview');
    expect(request.request.method).toBe('GET');
    request.flush({});
  });

  it('asks for one cohort over the chosen period and shows its own 404', () => {
    api.cohort('c/1', 'quarter').subscribe({ error: () => undefined });
    const request = backend.expectOne(
      (req) => req.url === '/api/reporting/cohorts/c%2F1' && req.params.get('period') === 'quarter',
    );
    expect(request.request.method).toBe('GET');
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([404]);
    request.flush(
      { statusCode: 404, message: 'Not found' },
      { status: 404, statusText: 'Not Found' },
    );
  });

  it('links the CSV export of the same period', () => {
    expect(api.exportUrl('c1', 'month')).toBe('/api/reporting/cohorts/c1/export.csv?period=month');
  });

  it('reads what needs action today', async () => {
    const answer: NeedsAction = {
      atRiskPairs: 1,
      checkInsDue: 0,
      openFlags: 0,
      applicationsToScreen: 4,
      undocumentedClosures: 0,
      pendingExtensions: 0,
      runsToReview: 1,
      freshness: { asOf: '2027-03-01T10:42:00Z' },
      cohorts: [],
    };
    const result = firstValueFrom(api.needsAction());
    backend.expectOne('/api/reporting/needs-action').flush(answer);
    await expect(result).resolves.toEqual(answer);
  });
});
