export * from './lib/entities/enrollment.entities';
export * from './lib/enrollment.module';
export * from './lib/forms/default-forms';
export * from './lib/mail/recruitment-mails';
export * from './lib/applications/application-views';
