export * from './lib/open-questionnaires.store';
export * from './lib/readiness.api';
