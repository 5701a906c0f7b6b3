import { CLOSURE_ENTITIES } from '@mentorbridge/api-closure';
import { CORE_ENTITIES } from '@mentorbridge/api-core';
import { ENROLLMENT_ENTITIES } from '@mentorbridge/api-enrollment';
import { IDENTITY_ENTITIES } from '@mentorbridge/api-identity';
import { MATCHING_ENTITIES } from '@mentorbridge/api-matching';
import { PROGRAMS_ENTITIES } from '@mentorbridge/api-programs';
import { READINESS_ENTITIES } from '@mentorbridge/api-readiness';
import { REPORTING_ENTITIES } from '@mentorbridge/api-reporting';
import { SESSIONS_ENTITIES } from '@mentorbridge/api-sessions';

/** Every entity of every domain: the migration check compares exactly this list to the schema. */
export const ALL_ENTITIES = [
  ...CORE_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...PROGRAMS_ENTITIES,
  ...READINESS_ENTITIES,
  ...ENROLLMENT_ENTITIES,
  ...MATCHING_ENTITIES,
  ...SESSIONS_ENTITIES,
  ...CLOSURE_ENTITIES,
  ...REPORTING_ENTITIES,
];
