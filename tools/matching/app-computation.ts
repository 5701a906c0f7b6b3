/**
 * The match-run computation on its own, as the API's worker thread runs it. Imported by path:
 * the package entry (`@mentorbridge/api-matching`) would pull the whole Nest module, entities
 * and identity library into this tool's typecheck and bundle.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries
export { computeRun, scoringContext } from '../../libs/api/matching/src/lib/runs/run-computation';
// eslint-disable-next-line @nx/enforce-module-boundaries
export type * from '../../libs/api/matching/src/lib/runs/run-computation';
// eslint-disable-next-line @nx/enforce-module-boundaries
export { FastScorer } from '../../libs/api/matching/src/lib/scoring/fast-scoring';
