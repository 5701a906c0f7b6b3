import { UserEntity } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import type { FitContinueAnswer, PairSide } from '@mentorbridge/shared-contracts';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Index } from 'typeorm';

/**
 * One side's answer to the pairing-fit check after the first session. HR sees it; the partner
 * never does. The comment is sealed with the pair's key.
 */
@Entity({ name: 'pairing_fit_response' })
@Index('ix_pairing_fit_response_respondent_id', ['respondentId'])
@Check('chk_pairing_fit_score', `"fit" BETWEEN 1 AND 5`)
@Check('chk_pairing_fit_continue', `"continue_answer" IN ('yes', 'unsure', 'no')`)
@Check('chk_pairing_fit_side', `"side" IN ('mentor', 'mentee')`)
export class PairingFitResponseEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId!: string;

  @ManyToOne(() => MatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'match_id', foreignKeyConstraintName: 'fk_pairing_fit_match' })
  match?: MatchEntity;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  side!: PairSide;

  @Column({ name: 'respondent_id', type: 'uuid', nullable: true })
  respondentId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'fk_pairing_fit_respondent' })
  respondent?: UserEntity | null;

  @Column({ type: 'smallint' })
  fit!: number;

  @Column({ name: 'continue_answer', type: 'varchar', length: 6 })
  continueAnswer!: FitContinueAnswer;

  @Column({ name: 'comment_sealed', type: 'bytea', nullable: true })
  commentSealed!: Buffer | null;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;
}
