import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import {
  FitAnswerRequest,
  FitCheckView,
  isPoorFit,
  PairSide,
} from '@mentorbridge/shared-contracts';
import { DataSource, EntityManager } from 'typeorm';
import { PairingFitResponseEntity } from './entities/fit.entities';
import { PairAccess } from './pair-access';
import { PairKeys } from './pair-keys.service';

/** Associated data binding a fit comment to its pair and side. */
const commentId = (matchId: string, side: PairSide) => `fit:${matchId}:${side}`;

/**
 * The pairing-fit check: once the pair's first session has been held, each side says how well the
 * pairing works and whether to carry on. HR sees the answers (and a poor fit as a risk); the
 * partner never does. A poor answer offers a no-fault exit (an early closure with reason "fit").
 */
@Injectable()
export class FitService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PairAccess,
    private readonly keys: PairKeys,
  ) {}

  async view(actor: AuthUser, matchId: string): Promise<FitCheckView> {
    const manager = this.dataSource.manager;
    const context = await this.access.reach(actor, matchId, manager);
    if (context.viewer === 'staff') throw new NotFoundError('match');
    return this.build(manager, matchId, context.viewer, context.match.state === 'active');
  }

  async answer(actor: AuthUser, matchId: string, request: FitAnswerRequest): Promise<FitCheckView> {
    return this.dataSource.transaction(async (manager) => {
      const { viewer } = await this.access.member(actor, matchId, manager);
      if (!(await this.firstSessionHeld(manager, matchId)))
        throw new ConflictError('The pairing-fit check opens after your first session is held.');
      const key = await this.keys.keyFor(manager, matchId);
      const comment = request.comment?.trim() || null;
      await manager.getRepository(PairingFitResponseEntity).upsert(
        {
          matchId,
          side: viewer,
          respondentId: actor.id,
          fit: request.fit,
          continueAnswer: request.continue,
          commentSealed: this.keys.seal(key, comment, commentId(matchId, viewer)),
          answeredAt: new Date(),
        },
        ['matchId', 'side'],
      );
      return this.build(manager, matchId, viewer, true);
    });
  }

  private async build(
    manager: EntityManager,
    matchId: string,
    side: PairSide,
    active: boolean,
  ): Promise<FitCheckView> {
    const open = active && (await this.firstSessionHeld(manager, matchId));
    const row = await manager
      .getRepository(PairingFitResponseEntity)
      .findOne({ where: { matchId, side } });
    let mine: FitCheckView['mine'] = null;
    if (row) {
      const key = await this.keys.keyFor(manager, matchId);
      mine = {
        fit: row.fit,
        continue: row.continueAnswer,
        comment: this.keys.open(key, row.commentSealed, commentId(matchId, side)),
        answeredAt: row.answeredAt.toISOString(),
      };
    }
    return {
      matchId,
      open,
      due: open && mine === null,
      mine,
      poorFit: active && mine !== null && isPoorFit(mine),
    };
  }

  private async firstSessionHeld(manager: EntityManager, matchId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM mentoring_session WHERE match_id = $1 AND status = 'held' LIMIT 1`,
      [matchId],
    );
    return rows.length > 0;
  }
}
