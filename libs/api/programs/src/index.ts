export * from './lib/entities';
export * from './lib/programs.module';
export * from './lib/programs/program-access.service';
export * from './lib/programs/program-extensions';
