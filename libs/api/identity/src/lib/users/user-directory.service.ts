import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError, pageWindow } from '@mentorbridge/api-core';
import {
  DirectoryFacets,
  isRole,
  OrganisationStats,
  Page,
  Role,
  ROLES,
  UserDetail,
  UserListQuery,
  UserSortField,
  UserSummary,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../entities';
import { loadGrants } from '../entities/load-grants';
import { toUserDetail, toUserSummary } from './user-views';

const SORT_COLUMNS: Record<UserSortField, string> = {
  displayName: 'u.displayName',
  email: 'u.email',
  department: 'u.department',
  status: 'u.status',
  createdAt: 'u.createdAt',
};

/** Read side of the people directory (HR views and organisation aggregates). */
@Injectable()
export class UserDirectoryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: UserListQuery): Promise<Page<UserSummary>> {
    const { page, pageSize, skip } = pageWindow(query);
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.manager', 'm');
    if (query.search) {
      qb.andWhere('(u.displayName ILIKE :q OR u.email ILIKE :q)', {
        q: `%${escapeLike(query.search)}%`,
      });
    }
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    if (query.department)
      qb.andWhere('u.department = :department', { department: query.department });
    if (query.role) {
      qb.andWhere('EXISTS (SELECT 1 FROM role_grant g WHERE g.user_id = u.id AND g.role = :role)', {
        role: query.role,
      });
    }
    const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
    qb.orderBy(SORT_COLUMNS[query.sort ?? 'displayName'], direction, 'NULLS LAST')
      .addOrderBy('u.id', 'ASC')
      .skip(skip)
      .take(pageSize);
    const [users, total] = await qb.getManyAndCount();
    const grants = await loadGrants(
      this.dataSource.manager,
      users.map((u) => u.id),
    );
    return {
      items: users.map((u) => toUserSummary(u, grants.get(u.id) ?? [])),
      total,
      page,
      pageSize,
    };
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserDetail> {
    const user = await manager
      .getRepository(UserEntity)
      .findOne({ where: { id }, relations: { manager: true } });
    if (!user) throw new NotFoundError('person');
    const grants = (await loadGrants(manager, [id])).get(id) ?? [];
    const [{ count }]: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM app_user WHERE manager_id = $1`,
      [id],
    );
    return toUserDetail(user, grants, Number(count));
  }

  async facets(): Promise<DirectoryFacets> {
    const distinct = async (column: 'department' | 'location') =>
      (
        (await this.dataSource.query(
          `SELECT DISTINCT ${column} AS value FROM app_user WHERE ${column} IS NOT NULL ORDER BY 1`,
        )) as { value: string }[]
      ).map((r) => r.value);
    return { departments: await distinct('department'), locations: await distinct('location') };
  }

  /** Organisation counts; aggregates only, no individual is identifiable from them. */
  async stats(): Promise<OrganisationStats> {
    const [row]: Record<string, string>[] = await this.dataSource.query(
      `SELECT count(*) AS people,
              count(*) FILTER (WHERE status = 'active') AS active,
              count(*) FILTER (WHERE status = 'invited') AS invited,
              count(*) FILTER (WHERE status = 'deactivated') AS deactivated,
              count(DISTINCT department) AS departments,
              count(*) FILTER (WHERE status = 'active' AND manager_id IS NULL) AS without_manager
         FROM app_user`,
    );
    const roleRows: { role: string; people: string }[] = await this.dataSource.query(
      `SELECT g.role, count(DISTINCT g.user_id) AS people
         FROM role_grant g JOIN app_user u ON u.id = g.user_id
        WHERE u.status <> 'deactivated'
        GROUP BY g.role`,
    );
    const byRole = Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number>;
    for (const r of roleRows) if (isRole(r.role)) byRole[r.role] = Number(r.people);
    return {
      people: Number(row.people),
      active: Number(row.active),
      invited: Number(row.invited),
      deactivated: Number(row.deactivated),
      departments: Number(row.departments),
      byRole,
      withoutManager: Number(row.without_manager),
    };
  }
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
