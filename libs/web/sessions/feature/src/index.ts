export * from './lib/hr/cohort-closures.routes';
export * from './lib/hr/cohort-pairs.routes';
export * from './lib/pair/pair.routes';
