import { UserEntity } from '@mentorbridge/api-identity';
import type { CohortState } from '@mentorbridge/shared-contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from './cohort.entity';

/** Every state change of a cohort: who, when, from, to, and why when a gate was overridden. */
@Entity({ name: 'cohort_transition' })
@Index('ix_cohort_transition_actor_id', ['actorId'])
@Index('ix_cohort_transition_cohort', ['cohortId', 'at'])
export class CohortTransitionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_transition_cohort' })
  cohort?: CohortEntity;

  @Column({ name: 'from_state', type: 'varchar', length: 20 })
  fromState!: CohortState;

  @Column({ name: 'to_state', type: 'varchar', length: 20 })
  toState!: CohortState;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_cohort_transition_actor' })
  actor?: UserEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'gate_overridden', type: 'boolean', default: false })
  gateOverridden!: boolean;
}
