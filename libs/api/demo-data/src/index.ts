export * from './lib/organisation';
export * from './lib/seed-demo';
