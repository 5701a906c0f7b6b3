export * from './lib/web-identity-data-access/web-identity-data-access';
