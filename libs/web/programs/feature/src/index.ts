export * from './lib/programs.routes';
