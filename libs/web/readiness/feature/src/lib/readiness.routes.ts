import { Routes } from '@angular/router';
import { unsavedChangesGuard } from './shared/unsaved-changes.guard';

/*
 * Each page is its own lazy chunk. The shell decides who may enter (`readiness.manage` for the
 * program pages, any signed-in person for questionnaires); the API checks each object again.
 */

/** Mounted at /programs/:programId/readiness (HR leads of the program). */
export const readinessRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Readiness',
    loadComponent: () => import('./overview/readiness-page').then((m) => m.ReadinessPage),
  },
  {
    path: 'new',
    title: 'New readiness assessment',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./new-assessment/new-assessment-page').then((m) => m.NewAssessmentPage),
  },
  {
    path: ':assessmentId',
    title: 'Readiness assessment',
    loadComponent: () => import('./assessment/assessment-page').then((m) => m.AssessmentPage),
  },
  {
    path: ':assessmentId/print',
    title: 'Readiness report',
    loadComponent: () =>
      import('./assessment/assessment-print-page').then((m) => m.AssessmentPrintPage),
  },
];

/** Mounted at /questionnaires (any signed-in respondent). */
export const questionnaireRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Questionnaires',
    loadComponent: () =>
      import('./questionnaires/questionnaire-list-page').then((m) => m.QuestionnaireListPage),
  },
  {
    path: ':assessmentId',
    title: 'Questionnaire',
    loadComponent: () =>
      import('./questionnaires/questionnaire-page').then((m) => m.QuestionnairePage),
  },
];
