import { DynamicModule, Module } from '@nestjs/common';
import { ClosureModule } from '@mentorbridge/api-closure';
import { AppConfig, CoreModule } from '@mentorbridge/api-core';
import { EnrollmentModule } from '@mentorbridge/api-enrollment';
import { IdentityModule } from '@mentorbridge/api-identity';
import { MatchingModule } from '@mentorbridge/api-matching';
import { PrivacyModule } from '@mentorbridge/api-privacy';
import { ProgramsModule } from '@mentorbridge/api-programs';
import { ReadinessModule } from '@mentorbridge/api-readiness';
import { ReportingModule } from '@mentorbridge/api-reporting';
import { SessionsModule } from '@mentorbridge/api-sessions';
import { ALL_ENTITIES } from './entities';

export interface AppModuleOptions {
  config: AppConfig;
  databaseUrl: string;
  version: string;
}

/** Every domain module, in cycle order; tests boot exactly this list. */
export const DOMAIN_MODULES = [
  IdentityModule,
  ProgramsModule,
  ReadinessModule,
  EnrollmentModule,
  MatchingModule,
  SessionsModule,
  ClosureModule,
  ReportingModule,
  PrivacyModule,
];

/** Composition root: wiring only, no logic. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({
          config: options.config,
          databaseUrl: options.databaseUrl,
          entities: ALL_ENTITIES,
          version: options.version,
        }),
        ...DOMAIN_MODULES,
      ],
    };
  }
}
