import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuditEventView, Page } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  buttonByText,
  byTestId,
  fieldByLabel,
  flushApiError,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { HR_LEAD, userDetail } from '../testing/people';
import { AuditLogPage } from './audit-log.page';

const PERSON_ID = '0b6f1c9e-2d4a-4c1b-9f3e-5a7d8c2b1e40';
const HANA_ID = '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

function auditEvent(overrides: Partial<AuditEventView> = {}): AuditEventView {
  return {
    id: '1',
    at: '2026-11-02T09:30:00.000Z',
    actor: { id: HANA_ID, displayName: 'Hana Reyes' },
    action: 'person.export',
    objectType: 'user',
    objectId: PERSON_ID,
    objectLabel: 'Zoë Quillfeather',
    ...overrides,
  };
}

function page(items: AuditEventView[], total = items.length): Page<AuditEventView> {
  return { items, total, page: 1, pageSize: 25 };
}

function paramsOf(request: TestRequest): Record<string, string> {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
}

describe('AuditLogPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  function expectSearch(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/audit');
  }

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, AuditLogPage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
  }

  async function choose(label: string, option: string): Promise<void> {
    fieldByLabel(view, label).querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await stable();
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((element) => textOf(element) === option)
      ?.click();
    await stable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/audit', component: AuditLogPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(() => backend.verify());

  it('asks the API for the filters in the URL, taking the days as whole days of the viewer', async () => {
    await open(
      `/admin/audit?action=person.export&objectType=user&objectId=${PERSON_ID}&from=2026-11-01&to=2026-11-03&page=2&pageSize=50`,
    );

    expect(paramsOf(expectSearch())).toEqual({
      action: 'person.export',
      objectType: 'user',
      objectId: PERSON_ID,
      // "To 3 Nov" includes all of 3 Nov: the API's end is exclusive, so it gets 4 Nov, midnight.
      from: new Date(2026, 10, 1).toISOString(),
      to: new Date(2026, 10, 4).toISOString(),
      page: '2',
      pageSize: '50',
    });
    expect(textOf(fieldByLabel(view, 'Action'))).toContain('Exported personal data');
    expect(textOf(fieldByLabel(view, 'Object type'))).toContain('Person');
    expect(byTestId<HTMLInputElement>(view, 'audit-object-id').value).toBe(PERSON_ID);
    expect(byTestId<HTMLInputElement>(view, 'audit-from').value).toBe('2026-11-01');
    expect(byTestId<HTMLInputElement>(view, 'audit-to').value).toBe('2026-11-03');
  });

  it('filters by an action picked from the list, from page 1, and keeps it in the URL', async () => {
    await open('/admin/audit?page=3');
    expectSearch().flush({ ...page([auditEvent()], 80), page: 3 });
    await stable();

    await choose('Action', 'Erased a person');
    await stable(450);

    expect(paramsOf(expectSearch())).toEqual({
      action: 'person.erase',
      page: '1',
      pageSize: '25',
    });
    expect(TestBed.inject(Router).url).toBe('/admin/audit?action=person.erase');
  });

  it('shows who did what to which record in plain words, and unknown codes as they are', async () => {
    await open('/admin/audit');
    expectSearch().flush(
      page([
        auditEvent({ id: '3', action: 'person.erase' }),
        auditEvent({
          id: '2',
          action: 'match.close_early',
          objectType: 'match',
          objectLabel: 'Marcus Oyelaran & Mia Tanaka',
        }),
        auditEvent({
          id: '1',
          action: 'badge.award',
          objectType: 'badge',
          objectLabel: null,
          actor: null,
        }),
      ]),
    );
    await stable();

    const rows = [...view.querySelectorAll('tr.mat-mdc-row')].map((row) => {
      const [, who, action, object] = [...row.querySelectorAll('td')];
      return [
        textOf(who as Element),
        textOf(action as Element),
        textOf(object?.querySelector('.object-type') as Element),
        object?.querySelector('.object-label')?.textContent?.trim() ?? null,
        textOf(object?.querySelector('.object-id') as Element),
      ];
    });
    expect(rows).toEqual([
      ['Hana Reyes', 'Erased a person', 'Person', 'Zoë Quillfeather', PERSON_ID],
      ['Hana Reyes', 'Closed a pair early', 'Pair', 'Marcus Oyelaran & Mia Tanaka', PERSON_ID],
      ['System', 'badge.award', 'badge', null, PERSON_ID],
    ]);
    expect(textOf(view)).toContain('3 events');
    expect(view.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-02T09:30:00.000Z');
  });

  it('narrows the log to one person from their row', async () => {
    await open('/admin/audit');
    expectSearch().flush(page([auditEvent()]));
    await stable();

    view
      .querySelector<HTMLButtonElement>('button[aria-label="Show only events by Hana Reyes"]')
      ?.click();
    await stable();

    expect(paramsOf(expectSearch())).toEqual({ actorId: HANA_ID, page: '1', pageSize: '25' });
    expect(TestBed.inject(Router).url).toBe(`/admin/audit?actorId=${HANA_ID}`);
    expect((fieldByLabel(view, 'Done by').querySelector('input') as HTMLInputElement).value).toBe(
      'Hana Reyes',
    );
  });

  it('names the person of a shared link that filters by who did it', async () => {
    await open(`/admin/audit?actorId=${HANA_ID}`);
    expect(paramsOf(expectSearch())).toEqual({ actorId: HANA_ID, page: '1', pageSize: '25' });
    backend
      .expectOne(`/api/users/${HANA_ID}`)
      .flush(userDetail({ id: HANA_ID, displayName: 'Hana Reyes', email: 'hr@example.org' }));
    await stable();

    expect((fieldByLabel(view, 'Done by').querySelector('input') as HTMLInputElement).value).toBe(
      'Hana Reyes',
    );
  });

  it('does not search with a partial object id, and says what it needs', async () => {
    await open('/admin/audit');
    expectSearch().flush(page([auditEvent()]));
    await stable();

    typeInto(byTestId<HTMLInputElement>(view, 'audit-object-id'), '0b6f1c9e');
    await stable(450);

    backend.expectNone((request) => request.url === '/api/audit');
    expect(textOf(fieldByLabel(view, 'Object id'))).toContain(
      'Enter a whole id (36 characters, as shown in the Object column).',
    );
  });

  it('explains an empty result and clears the filters in one click', async () => {
    await open('/admin/audit?action=person.erase&from=2026-01-01');
    expectSearch().flush(page([]));
    await stable();

    expect(textOf(view)).toContain('No audit events match these filters');
    buttonByText(view.querySelector('mb-empty-state') as Element, 'Clear filters').click();
    await stable();

    expect(paramsOf(expectSearch())).toEqual({ page: '1', pageSize: '25' });
    expect(TestBed.inject(Router).url).toBe('/admin/audit');
    expect(textOf(fieldByLabel(view, 'Action'))).not.toContain('Erased a person');
  });

  it('says when the log could not be loaded and tries again', async () => {
    await open('/admin/audit');
    flushApiError(expectSearch(), { status: 500, code: 'internal', message: 'boom' });
    await stable();

    expect(textOf(view)).toContain("We couldn't load the audit log");
    expect(textOf(view)).not.toContain('No audit events');
    buttonByText(view.querySelector('mb-load-failed') as Element, 'Try again').click();
    await stable();

    expectSearch().flush(page([auditEvent()]));
    await stable();
    expect(view.querySelectorAll('tr.mat-mdc-row')).toHaveLength(1);
  });
});
