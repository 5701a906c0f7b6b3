import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  CurrentUser,
  permissionsForRoles,
  QuestionnaireSummary,
} from '@mentorbridge/shared-contracts';
import { App } from './app';

const MANAGER: CurrentUser = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana Silva',
  roles: ['mentor'],
  grants: [{ role: 'mentor', programId: null }],
  permissions: permissionsForRoles(['mentor']),
  orgPermissions: permissionsForRoles(['mentor']),
  homeRoute: 'mentor',
};

function questionnaire(id: string, submittedAt: string | null): QuestionnaireSummary {
  return {
    assessmentId: id,
    programName: 'Emerging Leaders',
    title: 'Readiness check',
    answered: 0,
    total: 15,
    submittedAt,
  };
}

/** Lets pending promises (the session load) and effects run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('App shell', () => {
  let backend: HttpTestingController;

  async function render(open: QuestionnaireSummary[]): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(App);
    fixture.detectChanges();
    backend.expectOne('/api/auth/me').flush(MANAGER);
    await settle();
    await fixture.whenStable();
    backend.expectOne('/api/readiness/questionnaires').flush(open);
    await settle();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function navLink(root: HTMLElement, label: string): HTMLElement | undefined {
    return [...root.querySelectorAll<HTMLElement>('nav a')].find((link) =>
      link.querySelector('[matListItemTitle]')?.textContent?.includes(label),
    );
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('shows Questionnaires with a count badge after sign-in when questionnaires wait', async () => {
    const root = await render([
      questionnaire('a1', null),
      questionnaire('a2', null),
      questionnaire('a3', '2026-03-01T10:00:00Z'),
    ]);

    const link = navLink(root, 'Questionnaires');
    expect(link?.getAttribute('href')).toBe('/questionnaires');
    expect(link?.querySelector('.badge')?.textContent?.trim()).toBe('2');
    expect(link?.querySelector('.visually-hidden')?.textContent?.trim()).toBe(
      '2 questionnaires to answer',
    );
  });

  it('shows no Questionnaires item when nothing is open', async () => {
    const root = await render([]);

    expect(navLink(root, 'Questionnaires')).toBeUndefined();
    expect(root.querySelector('nav .badge')).toBeNull();
  });
});
