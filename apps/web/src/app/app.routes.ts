import { Route } from '@angular/router';
import { PERMISSIONS } from '@mentorbridge/shared-contracts';
import {
  authChildGuard,
  homeRedirectGuard,
  orgPermissionGuard,
  permissionGuard,
  roleGuard,
  signedOutGuard,
} from '@mentorbridge/web-identity-data-access';

/**
 * Who may open what is decided here, in one place; features are lazy chunks.
 * Role homes need their role, admin pages need `users.read` (the audit log an organisation-wide
 * `privacy.manage`), cohort dashboards `reports.read`, everything else a session.
 */
export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadChildren: () => import('@mentorbridge/web-identity-feature').then((m) => m.loginRoutes),
  },
  {
    path: 'activate',
    loadChildren: () => import('@mentorbridge/web-identity-feature').then((m) => m.activateRoutes),
  },
  {
    path: '',
    canActivateChild: [authChildGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Welcome',
        canActivate: [homeRedirectGuard],
        loadComponent: () => import('./pages/no-role.page').then((m) => m.NoRolePage),
      },
      {
        path: 'hr',
        title: 'Needs action',
        canActivate: [roleGuard('admin')],
        loadComponent: () => import('@mentorbridge/web-home-feature').then((m) => m.HrHomePage),
      },
      {
        path: 'executive',
        title: 'Program health',
        canActivate: [roleGuard('executive')],
        loadComponent: () =>
          import('@mentorbridge/web-home-feature').then((m) => m.ExecutiveHomePage),
      },
      {
        path: 'mentor',
        title: 'My mentees',
        canActivate: [roleGuard('mentor')],
        loadComponent: () => import('@mentorbridge/web-home-feature').then((m) => m.MentorHomePage),
      },
      {
        path: 'mentee',
        title: 'My mentoring',
        canActivate: [roleGuard('mentee')],
        loadComponent: () => import('@mentorbridge/web-home-feature').then((m) => m.MenteeHomePage),
      },
      {
        path: 'pairs/:matchId',
        loadChildren: () => import('@mentorbridge/web-sessions-feature').then((m) => m.pairRoutes),
      },
      {
        path: 'profile',
        loadChildren: () =>
          import('@mentorbridge/web-identity-feature').then((m) => m.profileRoutes),
      },
      {
        path: 'programs/:programId/cohorts/:cohortId/recruitment',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-enrollment-feature').then((m) => m.cohortRecruitmentRoutes),
      },
      {
        path: 'programs/:programId/recruitment',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-enrollment-feature').then((m) => m.programRecruitmentRoutes),
      },
      {
        path: 'programs/:programId/cohorts/:cohortId/matching',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-matching-feature').then((m) => m.cohortMatchingRoutes),
      },
      {
        path: 'programs/:programId/cohorts/:cohortId/pairs',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-sessions-feature').then((m) => m.cohortPairsRoutes),
      },
      {
        path: 'programs/:programId/cohorts/:cohortId/closures',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-sessions-feature').then((m) => m.cohortClosuresRoutes),
      },
      {
        path: 'programs/:programId/matching-settings',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-matching-feature').then((m) => m.programMatchingRoutes),
      },
      {
        path: 'reports/cohorts/:cohortId',
        canActivate: [permissionGuard(PERMISSIONS.reportsRead)],
        loadChildren: () =>
          import('@mentorbridge/web-reporting-feature').then((m) => m.cohortDashboardRoutes),
      },
      {
        path: 'apply',
        loadChildren: () =>
          import('@mentorbridge/web-enrollment-feature').then((m) => m.applyRoutes),
      },
      {
        path: 'applications',
        loadChildren: () =>
          import('@mentorbridge/web-enrollment-feature').then((m) => m.myApplicationsRoutes),
      },
      {
        path: 'programs',
        canActivate: [permissionGuard(PERMISSIONS.programsManage)],
        loadChildren: () =>
          import('@mentorbridge/web-programs-feature').then((m) => m.programRoutes),
      },
      {
        path: 'programs/:programId/readiness',
        canActivate: [permissionGuard(PERMISSIONS.readinessManage)],
        loadChildren: () =>
          import('@mentorbridge/web-readiness-feature').then((m) => m.readinessRoutes),
      },
      {
        path: 'questionnaires',
        loadChildren: () =>
          import('@mentorbridge/web-readiness-feature').then((m) => m.questionnaireRoutes),
      },
      {
        path: 'admin/users',
        canActivate: [permissionGuard(PERMISSIONS.usersRead)],
        loadChildren: () =>
          import('@mentorbridge/web-identity-feature').then((m) => m.peopleAdminRoutes),
      },
      {
        path: 'admin/audit',
        canActivate: [orgPermissionGuard(PERMISSIONS.privacyManage)],
        loadChildren: () =>
          import('@mentorbridge/web-identity-feature').then((m) => m.auditLogRoutes),
      },
    ],
  },
  {
    path: '**',
    title: 'Page not found',
    loadComponent: () => import('./pages/not-found.page').then((m) => m.NotFoundPage),
  },
];
