import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HANDLED_ERROR_STATUSES } from '@mentorbridge/web-shared-data-access';
import { firstValueFrom } from 'rxjs';
import { PrivacyApi } from './privacy.api';

describe('PrivacyApi', () => {
  let backend: HttpTestingController;
  let api: PrivacyApi;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    api = TestBed.inject(PrivacyApi);
  });

  afterEach(() => backend.verify());

  it('searches the audit log with only the filters that are set', async () => {
    const answer = firstValueFrom(
      api.auditLog({
        page: 2,
        pageSize: 50,
        action: 'person.export',
        objectType: '',
        actorId: undefined,
        from: '2026-11-01T00:00:00.000Z',
      }),
    );
    const request = backend.expectOne((r) => r.url === '/api/audit');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.toString()).toBe(
      'page=2&pageSize=50&action=person.export&from=2026-11-01T00:00:00.000Z',
    );
    expect(request.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400]);
    request.flush({ items: [], total: 0, page: 2, pageSize: 50 });
    await expect(answer).resolves.toEqual({ items: [], total: 0, page: 2, pageSize: 50 });
  });

  it("downloads a person's export and erases a person with the typed e-mail", async () => {
    const exported = firstValueFrom(api.exportPerson('u/7'));
    const get = backend.expectOne({ method: 'GET', url: '/api/people/u%2F7/export' });
    expect(get.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([403, 404]);
    get.flush({ person: { id: 'u/7' } });
    await expect(exported).resolves.toEqual({ person: { id: 'u/7' } });

    const result = { erasedUserId: 'u7', pairKeysDestroyed: 1, rowsAnonymised: 12 };
    const erased = firstValueFrom(api.erasePerson('u7', { confirmEmail: 'lena@example.org' }));
    const post = backend.expectOne({ method: 'POST', url: '/api/people/u7/erase' });
    expect(post.request.body).toEqual({ confirmEmail: 'lena@example.org' });
    expect(post.request.context.get(HANDLED_ERROR_STATUSES)).toEqual([400, 403, 404, 409]);
    post.flush(result);
    await expect(erased).resolves.toEqual(result);
  });
});
