export * from './lib/sessions.api';
export * from './lib/support.api';
