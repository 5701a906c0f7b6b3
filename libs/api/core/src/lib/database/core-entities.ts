import { ScheduledJobEntity } from '../jobs/scheduled-job.entity';

export const CORE_ENTITIES = [ScheduledJobEntity];
