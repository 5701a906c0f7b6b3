export * from './lib/matching.api';
export * from './lib/matching-status';
