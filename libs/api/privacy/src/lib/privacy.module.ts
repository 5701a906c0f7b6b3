import { Module } from '@nestjs/common';
import { SessionsModule } from '@mentorbridge/api-sessions';
import { AuditLogService } from './audit-log.service';
import { PersonDataService } from './person-data.service';
import { PrivacyController } from './privacy.controller';

/** Trust: the audit log's search, and personal-data export and erasure. */
@Module({
  imports: [SessionsModule],
  controllers: [PrivacyController],
  providers: [AuditLogService, PersonDataService],
})
export class PrivacyModule {}
