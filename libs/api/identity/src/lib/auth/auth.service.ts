import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  affectedRows,
  APP_CONFIG,
  AppConfig,
  NotFoundError,
  UnauthenticatedError,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type { ActivationInfo } from '@mentorbridge/shared-contracts';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities';
import { AuthUser, buildAuthUser } from './auth-user';
import { LoginThrottle } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { hashToken, newToken } from './tokens';

export interface ClientMeta {
  ipAddress: string;
  userAgent: string | null;
}

const INVALID_CREDENTIALS = 'Email or password is incorrect.';
export const ACTIVATION_VALID_DAYS = 7;

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Checks the password and opens a session; the same message for unknown email and wrong password. */
  async login(
    emailInput: string,
    password: string,
    client: ClientMeta,
  ): Promise<{ token: string; user: AuthUser }> {
    const email = emailInput.trim().toLowerCase();
    await this.throttle.assertAllowed(email, client.ipAddress);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid || user.status !== 'active') {
      await this.throttle.record(email, client.ipAddress, false);
      throw new UnauthenticatedError(INVALID_CREDENTIALS, 'invalid_credentials');
    }
    await this.throttle.record(email, client.ipAddress, true);
    const token = await this.sessions.create(user.id, client);
    await this.dataSource.query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [
      user.id,
    ]);
    const grants = await this.sessions.grantsOf(user.id);
    return { token, user: buildAuthUser(user, '', grants) };
  }

  /** Creates a one-time activation link token for an invited person (previous ones stop working). */
  async issueActivation(userId: string): Promise<{ token: string; url: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + ACTIVATION_VALID_DAYS * 24 * 3600 * 1000);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `DELETE FROM user_token WHERE user_id = $1 AND purpose = 'activation' AND used_at IS NULL`,
        [userId],
      );
      await manager.query(
        `INSERT INTO user_token (user_id, purpose, token_hash, expires_at) VALUES ($1, 'activation', $2, $3)`,
        [userId, hash, expiresAt],
      );
    });
    return { token, url: `${this.config.publicUrl}/activate?token=${token}`, expiresAt };
  }

  async activationInfo(token: string): Promise<ActivationInfo> {
    const row = await this.findActivation(token);
    return { email: row.email, displayName: row.display_name };
  }

  /** Sets the invitee's password, activates the account and signs them in. */
  async activate(
    token: string,
    password: string,
    client: ClientMeta,
  ): Promise<{ token: string; user: AuthUser }> {
    const row = await this.findActivation(token);
    if (
      password.toLowerCase().includes(row.email.split('@')[0]) &&
      row.email.split('@')[0].length >= 4
    ) {
      throw new ValidationFailedError('Choose a password that does not contain your email name.', [
        { field: 'password', message: 'must not contain your email name' },
      ]);
    }
    const passwordHash = await this.hasher.hash(password);
    const sessionToken = await this.dataSource.transaction(async (manager) => {
      const used: unknown[] = await manager.query(
        `UPDATE user_token SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id`,
        [row.token_id],
      );
      if (affectedRows(used) === 0) throw new NotFoundError('activation link');
      await manager.query(
        `UPDATE app_user SET password_hash = $2, status = 'active', last_login_at = now(),
                updated_at = now(), version = version + 1
          WHERE id = $1`,
        [row.user_id, passwordHash],
      );
      return this.sessions.create(row.user_id, client, manager);
    });
    const grants = await this.sessions.grantsOf(row.user_id);
    return {
      token: sessionToken,
      user: buildAuthUser(
        { id: row.user_id, email: row.email, displayName: row.display_name },
        '',
        grants,
      ),
    };
  }

  async changePassword(
    actor: AuthUser,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.id })
      .getOne();
    if (!user || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new ValidationFailedError('Your current password is not correct.', [
        { field: 'currentPassword', message: 'is not correct' },
      ]);
    }
    if (currentPassword === newPassword) {
      throw new ValidationFailedError('The new password must differ from the current one.', [
        { field: 'newPassword', message: 'must differ from the current password' },
      ]);
    }
    const passwordHash = await this.hasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE app_user SET password_hash = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
        [actor.id, passwordHash],
      );
      // Other browsers signed in as this person are signed out; this one stays.
      await this.sessions.revokeAllForUser(actor.id, { exceptSessionId: actor.sessionId, manager });
    });
  }

  private async findActivation(token: string) {
    const rows: {
      token_id: string;
      user_id: string;
      email: string;
      display_name: string;
    }[] = await this.dataSource.query(
      `SELECT t.id AS token_id, u.id AS user_id, u.email, u.display_name
         FROM user_token t JOIN app_user u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = 'activation' AND t.used_at IS NULL
          AND t.expires_at > now() AND u.status = 'invited'`,
      [hashToken(token)],
    );
    if (!rows[0]) throw new NotFoundError('activation link (it may have expired or been used)');
    return rows[0];
  }
}
