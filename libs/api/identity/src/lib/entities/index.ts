import { LoginAttemptEntity } from './login-attempt.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { UserSessionEntity } from './user-session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';

export { LoginAttemptEntity, RoleGrantEntity, UserEntity, UserSessionEntity, UserTokenEntity };

export const IDENTITY_ENTITIES = [
  UserEntity,
  RoleGrantEntity,
  UserSessionEntity,
  UserTokenEntity,
  LoginAttemptEntity,
];
