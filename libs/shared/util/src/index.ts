export * from './lib/random';
export * from './lib/readiness-scoring';
