import { Routes } from '@angular/router';

/** Mounted at /programs/:programId/cohorts/:cohortId/closures (HR leads of the program). */
export const cohortClosuresRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Closures',
    loadComponent: () => import('./cohort-closures.page').then((m) => m.CohortClosuresPage),
  },
];
