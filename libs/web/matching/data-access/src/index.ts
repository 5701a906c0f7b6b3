export * from './lib/matching.api';
export * from './lib/matching-status';
export * from './lib/matching-format';
export * from './lib/reason-failure';
