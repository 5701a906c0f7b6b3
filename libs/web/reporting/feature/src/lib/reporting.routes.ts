import { Routes } from '@angular/router';

/** Mounted at /reports/cohorts/:cohortId (people with `reports.read`: executives, HR leads). */
export const cohortDashboardRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Cohort dashboard',
    loadComponent: () =>
      import('./cohort-dashboard/cohort-dashboard.page').then((m) => m.CohortDashboardPage),
  },
];
