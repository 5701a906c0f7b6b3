import { Routes } from '@angular/router';
import { unsavedAnswersGuard } from './apply/unsaved-answers.guard';
import { unsavedChangesGuard } from './recruitment/shared/unsaved-changes.guard';

/** Mounted at /apply (anyone signed in): open calls and the application form. */
export const applyRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Join a mentoring program',
    loadComponent: () => import('./apply/open-calls.page').then((m) => m.OpenCallsPage),
  },
  {
    path: ':cohortId',
    title: 'Apply',
    canDeactivate: [unsavedAnswersGuard],
    loadComponent: () => import('./apply/apply.page').then((m) => m.ApplyPage),
  },
];

/** Mounted at /applications (anyone signed in): my applications. */
export const myApplicationsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'My applications',
    loadComponent: () =>
      import('./applications/my-applications.page').then((m) => m.MyApplicationsPage),
  },
  {
    path: ':applicationId',
    title: 'My application',
    loadComponent: () => import('./applications/application.page').then((m) => m.ApplicationPage),
  },
  {
    path: ':applicationId/edit',
    title: 'Edit my application',
    canDeactivate: [unsavedAnswersGuard],
    loadComponent: () =>
      import('./applications/edit-application.page').then((m) => m.EditApplicationPage),
  },
];

/** Mounted at /programs/:programId/cohorts/:cohortId/recruitment (HR leads of the program). */
export const cohortRecruitmentRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Recruitment',
    loadComponent: () =>
      import('./recruitment/page/cohort-recruitment.page').then((m) => m.CohortRecruitmentPage),
  },
  {
    path: 'applications/:applicationId',
    title: 'Application',
    loadComponent: () =>
      import('./recruitment/application/application-review.page').then(
        (m) => m.ApplicationReviewPage,
      ),
  },
];

/** Mounted at /programs/:programId/recruitment (HR leads): application forms and eligibility. */
export const programRecruitmentRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'forms' },
  {
    path: 'forms',
    title: 'Application forms',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./recruitment/forms/form-editor.page').then((m) => m.FormEditorPage),
  },
  {
    path: 'settings',
    title: 'Eligibility',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () =>
      import('./recruitment/settings/recruitment-settings.page').then(
        (m) => m.RecruitmentSettingsPage,
      ),
  },
];
