export * from './lib/random';
export * from './lib/readiness-scoring';
export * from './lib/form-answers';
export * from './lib/goal-screening';
