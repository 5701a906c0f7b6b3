import { ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Permission } from '@mentorbridge/shared-contracts';

/**
 * Access policy metadata. Every route must declare exactly one policy (handler overrides class);
 * the identity AccessGuard refuses routes without one (deny by default).
 */
export type AccessPolicy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'permission'; permissions: Permission[]; scope: 'any' | 'organisation' };

export const ACCESS_POLICY = 'mentorbridge:access-policy';

/** Anyone, signed in or not (login, health). */
export const Public = () => SetMetadata(ACCESS_POLICY, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in person; object-level checks happen in the service. */
export const Authenticated = () =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'authenticated' } satisfies AccessPolicy),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in.' }),
  );

const permissionPolicy = (permissions: Permission[], scope: 'any' | 'organisation') =>
  applyDecorators(
    SetMetadata(ACCESS_POLICY, { kind: 'permission', permissions, scope } satisfies AccessPolicy),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in.' }),
    ApiForbiddenResponse({
      description: `Requires ${permissions.join(' or ')}${scope === 'organisation' ? ' organisation-wide' : ''}.`,
    }),
  );

/**
 * Signed-in people holding at least one of these permissions in any scope (organisation-wide or
 * in some program). The service must then check the object's program (`grantsAllow(…, programId)`)
 * and answer 404 when it is not one of theirs.
 */
export const RequirePermission = (...permissions: Permission[]) =>
  permissionPolicy(permissions, 'any');

/** Signed-in people holding one of these permissions organisation-wide (not just in a program). */
export const RequireOrgPermission = (...permissions: Permission[]) =>
  permissionPolicy(permissions, 'organisation');

export function readAccessPolicy(
  reflector: Reflector,
  context: ExecutionContext,
): AccessPolicy | undefined {
  return reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
    context.getHandler(),
    context.getClass(),
  ]);
}
