import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
  TestRequest,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, ProgramSummary } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { byTestId, descriptionOf, settle, textOf, typeInto } from '../testing/dom';
import {
  LAYLA,
  HANA,
  ORG_HR_LEAD,
  PROGRAM_HR_LEAD,
  programSummary,
  readiness,
} from '../testing/fixtures';
import { CANNOT_CREATE_PROGRAM, ProgramsListPage } from './programs-list.page';

function page(items: ProgramSummary[], total = items.length, pageNo = 1): Page<ProgramSummary> {
  return { items, total, page: pageNo, pageSize: 25 };
}

const PROGRAMS: ProgramSummary[] = [
  programSummary({ owners: [HANA, LAYLA] }),
  programSummary({
    id: 'p2',
    name: 'Reverse Mentoring',
    format: 'reverse',
    currentCohort: { id: 'c2', name: 'Pilot 2027', state: 'draft' },
    readiness: readiness({ band: 'not_ready', overall: 56 }),
  }),
  programSummary({
    id: 'p3',
    name: 'Peer Circles',
    format: 'peer',
    cohortCount: 0,
    currentCohort: null,
    readiness: null,
  }),
];

describe('ProgramsListPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  async function stable(ms = 0): Promise<void> {
    await settle(ms);
    harness.detectChanges();
    await settle();
    harness.detectChanges();
  }

  function expectList(): TestRequest {
    return backend.expectOne((request) => request.url === '/api/programs');
  }

  async function open(url = '/programs'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
    await stable();
  }

  function card(name: string): HTMLElement {
    const found = [...view.querySelectorAll<HTMLElement>('[data-testid="program-card"]')].find(
      (element) => textOf(element.querySelector('h2')) === name,
    );
    if (!found) {
      throw new Error(`No card for ${name}`);
    }
    return found;
  }

  function configure(user = ORG_HR_LEAD): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'programs', component: ProgramsListPage }]),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AuthStore).setUser(user);
  }

  afterEach(() => backend.verify());

  it('shows each program with its owners, current cohort state and readiness band', async () => {
    configure();
    await open();
    expectList().flush(page(PROGRAMS));
    await stable();

    expect(textOf(view.querySelector('h1'))).toBe('Programs');
    const leaders = card('Emerging Leaders');
    expect(textOf(leaders)).toContain('One-on-one');
    expect(textOf(leaders)).toContain('Hana Reyes, Layla Oliveira');
    expect(textOf(leaders.querySelector('mb-cohort-state-chip'))).toBe('Active');
    expect(textOf(leaders.querySelector('mb-readiness-chip'))).toBe('Strong · 86%');

    const reverse = card('Reverse Mentoring');
    expect(textOf(reverse.querySelector('mb-cohort-state-chip'))).toBe('Draft');
    expect(textOf(reverse.querySelector('mb-readiness-chip'))).toBe('Not ready · 56%');
    const readinessLink = [...reverse.querySelectorAll('a')].find(
      (a) => textOf(a) === 'Open readiness',
    );
    expect(readinessLink?.getAttribute('href')).toBe('/programs/p2/readiness');

    const peer = card('Peer Circles');
    expect(textOf(peer)).toContain('No open cohort');
    expect(textOf(peer.querySelector('mb-readiness-chip'))).toBe('Not assessed');
    const assess = [...peer.querySelectorAll('a')].find((a) => textOf(a) === 'Assess readiness');
    expect(assess?.getAttribute('href')).toBe('/programs/p3/readiness/new');
    expect(view.querySelector('mat-paginator')).toBeNull();
  });

  it('searches after typing stops and pages beyond 25 programs', async () => {
    configure();
    await open();
    expectList().flush(page(PROGRAMS, 30));
    await stable();
    expect(view.querySelector('mat-paginator')).not.toBeNull();

    typeInto(byTestId<HTMLInputElement>(view, 'programs-search'), ' lead ');
    await stable(50);
    backend.expectNone((request) => request.url === '/api/programs');
    await stable(350);

    const search = expectList();
    expect(search.request.params.get('search')).toBe('lead');
    expect(search.request.params.get('page')).toBe('1');
    expect(TestBed.inject(Router).url).toBe('/programs?search=lead');
    search.flush(page([]));
    await stable();
    expect(textOf(view)).toContain('No programs match this search');
  });

  it('lets only organisation-wide HR leads create a program, and says so', async () => {
    configure(PROGRAM_HR_LEAD);
    await open();
    expectList().flush(page([]));
    await stable();

    const create = byTestId<HTMLButtonElement>(view, 'new-program');
    expect(create.getAttribute('aria-disabled')).toBe('true');
    expect(descriptionOf(create)).toBe(CANNOT_CREATE_PROGRAM);
    create.click();
    await stable();
    expect(TestBed.inject(Router).url).toBe('/programs');
    expect(textOf(view)).toContain('You are not an owner of any program yet.');
  });

  it('invites an HR lead without programs to create the first one', async () => {
    configure();
    await open();
    expectList().flush(page([]));
    await stable();

    expect(textOf(view)).toContain('No programs yet — create the first one');
    expect(byTestId(view, 'new-program').getAttribute('aria-disabled')).toBeNull();
  });
});
