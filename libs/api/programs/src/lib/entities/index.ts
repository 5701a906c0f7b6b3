import { CohortTransitionEntity } from './cohort-transition.entity';
import { CohortEntity } from './cohort.entity';
import { ProgramEntity } from './program.entity';

export { CohortEntity, CohortTransitionEntity, ProgramEntity };

export const PROGRAMS_ENTITIES = [ProgramEntity, CohortEntity, CohortTransitionEntity];
