import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ReadinessSummary } from '@mentorbridge/shared-contracts';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { CohortsApi } from './cohorts.api';
import { cohortStateChip, readinessChip, readinessGatePasses } from './program-status';
import { ProgramsApi } from './programs.api';

function summary(overrides: Partial<ReadinessSummary> = {}): ReadinessSummary {
  return {
    assessmentId: 'a1',
    title: 'Spring check',
    band: 'ready',
    overall: 74,
    completedAt: '2027-01-10T10:00:00Z',
    status: 'completed',
    ...overrides,
  };
}

describe('programs data access', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the programs with only the search and paging that are set', async () => {
    const result = firstValueFrom(
      TestBed.inject(ProgramsApi).list({ search: 'lead', page: 2, pageSize: undefined }),
    );
    const request = backend.expectOne((r) => r.url === '/api/programs');
    expect(request.request.params.keys()).toEqual(['search', 'page']);
    expect(request.request.params.get('search')).toBe('lead');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
    expect((await result).page).toBe(2);
  });

  it('lets the wizard show validation and name conflicts itself instead of a toast', () => {
    TestBed.inject(ProgramsApi)
      .update('p 1', { version: 3, name: 'Renamed' })
      .subscribe({ error: () => undefined });
    const request = backend.expectOne('/api/programs/p%201');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ version: 3, name: 'Renamed' });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
    request.flush(null);
  });

  it('posts a transition to the cohort and lets the caller show gate refusals', () => {
    TestBed.inject(CohortsApi).transition('c1', { to: 'recruiting' }).subscribe();
    const request = backend.expectOne('/api/cohorts/c1/transitions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ to: 'recruiting' });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
    request.flush(null);
  });
});

describe('status chips', () => {
  it('names the readiness band with the overall score', () => {
    expect(readinessChip(summary())).toEqual({
      label: 'Ready · 74%',
      tone: 'success',
      icon: 'check_circle',
    });
    expect(readinessChip(summary({ band: 'not_ready', overall: 52 })).label).toBe(
      'Not ready · 52%',
    );
    expect(readinessChip(summary({ status: 'open' })).label).toBe('Assessment open');
    expect(readinessChip(null).label).toBe('Not assessed');
  });

  it('gives each cohort state its label and an icon, so it never relies on colour alone', () => {
    expect(cohortStateChip('closed')).toEqual({
      label: 'Closed (archived)',
      tone: 'neutral',
      icon: 'inventory_2',
    });
    expect(cohortStateChip('active').tone).toBe('success');
  });

  it('lets recruitment open only after a completed assessment of Ready or better', () => {
    expect(readinessGatePasses(summary())).toBe(true);
    expect(readinessGatePasses(summary({ band: 'not_ready' }))).toBe(false);
    expect(readinessGatePasses(summary({ status: 'open' }))).toBe(false);
    expect(readinessGatePasses(null)).toBe(false);
  });
});
