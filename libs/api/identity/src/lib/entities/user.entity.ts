import { BaseEntity } from '@mentorbridge/api-core';
import type { SeniorityLevel, UserStatus } from '@mentorbridge/shared-contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { RoleGrantEntity } from './role-grant.entity';

/** A person in the organisation, with the HR directory fields matching rules rely on. */
@Entity({ name: 'app_user' })
@Check('chk_app_user_status', `"status" IN ('invited', 'active', 'deactivated')`)
@Check('chk_app_user_seniority', `"seniority_level" BETWEEN 1 AND 6`)
@Check('chk_app_user_not_own_manager', `"manager_id" <> "id"`)
export class UserEntity extends BaseEntity {
  /** Always stored lower-case. */
  @Index('uq_app_user_email', { unique: true })
  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  /** argon2id hash; never selected unless asked for explicitly. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'invited' })
  status!: UserStatus;

  @Index('ix_app_user_department')
  @Column({ type: 'varchar', length: 120, nullable: true })
  department!: string | null;

  @Column({ type: 'varchar', length: 160, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  location!: string | null;

  @Column({ name: 'seniority_level', type: 'smallint', nullable: true })
  seniorityLevel!: SeniorityLevel | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  languages!: string[];

  @Column({ name: 'time_zone', type: 'varchar', length: 64, nullable: true })
  timeZone!: string | null;

  @Index('ix_app_user_manager')
  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_app_user_manager' })
  manager?: UserEntity | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @OneToMany(() => RoleGrantEntity, (grant) => grant.user)
  grants?: RoleGrantEntity[];
}
