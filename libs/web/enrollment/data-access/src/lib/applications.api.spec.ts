import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApplicationSummary, OpenCohort } from '@mentorbridge/shared-contracts';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { ApplicationsApi, invitationsToAnswer, OpenCallsStore } from './applications.api';

function cohort(id: string, mine: Partial<OpenCohort['mine'][number]>[] = []): OpenCohort {
  return {
    cohortId: id,
    cohortName: 'Spring 2027',
    programId: 'p1',
    programName: 'Growth Circles',
    format: 'group',
    strategicDriver: 'Grow leaders from within.',
    outcomes: [],
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    cadenceWeeks: 3,
    durationMonths: 9,
    meetingModes: ['video'],
    mine: mine.map((entry) => ({
      role: 'mentee',
      invitationId: null,
      invitationStatus: null,
      applicationId: null,
      applicationStatus: null,
      ...entry,
    })),
  };
}

describe('ApplicationsApi', () => {
  let api: ApplicationsApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ApplicationsApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks for the form of one role and shows a 404 (not recruiting) on the page', async () => {
    const loaded = firstValueFrom(api.applicationForm('c/1', 'mentor'));
    const request = backend.expectOne('/api/cohorts/c%2F1/application-form?role=mentor');
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([404]);
    request.flush({});
    await loaded;
  });

  it('applies with the role and answers, and keeps 400, 403 and 409 for the form', async () => {
    const applied = firstValueFrom(api.apply('c1', { role: 'mentee', answers: { goal: 'x' } }));
    const request = backend.expectOne('/api/cohorts/c1/applications');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ role: 'mentee', answers: { goal: 'x' } });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 403, 409]);
    request.flush({ id: 'a1' });
    await applied;
  });

  it('edits with PUT, withdraws and declines with POST', async () => {
    const updated = firstValueFrom(api.update('a1', { answers: { goal: 'y' } }));
    const put = backend.expectOne('/api/applications/a1');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ answers: { goal: 'y' } });
    put.flush({ id: 'a1' });
    await updated;

    const withdrawn = firstValueFrom(api.withdraw('a1'));
    const withdraw = backend.expectOne('/api/applications/a1/withdraw');
    expect(withdraw.request.method).toBe('POST');
    withdraw.flush({ id: 'a1', status: 'withdrawn' });
    await withdrawn;

    const declined = firstValueFrom(api.declineInvitation('i1'));
    const decline = backend.expectOne('/api/invitations/i1/decline');
    expect(decline.request.method).toBe('POST');
    decline.flush(null, { status: 204, statusText: 'No Content' });
    await expect(declined).resolves.toBeUndefined();
  });

  it('reads each of my applications in full, so lists can show program and cohort names', async () => {
    const list = firstValueFrom(api.mineInFull());
    backend
      .expectOne('/api/applications/mine')
      .flush([{ id: 'a2' }, { id: 'a1' }] as ApplicationSummary[]);
    backend.expectOne('/api/applications/a2').flush({ id: 'a2', programName: 'Growth Circles' });
    backend.expectOne('/api/applications/a1').flush({ id: 'a1', programName: 'Emerging Leaders' });

    expect((await list).map((a) => a.programName)).toEqual(['Growth Circles', 'Emerging Leaders']);
  });

  it('reads nothing more when I have no applications', async () => {
    const list = firstValueFrom(api.mineInFull());
    backend.expectOne('/api/applications/mine').flush([]);
    expect(await list).toEqual([]);
  });
});

describe('invitationsToAnswer', () => {
  it('counts invitations sent or opened, not the ones applied to or declined', () => {
    expect(
      invitationsToAnswer([
        cohort('c1', [
          { role: 'mentee', invitationId: 'i1', invitationStatus: 'sent' },
          { role: 'mentor', invitationId: 'i2', invitationStatus: 'applied' },
        ]),
        cohort('c2', [
          { role: 'mentee', invitationId: 'i3', invitationStatus: 'opened' },
          { role: 'mentor', invitationId: 'i4', invitationStatus: 'declined' },
        ]),
        cohort('c3', [{ role: 'mentee' }]),
      ]),
    ).toBe(2);
  });
});

describe('OpenCallsStore', () => {
  let store: OpenCallsStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(OpenCallsStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('loads the open calls once for concurrent refreshes and counts the waiting invitations', async () => {
    const loading = store.refresh();
    const again = store.refresh();
    backend
      .expectOne('/api/recruiting')
      .flush([cohort('c1', [{ invitationId: 'i1', invitationStatus: 'opened' }])]);
    await Promise.all([loading, again]);

    expect(store.cohorts()).toHaveLength(1);
    expect(store.invitationsToAnswer()).toBe(1);
  });

  it('keeps the last list when a refresh fails, and forgets it on sign-out', async () => {
    store.set([cohort('c1', [{ invitationId: 'i1', invitationStatus: 'sent' }])]);
    const loading = store.refresh();
    backend
      .expectOne('/api/recruiting')
      .flush({ statusCode: 500 }, { status: 500, statusText: 'Error' });
    await loading;
    expect(store.invitationsToAnswer()).toBe(1);

    store.clear();
    expect(store.invitationsToAnswer()).toBe(0);
  });
});
