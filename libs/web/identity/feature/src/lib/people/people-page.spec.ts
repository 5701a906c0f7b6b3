import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, UserSummary } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import {
  buttonByText,
  byTestId,
  settle,
  textOf,
  typeInto,
} from '@mentorbridge/web-shared-ui/testing';
import { HR_LEAD } from '../testing/people';
import { PeoplePage } from './people-page';

function person(index: number, overrides: Partial<UserSummary> = {}): UserSummary {
  return {
    id: `u${index}`,
    email: `person${index}@example.org`,
    displayName: `Person ${index}`,
    status: 'active',
    department: 'Finance',
    title: 'Analyst',
    location: 'Lisbon',
    seniorityLevel: 2,
    manager: null,
    roles: ['mentee'],
    ...overrides,
  };
}

function page(items: UserSummary[], total: number, pageNo = 1, pageSize = 25): Page<UserSummary> {
  return { items, total, page: pageNo, pageSize };
}

/** The query string of a GET /api/users request, as a plain object. */
function paramsOf(request: TestRequest): Record<string, string> {
  const params = request.request.params;
  return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
}

describe('PeoplePage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  /**
   * Lets timers, HTTP callbacks and change detection run. (Not `whenStable()`: a loading
   * resource keeps the app "unstable" until its request is answered.)
   */
  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
  }

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/users');
  }

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, PeoplePage);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
    backend
      .expectOne('/api/users/facets')
      .flush({ departments: ['Finance', 'Sales'], locations: ['Lisbon'] });
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/users', component: PeoplePage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(HR_LEAD);
  });

  afterEach(() => backend.verify());

  it('asks the API for exactly the filters, sorting and page in the URL', async () => {
    await open(
      '/admin/users?status=invited&role=mentor&department=Sales&page=3&pageSize=50&sort=displayName&direction=desc',
    );

    expect(paramsOf(expectList())).toEqual({
      status: 'invited',
      role: 'mentor',
      department: 'Sales',
      page: '3',
      pageSize: '50',
      sort: 'displayName',
      direction: 'desc',
    });
  });

  it('searches after typing stops, starting again from page 1', async () => {
    await open('/admin/users?page=2');
    expectList().flush(page([person(1)], 30, 2));
    await stable();

    typeInto(byTestId<HTMLInputElement>(view, 'people-search'), '  ana ');
    await stable(50);
    backend.expectNone((request) => request.url === '/api/users');
    await stable(350);

    expect(paramsOf(expectList())).toEqual({ search: 'ana', page: '1', pageSize: '25' });
    expect(TestBed.inject(Router).url).toBe('/admin/users?search=ana');
  });

  it('filters by a status chip, starting again from page 1', async () => {
    await open('/admin/users?page=2');
    expectList().flush(page([person(1), person(2)], 60, 2));
    await stable();

    const invited = [...view.querySelectorAll<HTMLElement>('mat-chip-option')].find(
      (chip) => textOf(chip) === 'Invited',
    );
    invited?.querySelector<HTMLButtonElement>('button')?.click();
    await stable();

    expect(paramsOf(expectList())).toEqual({ status: 'invited', page: '1', pageSize: '25' });
    expect(TestBed.inject(Router).url).toBe('/admin/users?status=invited');
  });

  it('moves to the next page with the paginator', async () => {
    await open('/admin/users');
    expectList().flush(
      page(
        Array.from({ length: 25 }, (_, i) => person(i)),
        60,
      ),
    );
    await stable();

    view.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await stable();

    expect(paramsOf(expectList())).toEqual({ page: '2', pageSize: '25' });
  });

  it('shows every person with a status chip that has text, not only colour', async () => {
    await open('/admin/users');
    expectList().flush(
      page(
        [
          person(1, { displayName: 'Ana Silva', status: 'invited' }),
          person(2, { displayName: 'Bo Chen', status: 'deactivated' }),
        ],
        2,
      ),
    );
    await stable();

    const rows = [...view.querySelectorAll('tr.mat-mdc-row')];
    expect(rows.map((row) => textOf(row.querySelector('.name') as Element))).toEqual([
      'Ana Silva',
      'Bo Chen',
    ]);
    expect(rows.map((row) => textOf(row.querySelector('mb-status-chip') as Element))).toEqual([
      'Invited',
      'Deactivated',
    ]);
  });

  it('explains an empty result and clears the filters in one click', async () => {
    await open('/admin/users?status=deactivated&search=zed');
    expectList().flush(page([], 0));
    await stable();

    expect(textOf(view)).toContain('No people match these filters');
    buttonByText(view.querySelector('mb-empty-state') as Element, 'Clear filters').click();
    await stable();

    expect(paramsOf(expectList())).toEqual({ page: '1', pageSize: '25' });
  });
});
