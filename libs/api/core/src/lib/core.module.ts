import { AuditService } from './audit/audit.service';
import { MasterKeyService } from './crypto/master-key.service';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { buildDataSourceOptions, EntityList } from './database/data-source-options';
import { CsrfGuard } from './http/csrf.guard';
import { APP_VERSION, HealthController } from './http/health.controller';
import { JobScheduler } from './jobs/job-scheduler.service';
import { MailService } from './mail/mail.service';

export interface CoreModuleOptions {
  config: AppConfig;
  /** The URL actually used (the embedded database's when DATABASE_URL is not set). */
  databaseUrl: string;
  entities: EntityList;
  version: string;
}

/** Config, database, CSRF, health, jobs and mail: what every domain module stands on. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        AppConfigModule.forRoot(options.config),
        TypeOrmModule.forRoot(
          buildDataSourceOptions(options.databaseUrl, options.entities, {
            poolSize: options.config.database.poolSize,
            logQueries: options.config.logQueries,
          }),
        ),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_VERSION, useValue: options.version },
        { provide: APP_GUARD, useClass: CsrfGuard },
        JobScheduler,
        MailService,
        MasterKeyService,
        AuditService,
      ],
      exports: [JobScheduler, MailService, MasterKeyService, AuditService, APP_VERSION],
    };
  }
}
