export * from './lib/readiness.routes';
