export * from './lib/web-shared-data-access/web-shared-data-access';
