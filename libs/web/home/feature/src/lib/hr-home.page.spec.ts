import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganisationStats } from '@mentorbridge/shared-contracts';
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
      permissions: ['users.read', 'users.manage', 'roles.assign', 'users.import', 'org-stats.read'],
      orgPermissions: [
        'users.read',
        'users.manage',
        'roles.assign',
        'users.import',
        'org-stats.read',
      ],
      homeRoute: 'hr',
    });
  });

  it('answers "what needs me now?" with counts that link to the people to act on', async () => {
    const fixture = TestBed.createComponent(HrHomePage);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController).expectOne('/api/organisation/stats').flush(STATS);
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
    expect(text(root)).toContain('No programs yet');
  });
});
