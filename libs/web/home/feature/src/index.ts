export * from './lib/web-home-feature/web-home-feature';
