import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { RecruitmentApi } from './recruitment.api';

describe('RecruitmentApi', () => {
  let backend: HttpTestingController;
  let api: RecruitmentApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(RecruitmentApi);
  });

  afterEach(() => backend.verify());

  it('asks for the screening queue with only the filters that are set, keeping flagged=false', async () => {
    const result = firstValueFrom(
      api.applications('c1', {
        status: 'submitted',
        flagged: false,
        search: '',
        department: undefined,
        page: 2,
        pageSize: 50,
      }),
    );
    const request = backend.expectOne((r) => r.url === '/api/cohorts/c1/applications');
    expect(request.request.params.keys()).toEqual(['status', 'flagged', 'page', 'pageSize']);
    expect(request.request.params.get('flagged')).toBe('false');
    request.flush({ items: [], total: 0, page: 2, pageSize: 50 });
    expect((await result).pageSize).toBe(50);
  });

  it('asks for the screening summary of the cohorts I run', async () => {
    const result = firstValueFrom(api.screeningSummary());
    const request = backend.expectOne('/api/recruitment/screening-summary');
    expect(request.request.method).toBe('GET');
    request.flush([
      {
        cohortId: 'c1',
        cohortName: 'Spring 2027',
        programId: 'p1',
        programName: 'Growth Circles',
        cohortState: 'recruiting',
        toScreen: 40,
        flagged: 3,
        waitlisted: 15,
      },
    ]);
    expect((await result).map((row) => [row.cohortName, row.toScreen, row.flagged])).toEqual([
      ['Spring 2027', 40, 3],
    ]);
  });

  it('imports a CSV as a dry run first, and for real without the dryRun flag', () => {
    api.importInvitations('c1', 'email,role\n', true).subscribe();
    api.importInvitations('c1', 'email,role\n', false).subscribe();
    const [preview, real] = backend.match('/api/cohorts/c1/invitations/import');
    expect(preview?.request.body).toEqual({ csv: 'email,role\n', dryRun: true });
    expect(real?.request.body).toEqual({ csv: 'email,role\n' });
    preview?.flush(null);
    real?.flush(null);
  });

  it('reminds everyone still waiting when no invitation is named', () => {
    api.remind('c1').subscribe();
    api.remind('c1', ['i1']).subscribe();
    const [all, some] = backend.match('/api/cohorts/c1/invitations/remind');
    expect(all?.request.body).toEqual({});
    expect(some?.request.body).toEqual({ invitationIds: ['i1'] });
    all?.flush({ reminded: 3 });
    some?.flush({ reminded: 1 });
  });

  it('lets the screen show refused decisions itself instead of a toast', () => {
    api.decide('a 1', { decision: 'reject', reason: 'Not now', message: 'x' }).subscribe({
      error: () => undefined,
    });
    const request = backend.expectOne('/api/applications/a%201/decision');
    expect(request.request.method).toBe('POST');
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 409]);
    request.flush(null);
  });

  it('saves a form for one role as a new version', () => {
    api
      .saveForm('p1', 'mentee', [{ key: 'goal', type: 'long_text', label: 'Goal', required: true }])
      .subscribe();
    const request = backend.expectOne((r) => r.url === '/api/programs/p1/forms');
    expect(request.request.method).toBe('PUT');
    expect(request.request.params.get('role')).toBe('mentee');
    expect(request.request.body.questions).toHaveLength(1);
    request.flush(null);
  });
});
