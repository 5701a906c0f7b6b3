import { CORE_ENTITIES } from '@mentorbridge/api-core';
import { IDENTITY_ENTITIES } from '@mentorbridge/api-identity';

/** Every entity of every domain: the migration check compares exactly this list to the schema. */
export const ALL_ENTITIES = [...CORE_ENTITIES, ...IDENTITY_ENTITIES];
