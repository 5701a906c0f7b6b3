export * from './lib/entities';
export * from './lib/pair-access';
export * from './lib/pair-keys.service';
export * from './lib/sessions.module';
export * from './lib/pulse.service';
export * from './lib/reminders.service';
