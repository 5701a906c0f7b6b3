import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, RateLimitedError } from '@mentorbridge/api-core';
import { DataSource } from 'typeorm';

/**
 * Limits failed sign-ins per (email, client address) and per client address, counted in Postgres
 * so the limit holds across replicas. Keying on the pair means someone hammering a colleague's
 * email from their own machine cannot lock the colleague out of theirs.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ipAddress: string): Promise<void> {
    const { windowMinutes, perAccountAndAddress, perAddress } = this.config.loginRateLimit;
    const [row]: { for_pair: string; for_address: string; oldest: Date | null }[] =
      await this.dataSource.query(
        `SELECT count(*) FILTER (WHERE email = $1) AS for_pair,
                count(*) AS for_address,
                min(attempted_at) FILTER (WHERE email = $1) AS oldest
           FROM login_attempt
          WHERE ip_address = $2 AND NOT succeeded
            AND attempted_at > now() - make_interval(mins => $3)`,
        [email, ipAddress, windowMinutes],
      );
    const forPair = Number(row?.for_pair ?? 0);
    const forAddress = Number(row?.for_address ?? 0);
    if (forPair >= perAccountAndAddress || forAddress >= perAddress) {
      const oldest = row?.oldest ? new Date(row.oldest).getTime() : Date.now();
      const retryAfter = Math.max(
        1,
        Math.ceil((oldest + windowMinutes * 60_000 - Date.now()) / 1000),
      );
      throw new RateLimitedError(
        `Too many failed sign-in attempts. Please wait ${Math.ceil(retryAfter / 60)} minute(s) and try again.`,
        retryAfter,
      );
    }
  }

  async record(email: string, ipAddress: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_attempt (email, ip_address, succeeded) VALUES ($1, $2, $3)`,
      [email.slice(0, 320), ipAddress.slice(0, 64), succeeded],
    );
  }

  async purgeOld(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM login_attempt WHERE attempted_at < now() - interval '1 day'`,
    );
  }
}
