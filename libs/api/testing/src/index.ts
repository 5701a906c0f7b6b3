export * from './lib/api-client';
export * from './lib/factories';
export * from './lib/test-app';
export * from './lib/isolated-database';
