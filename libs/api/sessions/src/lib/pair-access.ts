import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import { MatchEntity } from '@mentorbridge/api-matching';
import { ProgramAccess } from '@mentorbridge/api-programs';
import type { PairSide } from '@mentorbridge/shared-contracts';
import type { EntityManager } from 'typeorm';

export interface PairContext {
  match: MatchEntity;
  programId: string;
  /** The viewer's side, or `staff` for an HR lead of the program (metadata only). */
  viewer: PairSide | 'staff';
}

/**
 * Who may reach a pair: its mentor and mentee (everything they are entitled to), and HR leads of
 * the program (that sessions happened, never what was said). Anyone else gets 404, exactly like a
 * pair that does not exist.
 */
@Injectable()
export class PairAccess {
  constructor(private readonly programs: ProgramAccess) {}

  async reach(
    actor: AuthUser,
    matchId: string,
    manager: EntityManager,
    options: { staff?: boolean; lock?: boolean } = {},
  ): Promise<PairContext> {
    // The match and its cohort's program in one statement (only the match row is locked).
    const query = manager
      .getRepository(MatchEntity)
      .createQueryBuilder('m')
      .innerJoin('cohort', 'c', 'c.id = m.cohort_id')
      .addSelect('c.program_id', 'program_id')
      .where('m.id = :matchId', { matchId });
    if (options.lock) query.setLock('pessimistic_read', undefined, ['m']);
    const { entities, raw } = await query.getRawAndEntities<{ program_id: string }>();
    const match = entities[0];
    if (!match) throw new NotFoundError('match');
    const programId = raw[0].program_id;
    const viewer: PairContext['viewer'] | null =
      match.mentorUserId === actor.id
        ? 'mentor'
        : match.menteeUserId === actor.id
          ? 'mentee'
          : null;
    if (viewer) return { match, programId, viewer };
    if (options.staff && this.programs.canManage(actor, programId))
      return { match, programId, viewer: 'staff' };
    throw new NotFoundError('match');
  }

  /** The pair only, on a live relationship. */
  async member(
    actor: AuthUser,
    matchId: string,
    manager: EntityManager,
  ): Promise<PairContext & { viewer: PairSide }> {
    const context = await this.reach(actor, matchId, manager, { lock: true });
    if (context.viewer === 'staff') throw new NotFoundError('match');
    if (context.match.state !== 'active')
      throw new ConflictError('Sessions and notes can be added while the match is active.');
    return context as PairContext & { viewer: PairSide };
  }
}
