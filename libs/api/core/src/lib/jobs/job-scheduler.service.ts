import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import { affectedRows } from '../database/affected-rows';
import type { AppConfig } from '../config/app-config';

export interface JobDefinition {
  /** Stable unique name, e.g. `identity.purge-expired-sessions`. */
  name: string;
  intervalSeconds: number;
  run(): Promise<void>;
}

/**
 * The one mechanism for scheduled background work. Safe with several replicas: each tick, a
 * process claims due jobs with `UPDATE ... WHERE next_run_at <= now() AND not locked RETURNING`,
 * which Postgres grants to exactly one claimant. A crashed run's lock expires after the interval.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobScheduler.name);
  private readonly jobs = new Map<string, JobDefinition>();
  private readonly instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(job: JobDefinition): void {
    if (this.jobs.has(job.name)) throw new Error(`Job ${job.name} is registered twice`);
    this.jobs.set(job.name, job);
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const job of this.jobs.values()) {
      await this.dataSource.query(
        `INSERT INTO scheduled_job (name, interval_seconds, next_run_at)
         VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET interval_seconds = EXCLUDED.interval_seconds`,
        [job.name, job.intervalSeconds],
      );
    }
    if (this.config.jobs.enabled) {
      this.timer = setInterval(() => {
        this.ticking ??= this.runDueJobs()
          .then(() => undefined)
          .catch((e: unknown) => this.logger.warn(`Job tick failed: ${(e as Error).message}`))
          .finally(() => (this.ticking = null));
      }, this.config.jobs.tickSeconds * 1000);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.ticking;
  }

  /** Runs every job that is due and not claimed elsewhere; returns the names it ran. */
  async runDueJobs(): Promise<string[]> {
    const ran: string[] = [];
    for (const job of this.jobs.values()) {
      const claimed: unknown[] = await this.dataSource.query(
        `UPDATE scheduled_job
            SET locked_until = now() + make_interval(secs => interval_seconds),
                locked_by = $2, last_started_at = now()
          WHERE name = $1 AND next_run_at <= now()
            AND (locked_until IS NULL OR locked_until < now())
        RETURNING name`,
        [job.name, this.instanceId],
      );
      if (affectedRows(claimed) === 0) continue;
      let error: string | null = null;
      try {
        await job.run();
        ran.push(job.name);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        this.logger.error(`Job ${job.name} failed: ${error}`);
      }
      await this.dataSource.query(
        `UPDATE scheduled_job
            SET next_run_at = now() + make_interval(secs => interval_seconds),
                locked_until = NULL, locked_by = NULL, last_finished_at = now(), last_error = $2
          WHERE name = $1 AND locked_by = $3`,
        [job.name, error, this.instanceId],
      );
    }
    return ran;
  }
}
