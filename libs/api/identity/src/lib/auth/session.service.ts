import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@mentorbridge/api-core';
import { RoleGrant } from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { loadGrants, toGrants } from '../entities/load-grants';
import { AuthUser, buildAuthUser } from './auth-user';
import { hashToken, newToken } from './tokens';

interface SessionRow {
  session_id: string;
  last_seen_at: Date;
  user_id: string;
  email: string;
  display_name: string;
  grants: { role: string; program_id: string | null }[];
}

/** Server-side sessions in Postgres: revocable, shared by every replica. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxAgeSeconds(): number {
    return this.config.session.maxAgeHours * 3600;
  }

  async create(
    userId: string,
    meta: { ipAddress: string | null; userAgent: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const { token, hash } = newToken();
    await manager.query(
      `INSERT INTO user_session (user_id, token_hash, last_seen_at, expires_at, ip_address, user_agent)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4, $5)`,
      [
        userId,
        hash,
        this.config.session.maxAgeHours,
        meta.ipAddress,
        meta.userAgent?.slice(0, 300) ?? null,
      ],
    );
    return token;
  }

  /** The person behind a session token, or null when it is unknown, expired, idle or deactivated. */
  async resolve(token: string): Promise<AuthUser | null> {
    if (!token || token.length > 200) return null;
    // One statement per request: the session, the person and their role grants together.
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.last_seen_at, u.id AS user_id, u.email, u.display_name,
              COALESCE((SELECT json_agg(json_build_object('role', g.role, 'program_id', g.program_id)
                                        ORDER BY g.role, g.program_id NULLS FIRST)
                          FROM role_grant g WHERE g.user_id = u.id), '[]'::json) AS grants
         FROM user_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
          AND u.status = 'active'`,
      [hashToken(token), this.config.session.idleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    const grants = toGrants(row.grants);
    if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
      await this.dataSource.query(`UPDATE user_session SET last_seen_at = now() WHERE id = $1`, [
        row.session_id,
      ]);
    }
    return buildAuthUser(
      { id: row.user_id, email: row.email, displayName: row.display_name },
      row.session_id,
      grants,
    );
  }

  async grantsOf(userId: string): Promise<RoleGrant[]> {
    return (await loadGrants(this.dataSource.manager, [userId])).get(userId) ?? [];
  }

  async revoke(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [
      hashToken(token),
    ]);
  }

  async revokeAllForUser(
    userId: string,
    options: { exceptSessionId?: string; manager?: EntityManager } = {},
  ): Promise<void> {
    const manager = options.manager ?? this.dataSource.manager;
    await manager.query(
      `DELETE FROM user_session WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, options.exceptSessionId ?? null],
    );
  }

  async purgeExpired(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM user_session
        WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1)`,
      [this.config.session.idleMinutes],
    );
  }
}
