import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganisationStats, Page, ProgramSummary } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';
import { HrHomePage } from './hr-home.page';

const STATS: OrganisationStats = {
  people: 120,
  active: 100,
  invited: 7,
  deactivated: 13,
  departments: 9,
  byRole: { admin: 2, executive: 3, mentor: 30, mentee: 60 },
  withoutManager: 4,
};

function program(overrides: Partial<ProgramSummary>): ProgramSummary {
  return {
    id: 'p1',
    name: 'Emerging Leaders',
    format: 'one_on_one',
    matchingMode: 'admin_bulk',
    owners: [{ id: 'hr-1', displayName: 'Hana Reyes', email: 'hana@example.org' }],
    cohortCount: 1,
    currentCohort: { id: 'c1', name: 'Autumn 2026', state: 'active' },
    readiness: {
      assessmentId: 'a1',
      title: 'Second check',
      band: 'strong',
      overall: 86,
      completedAt: '2026-10-01T10:00:00Z',
      status: 'completed',
    },
    createdAt: '2026-09-01T10:00:00Z',
    ...overrides,
  };
}

function page(items: ProgramSummary[]): Page<ProgramSummary> {
  return { items, total: items.length, page: 1, pageSize: 25 };
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('HrHomePage', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(AuthStore).setUser({
      id: 'hr-1',
      email: 'hana@example.org',
      displayName: 'Hana Reyes',
      roles: ['admin'],
      grants: [{ role: 'admin', programId: null }],
      permissions: [
        'users.read',
        'users.manage',
        'roles.assign',
        'users.import',
        'org-stats.read',
        'programs.create',
        'programs.manage',
      ],
      orgPermissions: [
        'users.read',
        'users.manage',
        'roles.assign',
        'users.import',
        'org-stats.read',
        'programs.create',
        'programs.manage',
      ],
      homeRoute: 'hr',
    });
  });

  it('answers "what needs me now?" with counts that link to the people to act on', async () => {
    const fixture = TestBed.createComponent(HrHomePage);
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/organisation/stats').flush(STATS);
    backend.expectOne((request) => request.url === '/api/programs').flush(page([]));
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    expect(text(root.querySelector('h1'))).toBe('Needs action');
    const cards = [...root.querySelectorAll('mb-stat-card')];
    const invited = cards.find((card) => text(card).startsWith('Invitations not accepted'));
    expect(text(invited?.querySelector('.value') ?? null)).toBe('7');
    expect(invited?.querySelector('a')?.getAttribute('href')).toBe('/admin/users?status=invited');
    const noManager = cards.find((card) =>
      text(card).startsWith('Active people without a manager'),
    );
    expect(text(noManager?.querySelector('.value') ?? null)).toBe('4');
    expect(text(root)).toContain('No programs yet — create the first one');
  });

  it('lists my programs with their cohort state and readiness, and the cohorts held back', async () => {
    const fixture = TestBed.createComponent(HrHomePage);
    fixture.detectChanges();
    const backend = TestBed.inject(HttpTestingController);
    backend.expectOne('/api/organisation/stats').flush(STATS);
    backend
      .expectOne((request) => request.url === '/api/programs')
      .flush(
        page([
          program({}),
          program({
            id: 'p2',
            name: 'Reverse Mentoring',
            currentCohort: { id: 'c2', name: 'Pilot 2027', state: 'draft' },
            readiness: {
              assessmentId: 'a2',
              title: 'First check',
              band: 'not_ready',
              overall: 56,
              completedAt: '2026-11-05T10:00:00Z',
              status: 'completed',
            },
          }),
        ]),
      );
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    const root = fixture.nativeElement as HTMLElement;

    expect(text(root.querySelector('h1'))).toBe('Needs action');
    const rows = [...root.querySelectorAll('[data-testid="home-program"]')];
    expect(rows.map((row) => text(row.querySelector('a')))).toEqual([
      'Emerging Leaders',
      'Reverse Mentoring',
    ]);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/programs/p1');
    expect(text(rows[0] ?? null)).toContain('Active');
    expect(text(rows[0] ?? null)).toContain('Strong · 86%');
    expect(text(rows[1] ?? null)).toContain('Draft');
    expect(text(rows[1] ?? null)).toContain('Not ready · 56%');

    const waiting = [...root.querySelectorAll('mb-stat-card')].find((card) =>
      text(card).startsWith('Draft cohorts waiting for readiness'),
    );
    expect(text(waiting?.querySelector('.value') ?? null)).toBe('1');
    expect(waiting?.querySelector('a')?.getAttribute('href')).toBe('/programs/p2/readiness');
  });
});
