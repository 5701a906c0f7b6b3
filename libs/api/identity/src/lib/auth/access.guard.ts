import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, readAccessPolicy, UnauthenticatedError } from '@mentorbridge/api-core';
import { grantsAllow, SESSION_COOKIE } from '@mentorbridge/shared-contracts';
import type { AuthenticatedRequest } from './auth-user';
import { SessionService } from './session.service';

/**
 * The one permission guard. Deny by default: a route that declares no access policy is refused
 * (and logged), so forgetting a decorator can never open a route.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = readAccessPolicy(this.reflector, context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!policy) {
      this.logger.error(
        `Refused ${request.method} ${request.routeOptions?.url ?? request.url}: the route declares no access policy`,
      );
      throw new ForbiddenError('This route is not available.', 'no_access_policy');
    }
    const token = request.cookies?.[SESSION_COOKIE];
    const user = token ? await this.sessions.resolve(token) : null;
    if (user) request.authUser = user;
    if (policy.kind === 'public') return true;
    if (!user) throw new UnauthenticatedError();
    if (policy.kind === 'authenticated') return true;
    const scope = policy.scope === 'organisation' ? null : undefined;
    if (!policy.permissions.some((p) => grantsAllow(user.grants, p, scope))) {
      throw new ForbiddenError();
    }
    return true;
  }
}
