import type {
  Role,
  RoleGrant,
  SeniorityLevel,
  UserDetail,
  UserSummary,
} from '@mentorbridge/shared-contracts';
import type { UserEntity } from '../entities';

/** Entity → API view. Never exposes the password hash or anything not in the contract. */
export function toUserSummary(user: UserEntity, grants: RoleGrant[]): UserSummary {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    status: user.status,
    department: user.department,
    title: user.title,
    location: user.location,
    seniorityLevel: (user.seniorityLevel ?? null) as SeniorityLevel | null,
    manager: user.manager
      ? { id: user.manager.id, displayName: user.manager.displayName, email: user.manager.email }
      : null,
    roles: distinctRoles(grants),
  };
}

export function toUserDetail(
  user: UserEntity,
  grants: RoleGrant[],
  directReports: number,
): UserDetail {
  return {
    ...toUserSummary(user, grants),
    languages: user.languages ?? [],
    timeZone: user.timeZone,
    grants,
    directReports,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt ? user.lastLoginAt.toISOString() : null,
  };
}

export function distinctRoles(grants: RoleGrant[]): Role[] {
  return [...new Set(grants.map((g) => g.role))].sort();
}
