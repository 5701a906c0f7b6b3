import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, JobScheduler } from '@mentorbridge/api-core';
import { DataSource } from 'typeorm';

/** How often the reporting views are refreshed: figures are at most this old (plus the run). */
export const REFRESH_EVERY_SECONDS = 120;

/**
 * Keeps the reporting views fresh: `mv_match_health` (one row per pair that became active, with
 * its sessions, check-ins, risks and closure) and `mv_cohort_month` (cohort × month activity) are
 * refreshed concurrently (readers are never blocked) every two minutes, and each cohort's
 * snapshot for the current month is rewritten for the trend and "what moved" on the cards.
 */
@Injectable()
export class ReportingRefreshService implements OnModuleInit {
  private readonly logger = new Logger('Reporting');
  private running: Promise<number> | null = null;
  /** Called after each refresh to write the month's snapshots (set by ReportingService). */
  snapshotter: ((now: Date) => Promise<unknown>) | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'reporting.refresh',
      intervalSeconds: REFRESH_EVERY_SECONDS,
      run: async () => {
        await this.refresh();
      },
    });
  }

  /** Refreshes the views and snapshots; concurrent callers share one run. Returns its ms. */
  refresh(now = new Date()): Promise<number> {
    this.running ??= this.run(now).finally(() => (this.running = null));
    return this.running;
  }

  private async run(now: Date): Promise<number> {
    const started = Date.now();
    // CONCURRENTLY needs a populated view; the first refresh after a migration fills it plainly.
    const [{ populated }]: { populated: boolean }[] = await this.dataSource.query(
      `SELECT bool_and(ispopulated) AS populated FROM pg_matviews
        WHERE matviewname IN ('mv_match_health', 'mv_cohort_month')`,
    );
    const mode = populated ? 'CONCURRENTLY ' : '';
    await this.dataSource.query(`REFRESH MATERIALIZED VIEW ${mode}mv_match_health`);
    await this.dataSource.query(`REFRESH MATERIALIZED VIEW ${mode}mv_cohort_month`);
    if (this.snapshotter) await this.snapshotter(now);
    const ms = Date.now() - started;
    await this.dataSource.query(
      `INSERT INTO reporting_refresh (id, refreshed_at, duration_ms) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET refreshed_at = EXCLUDED.refreshed_at, duration_ms = EXCLUDED.duration_ms`,
      [now, ms],
    );
    if (ms > 10_000) this.logger.warn(`Reporting refresh took ${ms} ms`);
    return ms;
  }

  async lastRefreshedAt(): Promise<Date | null> {
    const rows: { refreshed_at: Date }[] = await this.dataSource.query(
      `SELECT refreshed_at FROM reporting_refresh WHERE id = 1`,
    );
    return rows[0]?.refreshed_at ?? null;
  }

  get jobsEnabled(): boolean {
    return this.config.jobs.enabled;
  }
}
