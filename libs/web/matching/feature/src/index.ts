export * from './lib/matching.routes';
export * from './lib/my-matches/my-matches.component';
