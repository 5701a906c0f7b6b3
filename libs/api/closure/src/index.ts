export * from './lib/entities';
export * from './lib/certificate';
export * from './lib/closure.module';
export * from './lib/closure-jobs.service';
export { rematchDefaults } from './lib/closure.service';
