export * from './lib/random';
