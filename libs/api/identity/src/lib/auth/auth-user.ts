import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import {
  CurrentUser,
  HOME_ROUTE_BY_ROLE,
  landingRole,
  Permission,
  permissionsForRoles,
  Role,
  RoleGrant,
} from '@mentorbridge/shared-contracts';
import type { FastifyRequest } from 'fastify';

/** The signed-in person attached to a request by the AccessGuard. */
export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  sessionId: string;
  grants: RoleGrant[];
  roles: Role[];
  permissions: Permission[];
}

export type AuthenticatedRequest = FastifyRequest & { authUser?: AuthUser };

export function buildAuthUser(
  row: { id: string; email: string; displayName: string },
  sessionId: string,
  grants: RoleGrant[],
): AuthUser {
  const roles = [...new Set(grants.map((g) => g.role))].sort();
  return { ...row, sessionId, grants, roles, permissions: permissionsForRoles(roles) };
}

export function toCurrentUser(user: AuthUser): CurrentUser {
  const role = landingRole(user.roles);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    grants: user.grants,
    permissions: user.permissions,
    orgPermissions: permissionsForRoles(
      user.grants.filter((g) => g.programId === null).map((g) => g.role),
    ),
    homeRoute: role ? HOME_ROUTE_BY_ROLE[role] : null,
  };
}

/** Injects the signed-in person into a handler (routes with an authenticated policy only). */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.authUser) {
    throw new Error('@Actor() used on a route without an authenticated access policy');
  }
  return request.authUser;
});
