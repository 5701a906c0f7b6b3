export * from './lib/cohorts.api';
export * from './lib/program-status';
export * from './lib/programs.api';
