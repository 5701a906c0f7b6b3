import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditService,
  ConflictError,
  NotFoundError,
  ValidationFailedError,
} from '@mentorbridge/api-core';
import type {
  DirectoryFields,
  InvitationResult,
  Role,
  UpdateUserRequest,
  UserDetail,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuthService } from '../auth/auth.service';
import { SessionService } from '../auth/session.service';
import { UserEntity } from '../entities';
import { UserDirectoryService } from './user-directory.service';

/** Write side of the people directory: invite, edit, (de)activate, grant roles. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Creates an invited person with their roles and returns a one-time activation link. */
  async invite(
    input: DirectoryFields & { email: string; roles: Role[] },
    actor: AuthUser,
  ): Promise<InvitationResult> {
    const email = input.email.trim().toLowerCase();
    const userId = await this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(UserEntity).findOne({ where: { email } });
      if (existing) {
        throw new ConflictError(`Someone with the email ${email} is already in the directory.`, [
          { field: 'email', message: 'is already in the directory' },
        ]);
      }
      if (input.managerId) await this.assertValidManager(manager, null, input.managerId);
      const user = await manager.getRepository(UserEntity).save(
        manager.getRepository(UserEntity).create({
          email,
          displayName: input.displayName,
          status: 'invited',
          department: input.department ?? null,
          title: input.title ?? null,
          location: input.location ?? null,
          seniorityLevel: input.seniorityLevel ?? null,
          languages: input.languages ?? [],
          timeZone: input.timeZone ?? null,
          managerId: input.managerId ?? null,
        }),
      );
      await this.replaceOrgRoles(manager, user.id, input.roles, actor.id);
      return user.id;
    });
    return this.invitationFor(userId);
  }

  /** A fresh activation link for someone who has not activated yet (older links stop working). */
  async reissueInvitation(userId: string): Promise<InvitationResult> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user) throw new NotFoundError('person');
    if (user.status !== 'invited') {
      throw new ConflictError(`${user.displayName} has already activated their account.`);
    }
    return this.invitationFor(userId);
  }

  async update(userId: string, input: UpdateUserRequest, actor: AuthUser): Promise<UserDetail> {
    if (input.displayName === null) {
      throw new ValidationFailedError('A name is required.', [
        { field: 'displayName', message: 'is required' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(UserEntity);
      const user = await repo.findOne({ where: { id: userId } });
      if (!user) throw new NotFoundError('person');
      if (input.managerId !== undefined && input.managerId !== null) {
        await this.assertValidManager(manager, user.id, input.managerId);
      }
      const { status, ...fields } = input;
      const changes: Partial<UserEntity> = {};
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      }
      if (status && status !== user.status) {
        if (status === 'deactivated') {
          if (user.id === actor.id) {
            throw new ConflictError('You cannot deactivate your own account.');
          }
          await this.assertNotLastAdmin(manager, user.id, 'deactivate');
          await this.sessions.revokeAllForUser(user.id, { manager });
          changes.status = 'deactivated';
        } else {
          // Reactivation restores sign-in only for people who had set a password.
          const [{ has_password }]: { has_password: boolean }[] = await manager.query(
            `SELECT password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1`,
            [user.id],
          );
          changes.status = has_password ? 'active' : 'invited';
        }
      }
      if (Object.keys(changes).length > 0) {
        await repo.update({ id: user.id }, { ...changes, version: user.version + 1 });
      }
      return this.directory.get(user.id, manager);
    });
  }

  /** Replaces a person's organisation-wide roles (program-scoped roles are managed per program). */
  async assignRoles(userId: string, roles: Role[], actor: AuthUser): Promise<UserDetail> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(UserEntity).findOne({ where: { id: userId } });
      if (!user) throw new NotFoundError('person');
      if (!roles.includes('admin')) {
        if (user.id === actor.id) {
          throw new ConflictError(
            'You cannot remove your own HR lead role; ask another HR lead to do it.',
          );
        }
        await this.assertNotLastAdmin(manager, user.id, 'remove the HR lead role from');
      }
      await this.replaceOrgRoles(manager, user.id, roles, actor.id);
      await this.audit.record(manager, [
        { actorId: actor.id, action: 'user.roles_change', objectType: 'user', objectId: user.id },
      ]);
      return this.directory.get(user.id, manager);
    });
  }

  private async invitationFor(userId: string): Promise<InvitationResult> {
    const link = await this.auth.issueActivation(userId);
    return {
      user: await this.directory.get(userId),
      activationUrl: link.url,
      expiresAt: link.expiresAt.toISOString(),
    };
  }

  private async replaceOrgRoles(
    manager: EntityManager,
    userId: string,
    roles: Role[],
    grantedById: string,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM role_grant WHERE user_id = $1 AND program_id IS NULL AND NOT (role = ANY($2::text[]))`,
      [userId, roles],
    );
    await manager.query(
      `INSERT INTO role_grant (user_id, role, program_id, granted_by_id)
       SELECT $1, role, NULL, $3 FROM unnest($2::text[]) AS role
       ON CONFLICT (user_id, role) WHERE program_id IS NULL DO NOTHING`,
      [userId, roles, grantedById],
    );
  }

  /** The manager must exist and must not sit below the person in the reporting line. */
  private async assertValidManager(
    manager: EntityManager,
    userId: string | null,
    managerId: string,
  ): Promise<void> {
    if (userId === managerId) {
      throw new ValidationFailedError('A person cannot be their own manager.', [
        { field: 'managerId', message: 'cannot be the person themselves' },
      ]);
    }
    const chain: { id: string }[] = await manager.query(
      `WITH RECURSIVE chain(id, manager_id, depth) AS (
         SELECT id, manager_id, 1 FROM app_user WHERE id = $1
         UNION ALL
         SELECT u.id, u.manager_id, c.depth + 1 FROM app_user u JOIN chain c ON u.id = c.manager_id
          WHERE c.depth < 64)
       SELECT id FROM chain`,
      [managerId],
    );
    if (chain.length === 0) {
      throw new ValidationFailedError('The chosen manager is not in the directory.', [
        { field: 'managerId', message: 'is not in the directory' },
      ]);
    }
    if (userId && chain.some((row) => row.id === userId)) {
      throw new ValidationFailedError(
        'That manager reports (directly or indirectly) to this person: the reporting line would loop.',
        [{ field: 'managerId', message: 'would create a loop in the reporting line' }],
      );
    }
  }

  private async assertNotLastAdmin(manager: EntityManager, userId: string, verb: string) {
    const [{ others }]: { others: string }[] = await manager.query(
      `SELECT count(DISTINCT g.user_id) AS others FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE g.role = 'admin' AND g.program_id IS NULL AND u.status = 'active' AND g.user_id <> $1`,
      [userId],
    );
    const [{ is_admin }]: { is_admin: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM role_grant WHERE user_id = $1 AND role = 'admin' AND program_id IS NULL) AS is_admin`,
      [userId],
    );
    if (is_admin && Number(others) === 0) {
      throw new ConflictError(`You cannot ${verb} the last active HR lead.`);
    }
  }
}
