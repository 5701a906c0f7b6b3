import { Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JobScheduler } from '@mentorbridge/api-core';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/login-throttle.service';
import { PasswordHasher } from './auth/password-hasher';
import { SessionService } from './auth/session.service';
import { UserImportService } from './import/user-import.service';
import { ProfileController } from './profile/profile.controller';
import { OrganisationController } from './users/organisation.controller';
import { UserAdminService } from './users/user-admin.service';
import { UserDirectoryService } from './users/user-directory.service';
import { UsersController } from './users/users.controller';

/** People, roles, sign-in and the permission guard that every route passes through. */
@Module({
  controllers: [AuthController, UsersController, ProfileController, OrganisationController],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    AuthService,
    LoginThrottle,
    PasswordHasher,
    SessionService,
    UserAdminService,
    UserDirectoryService,
    UserImportService,
  ],
  exports: [PasswordHasher, SessionService, UserDirectoryService],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobScheduler,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'identity.purge-expired-sessions',
      intervalSeconds: 3600,
      run: () => this.sessions.purgeExpired(),
    });
    this.jobs.register({
      name: 'identity.purge-login-attempts',
      intervalSeconds: 3600,
      run: () => this.throttle.purgeOld(),
    });
  }
}
