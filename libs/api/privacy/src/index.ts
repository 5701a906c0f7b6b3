export * from './lib/privacy.module';
export * from './lib/person-data.service';
