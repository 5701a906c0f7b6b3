import type { Role } from '@mentorbridge/shared-contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A role held by a person: organisation-wide (program_id null) or inside one program. The same
 * person can be an HR lead of one program, a mentor in another and a mentee in a third.
 */
@Entity({ name: 'role_grant' })
@Index('ix_role_grant_granted_by_id', ['grantedById'])
// Every request reads the signed-in person's grants (the unique indexes are partial).
@Index('ix_role_grant_user', ['userId'])
@Check('chk_role_grant_role', `"role" IN ('admin', 'mentor', 'mentee', 'executive')`)
@Index('uq_role_grant_org', ['userId', 'role'], { unique: true, where: '"program_id" IS NULL' })
@Index('uq_role_grant_program', ['userId', 'role', 'programId'], {
  unique: true,
  where: '"program_id" IS NOT NULL',
})
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, (user) => user.grants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_role_grant_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Index('ix_role_grant_program')
  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId!: string | null;

  /**
   * The program of a program-scoped grant. Named by string so identity does not import the
   * programs domain (the cycle flows one way); the foreign key still lives in the schema.
   */
  @ManyToOne('ProgramEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_role_grant_program' })
  program?: { id: string } | null;

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'fk_role_grant_granted_by' })
  grantedBy?: UserEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
