import { inject } from '@angular/core';
import { CanActivateFn, RedirectCommand, Router } from '@angular/router';
import { PERMISSIONS } from '@mentorbridge/shared-contracts';
import { AuthStore } from '@mentorbridge/web-identity-data-access';

/** Creating a program needs an organisation-wide HR lead; others go back to their programs. */
export const createProgramGuard: CanActivateFn = async () => {
  const store = inject(AuthStore);
  const router = inject(Router);
  const user = await store.load();
  return user?.orgPermissions?.includes(PERMISSIONS.programsCreate)
    ? true
    : new RedirectCommand(router.parseUrl('/programs'), { replaceUrl: true });
};
