export * from './lib/auth/auth-user';
export * from './lib/auth/password-hasher';
export * from './lib/auth/session.service';
export * from './lib/entities';
export * from './lib/identity.module';
export * from './lib/import/user-csv';
export * from './lib/import/plan-user-import';
export * from './lib/users/user-directory.service';
