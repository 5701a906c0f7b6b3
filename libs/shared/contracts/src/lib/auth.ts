import type { Permission } from './permissions';
import type { Role, RoleGrant } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in person as the web app needs it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  /** Distinct roles held anywhere (for navigation). */
  roles: Role[];
  grants: RoleGrant[];
  /** Permissions from any grant (organisation-wide or in some program). */
  permissions: Permission[];
  /** Permissions from organisation-wide grants only (create programs, manage people). */
  orgPermissions: Permission[];
  /** Route (without slash) of this person's home, or null if they hold no role yet. */
  homeRoute: string | null;
}

export interface ActivationInfo {
  email: string;
  displayName: string;
}

export interface ActivateAccountRequest {
  token: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** Password policy shared by the API and the forms. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** Cookie and header names of the double-submit CSRF protection (Angular's defaults). */
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'mb_session';
