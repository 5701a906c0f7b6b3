import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { QuestionnaireSummary } from '@mentorbridge/shared-contracts';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { OpenQuestionnairesStore } from './open-questionnaires.store';
import { ReadinessApi } from './readiness.api';

function summary(assessmentId: string, submittedAt: string | null): QuestionnaireSummary {
  return {
    assessmentId,
    programName: 'Emerging Leaders',
    title: 'Readiness check 2026',
    answered: 3,
    total: 15,
    submittedAt,
  };
}

describe('ReadinessApi', () => {
  let api: ReadinessApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    api = TestBed.inject(ReadinessApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('saves answers with PUT and shows a 409 itself (the page turns read-only)', async () => {
    const saved = firstValueFrom(
      api.saveAnswers('a/1', { answers: [{ itemId: 'i1', score: null }], submit: true }),
    );
    const request = backend.expectOne('/api/readiness/questionnaires/a%2F1');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      answers: [{ itemId: 'i1', score: null }],
      submit: true,
    });
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([409]);
    request.flush({ assessmentId: 'a/1' });
    await saved;
  });

  it('creates an assessment for the program and keeps its 400 field errors for the form', async () => {
    const created = firstValueFrom(
      api.createAssessment('p1', { title: 'T', scopeLabel: 'S', respondents: [] }),
    );
    const request = backend.expectOne('/api/programs/p1/readiness/assessments');
    expect(request.request.method).toBe('POST');
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400]);
    request.flush({ id: 'a1' });
    await created;
  });

  it('adds, removes and completes on the assessment', async () => {
    const added = firstValueFrom(api.addRespondent('a1', { userId: 'u1', role: 'sponsor' }));
    backend.expectOne('/api/readiness/assessments/a1/respondents').flush({});
    await added;
    const removed = firstValueFrom(api.removeRespondent('a1', 'u1'));
    const removal = backend.expectOne('/api/readiness/assessments/a1/respondents/u1');
    expect(removal.request.method).toBe('DELETE');
    removal.flush({});
    await removed;
    const completed = firstValueFrom(api.complete('a1'));
    const completion = backend.expectOne('/api/readiness/assessments/a1/complete');
    expect(completion.request.method).toBe('POST');
    expect(completion.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([409]);
    completion.flush({});
    await completed;
  });
});

describe('OpenQuestionnairesStore', () => {
  let store: OpenQuestionnairesStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(OpenQuestionnairesStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('counts the open questionnaires not submitted yet', async () => {
    const loading = store.refresh();
    // A second call while loading shares the request.
    const again = store.refresh();
    backend
      .expectOne('/api/readiness/questionnaires')
      .flush([summary('a1', null), summary('a2', '2026-03-01T10:00:00Z'), summary('a3', null)]);
    await Promise.all([loading, again]);

    expect(store.questionnaires()).toHaveLength(3);
    expect(store.toAnswer()).toBe(2);
  });

  it('keeps the last list when the refresh fails, and forgets it on sign-out', async () => {
    store.set([summary('a1', null)]);
    const loading = store.refresh();
    backend
      .expectOne('/api/readiness/questionnaires')
      .flush({ statusCode: 500 }, { status: 500, statusText: 'Error' });
    await loading;
    expect(store.toAnswer()).toBe(1);

    store.clear();
    expect(store.questionnaires()).toEqual([]);
  });
});
