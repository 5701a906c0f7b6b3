export * from './lib/entities/sessions.entities';
export * from './lib/pair-access';
export * from './lib/pair-keys.service';
export * from './lib/sessions.module';
