export * from './lib/entities';
export * from './lib/reporting.module';
export * from './lib/reporting.service';
export * from './lib/refresh.service';
export * from './lib/suppression';
export * from './lib/metrics';
export * from './lib/snapshots';
