export * from './lib/auth.api';
export * from './lib/auth.guards';
export * from './lib/auth.store';
export * from './lib/organisation.api';
export * from './lib/privacy.api';
export * from './lib/profile.api';
export * from './lib/session-expired.interceptor';
export * from './lib/users.api';
