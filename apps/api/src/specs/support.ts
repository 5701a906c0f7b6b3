import type { LoggerService } from '@nestjs/common';
import { createTestApp, TestApp } from '@mentorbridge/api-testing';
import { DOMAIN_MODULES } from '../app/app.module';
import { ALL_ENTITIES } from '../app/entities';

/** The whole API (every domain module) on the test database. */
export function createApiTestApp(
  env?: Record<string, string>,
  options: { logger?: LoggerService } = {},
): Promise<TestApp> {
  return createTestApp({ imports: DOMAIN_MODULES, entities: ALL_ENTITIES, env, ...options });
}
