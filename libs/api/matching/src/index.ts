export * from './lib/entities/matching.entities';
export * from './lib/matching.module';
export * from './lib/runs/match-runs.service';
export * from './lib/matches/matches.service';
export * from './lib/runs/run-computation';
export * from './lib/scoring/pair-scoring';
export * from './lib/settings/matching-settings.service';
export * from './lib/runs/match-run-executor';
