export * from './lib/types';
export * from './lib/matching';
export { MatchingInputError } from './lib/parse/errors';
export { parseInstance } from './lib/parse/parse-instance';
export type { MatchingProblem, SparseScores } from './lib/problem';
export { pairScore } from './lib/problem';
export type { Verification } from './lib/verify/verify';
export { SCORE_TOLERANCE } from './lib/verify/verify';
