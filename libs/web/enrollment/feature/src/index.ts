export * from './lib/enrollment.routes';
