import { UserEntity } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import type { PairSide } from '@mentorbridge/shared-contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';

/**
 * One pulse check-in sent to one side of a pair (around day 30, then every 60 days). The answer
 * counts toward program health; HR sees it, the partner never does. The comment is sealed.
 */
@Entity({ name: 'pulse_response' })
@Index('uq_pulse_response_due', ['matchId', 'respondentId', 'dueOn'], { unique: true })
@Index('ix_pulse_response_respondent', ['respondentId', 'answeredAt'])
@Check('chk_pulse_response_satisfaction', `"satisfaction" BETWEEN 1 AND 5`)
export class PulseResponseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_pulse_response_match' })
  match?: MatchEntity;

  @Column({ name: 'respondent_id', type: 'uuid' })
  respondentId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'fk_pulse_response_respondent' })
  respondent?: UserEntity;

  @Column({ type: 'varchar', length: 6 })
  side!: PairSide;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ type: 'smallint', nullable: true })
  satisfaction!: number | null;

  @Column({ name: 'comment_sealed', type: 'bytea', nullable: true })
  commentSealed!: Buffer | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
