import { Routes } from '@angular/router';
import { unsavedChangesGuard } from './shared/unsaved-changes.guard';

/** Mounted at /programs/:programId/cohorts/:cohortId/matching (HR leads of the program). */
export const cohortMatchingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Matching',
    loadComponent: () => import('./cohort/cohort-matching.page').then((m) => m.CohortMatchingPage),
  },
  {
    path: 'runs/:runId',
    title: 'Match run',
    loadComponent: () => import('./run/match-run.page').then((m) => m.MatchRunPage),
  },
];

/** Mounted at /programs/:programId/matching-settings (HR leads of the program). */
export const programMatchingRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Matching settings',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./settings/matching-settings.page').then((m) => m.MatchingSettingsPage),
  },
];
