export * from './lib/closure.api';
export * from './lib/closure-status';
export * from './lib/sessions.api';
export * from './lib/support.api';
