export * from './lib/reporting.api';
export * from './lib/reporting-format';
