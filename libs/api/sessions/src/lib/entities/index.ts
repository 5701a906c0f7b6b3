import { PairingFitResponseEntity } from './fit.entities';
import {
  GoalMilestoneEntity,
  GoalUpdateEntity,
  PairGoalEntity,
  PairPhaseEntity,
} from './goals.entities';
import { PulseResponseEntity } from './pulse.entities';
import { MentoringSessionEntity, PairKeyEntity, PairNoteEntity } from './sessions.entities';
import { CoordinatorCheckInEntity, PairFlagEntity } from './support.entities';

export * from './fit.entities';
export * from './goals.entities';
export * from './pulse.entities';
export * from './sessions.entities';
export * from './support.entities';

export const SESSIONS_ENTITIES = [
  PairKeyEntity,
  MentoringSessionEntity,
  PairNoteEntity,
  PairGoalEntity,
  GoalMilestoneEntity,
  GoalUpdateEntity,
  PairPhaseEntity,
  PairFlagEntity,
  CoordinatorCheckInEntity,
  PulseResponseEntity,
  PairingFitResponseEntity,
];
