import { Routes } from '@angular/router';

/** Mounted at /programs/:programId/cohorts/:cohortId/pairs (HR leads of the program). */
export const cohortPairsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Pairs',
    loadComponent: () => import('./cohort-pairs.page').then((m) => m.CohortPairsPage),
  },
];
