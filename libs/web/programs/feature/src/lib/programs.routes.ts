import { Routes } from '@angular/router';
import { createProgramGuard } from './shared/create-program.guard';
import { unsavedChangesGuard } from './shared/unsaved-changes';

/*
 * Mounted at /programs behind `programs.manage` (HR leads). Each page is its own lazy chunk.
 * Readiness pages (/programs/:programId/readiness/…) belong to the readiness feature.
 */
export const programRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Programs',
    loadComponent: () => import('./list/programs-list.page').then((m) => m.ProgramsListPage),
  },
  {
    path: 'new',
    title: 'New program',
    canActivate: [createProgramGuard],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./wizard/program-wizard.page').then((m) => m.ProgramWizardPage),
  },
  {
    path: ':programId',
    title: 'Program',
    loadComponent: () => import('./program/program.page').then((m) => m.ProgramPage),
  },
  {
    path: ':programId/edit',
    title: 'Edit program',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./wizard/program-wizard.page').then((m) => m.ProgramWizardPage),
  },
  {
    path: ':programId/cohorts/:cohortId',
    title: 'Cohort',
    loadComponent: () => import('./cohort/cohort.page').then((m) => m.CohortPage),
  },
];
