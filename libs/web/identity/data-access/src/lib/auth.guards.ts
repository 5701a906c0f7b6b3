import { inject } from '@angular/core';
import {
  CanActivateChildFn,
  CanActivateFn,
  RedirectCommand,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { Permission, Role } from '@mentorbridge/shared-contracts';
import { AuthStore } from './auth.store';

/** Only in-app paths are followed after sign-in (no `//evil.example`, no loops back to /login). */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/activate')) {
    return null;
  }
  return value;
}

export function loginUrlTree(router: Router, returnUrl: string | null): UrlTree {
  const target = safeReturnUrl(returnUrl);
  return router.createUrlTree(['/login'], {
    queryParams: target && target !== '/' ? { returnUrl: target } : {},
  });
}

async function requireSession(state: RouterStateSnapshot): Promise<true | UrlTree> {
  const store = inject(AuthStore);
  const router = inject(Router);
  const user = await store.load();
  return user ? true : loginUrlTree(router, state.url);
}

/** Signed-out people go to /login?returnUrl=<where they wanted to go>. */
export const authGuard: CanActivateFn = (_route, state) => requireSession(state);
export const authChildGuard: CanActivateChildFn = (_route, state) => requireSession(state);

/** A role home needs that role; anyone else is sent to their own home. */
export function roleGuard(role: Role): CanActivateFn {
  return async (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    const user = await store.load();
    if (!user) {
      return loginUrlTree(router, state.url);
    }
    return user.roles.includes(role)
      ? true
      : new RedirectCommand(router.parseUrl(store.homeUrl()), { replaceUrl: true });
  };
}

/** Admin pages need a permission (e.g. `users.read`); without it, back home. */
export function permissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    const user = await store.load();
    if (!user) {
      return loginUrlTree(router, state.url);
    }
    return user.permissions.includes(permission)
      ? true
      : new RedirectCommand(router.parseUrl(store.homeUrl()), { replaceUrl: true });
  };
}

/**
 * Organisation-level admin pages (the audit log) need a permission from an organisation-wide
 * grant: an HR lead of one program goes home instead, as the API would refuse them anyway.
 */
export function orgPermissionGuard(permission: Permission): CanActivateFn {
  return async (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    const user = await store.load();
    if (!user) {
      return loginUrlTree(router, state.url);
    }
    return (user.orgPermissions ?? []).includes(permission)
      ? true
      : new RedirectCommand(router.parseUrl(store.homeUrl()), { replaceUrl: true });
  };
}

/** A signed-in person who opens /login goes home instead. */
export const signedOutGuard: CanActivateFn = async () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  const user = await store.load();
  return user ? router.parseUrl(store.homeUrl()) : true;
};

/** `/` sends people to their role home; people without a role stay on the "no role yet" page. */
export const homeRedirectGuard: CanActivateFn = async (_route, state) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  const user = await store.load();
  if (!user) {
    return loginUrlTree(router, state.url);
  }
  return user.homeRoute ? router.parseUrl(store.homeUrl()) : true;
};
