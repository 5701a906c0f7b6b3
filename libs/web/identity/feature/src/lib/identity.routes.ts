import { Routes } from '@angular/router';
import { PERMISSIONS } from '@mentorbridge/shared-contracts';
import { permissionGuard } from '@mentorbridge/web-identity-data-access';
import { unsavedChangesGuard } from './shared/unsaved-changes.guard';

/*
 * Each page is its own lazy chunk: the sign-in page must not download the people admin.
 * The shell decides who may enter (auth/role guards); these routes only add page-level rules.
 */

export const loginRoutes: Routes = [
  {
    path: '',
    title: 'Sign in',
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
];

export const activateRoutes: Routes = [
  {
    path: '',
    title: 'Activate your account',
    loadComponent: () => import('./activate/activate-page').then((m) => m.ActivatePage),
  },
];

export const profileRoutes: Routes = [
  {
    path: '',
    title: 'Profile',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./profile/profile-page').then((m) => m.ProfilePage),
  },
];

/** Mounted at /admin/users behind the `users.read` permission. */
export const peopleAdminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'People',
    loadComponent: () => import('./people/people-page').then((m) => m.PeoplePage),
  },
  {
    path: 'import',
    title: 'Import people',
    canActivate: [permissionGuard(PERMISSIONS.usersImport)],
    loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
  },
];

/** Mounted at /admin/audit behind an organisation-wide `privacy.manage` grant. */
export const auditLogRoutes: Routes = [
  {
    path: '',
    title: 'Audit log',
    loadComponent: () => import('./audit/audit-log.page').then((m) => m.AuditLogPage),
  },
];
