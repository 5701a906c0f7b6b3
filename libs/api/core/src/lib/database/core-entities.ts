import { AuditEventEntity } from '../audit/audit-event.entity';
import { ScheduledJobEntity } from '../jobs/scheduled-job.entity';
import { MailMessageEntity } from '../mail/mail-message.entity';

export const CORE_ENTITIES = [ScheduledJobEntity, MailMessageEntity, AuditEventEntity];
