export * from './lib/bank/default-items';
export * from './lib/entities/readiness.entities';
export * from './lib/readiness.module';
