import { MentorRequestEntity, MentorShortlistEntity } from './choice.entities';
import {
  MatchConstraintEntity,
  MatchEntity,
  MatchingSettingsEntity,
  MatchProposalEntity,
  MatchRunEntity,
} from './matching.entities';

export * from './choice.entities';
export * from './matching.entities';

export const MATCHING_ENTITIES = [
  MatchingSettingsEntity,
  MatchRunEntity,
  MatchProposalEntity,
  MatchConstraintEntity,
  MatchEntity,
  MentorShortlistEntity,
  MentorRequestEntity,
];
