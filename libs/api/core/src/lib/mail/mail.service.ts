import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { JobScheduler } from '../jobs/job-scheduler.service';
import { MailMessageEntity } from './mail-message.entity';
import { createMailTransport, MailTransport } from './mail-transport';

export interface QueuedMail {
  to: string;
  toUserId?: string | null;
  subject: string;
  text: string;
  kind: string;
  context?: string | null;
}

const MAX_ATTEMPTS = 5;
const BATCH = 25;

/**
 * Queues messages inside the caller's transaction (so a rolled-back action sends nothing) and
 * delivers them from a background job that several replicas can run at once (rows are claimed
 * with FOR UPDATE SKIP LOCKED). Failures retry with a growing delay, five times at most.
 */
@Injectable()
export class MailService implements OnModuleInit {
  private readonly logger = new Logger(MailService.name);
  readonly transport: MailTransport;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobScheduler,
  ) {
    this.transport = createMailTransport(config.mail);
  }

  onModuleInit(): void {
    this.jobs.register({
      name: 'mail.deliver',
      intervalSeconds: 15,
      run: () => this.deliverQueued().then(() => undefined),
    });
  }

  async queue(manager: EntityManager, mails: QueuedMail[]): Promise<void> {
    if (mails.length === 0) return;
    await manager.getRepository(MailMessageEntity).insert(
      mails.map((m) => ({
        toAddress: m.to,
        toUserId: m.toUserId ?? null,
        subject: m.subject.slice(0, 300),
        text: m.text,
        kind: m.kind,
        context: m.context ?? null,
      })),
    );
  }

  /** Delivers what is due; returns how many were sent. */
  async deliverQueued(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const due: MailMessageEntity[] = await manager
          .getRepository(MailMessageEntity)
          .createQueryBuilder('m')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where(`m.status = 'queued' AND m.nextAttemptAt <= now()`)
          .orderBy('m.createdAt')
          .limit(BATCH)
          .getMany();
        for (const mail of due) sent += await this.deliverOne(manager, mail);
        return due.length;
      });
      if (batch < BATCH) return sent;
    }
  }

  private async deliverOne(manager: EntityManager, mail: MailMessageEntity): Promise<number> {
    try {
      await this.transport.send({
        id: mail.id,
        from: this.config.mail.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.text,
      });
      await manager.update(
        MailMessageEntity,
        { id: mail.id },
        { status: 'sent', sentAt: new Date(), attempts: mail.attempts + 1, lastError: null },
      );
      return 1;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Mail ${mail.id} (${mail.kind}) failed, attempt ${attempts}: ${message}`);
      await manager.update(
        MailMessageEntity,
        { id: mail.id },
        {
          attempts,
          lastError: message.slice(0, 1000),
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          nextAttemptAt: new Date(Date.now() + 60_000 * 2 ** attempts),
        },
      );
      return 0;
    }
  }
}
