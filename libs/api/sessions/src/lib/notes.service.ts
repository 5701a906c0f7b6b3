import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, NotFoundError } from '@mentorbridge/api-core';
import type { AuthUser } from '@mentorbridge/api-identity';
import type {
  CreateNoteRequest,
  NoteView,
  UpdateNoteRequest,
} from '@mentorbridge/shared-contracts';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { MentoringSessionEntity, PairNoteEntity } from './entities/sessions.entities';
import { PairAccess } from './pair-access';
import { PairKeys } from './pair-keys.service';

/**
 * Notes belong to the pair: private to their author or shared with the partner. Program staff
 * and executives never reach them (404). Every read by someone other than the author is audited
 * (who, when, which note — never the text).
 */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PairAccess,
    private readonly keys: PairKeys,
    private readonly audit: AuditService,
  ) {}

  async list(actor: AuthUser, matchId: string, sessionId?: string): Promise<NoteView[]> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.reach(actor, matchId, manager);
      const query = manager
        .getRepository(PairNoteEntity)
        .createQueryBuilder('n')
        .where('n.match_id = :matchId', { matchId })
        .andWhere(
          new Brackets((q) =>
            q.where('n.author_id = :me', { me: actor.id }).orWhere(`n.visibility = 'shared'`),
          ),
        )
        .orderBy('n.created_at', 'DESC')
        .addOrderBy('n.id');
      if (sessionId) query.andWhere('n.session_id = :sessionId', { sessionId });
      const rows = await query.getMany();
      const key = rows.length ? await this.keys.keyFor(manager, context.match.id) : null;
      await this.audit.record(
        manager,
        rows
          .filter((r) => r.authorId !== actor.id)
          .map((r) => ({
            actorId: actor.id,
            action: 'note.read',
            objectType: 'note',
            objectId: r.id,
          })),
      );
      return rows.map((r) => this.view(r, key as Buffer, actor.id));
    });
  }

  async create(actor: AuthUser, matchId: string, body: CreateNoteRequest): Promise<NoteView> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.access.member(actor, matchId, manager);
      if (body.sessionId) {
        const session = await manager
          .getRepository(MentoringSessionEntity)
          .findOneBy({ id: body.sessionId, matchId });
        if (!session) throw new NotFoundError('session');
      }
      const key = await this.keys.keyFor(manager, matchId);
      const id = randomUUID();
      const row = manager.getRepository(PairNoteEntity).create({
        id,
        matchId,
        sessionId: body.sessionId ?? null,
        authorId: actor.id,
        authorSide: context.viewer,
        visibility: body.visibility,
        bodySealed: this.keys.cipher.sealText(key, body.text.trim(), id),
      });
      await manager.getRepository(PairNoteEntity).insert(row);
      const saved = await manager.getRepository(PairNoteEntity).findOneByOrFail({ id });
      return this.view(saved, key, actor.id);
    });
  }

  async update(actor: AuthUser, noteId: string, body: UpdateNoteRequest): Promise<NoteView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.authored(actor, noteId, manager);
      const key = await this.keys.keyFor(manager, row.matchId);
      if (body.text !== undefined)
        row.bodySealed = this.keys.cipher.sealText(key, body.text.trim(), row.id);
      if (body.visibility !== undefined) row.visibility = body.visibility;
      await manager.getRepository(PairNoteEntity).save(row);
      return this.view(row, key, actor.id);
    });
  }

  async remove(actor: AuthUser, noteId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.authored(actor, noteId, manager);
      await manager.getRepository(PairNoteEntity).delete({ id: row.id });
    });
  }

  /** Only the author may change or delete a note; to anyone else it does not exist. */
  private async authored(
    actor: AuthUser,
    noteId: string,
    manager: EntityManager,
  ): Promise<PairNoteEntity> {
    const row = await manager
      .getRepository(PairNoteEntity)
      .createQueryBuilder('n')
      .where('n.id = :noteId', { noteId })
      .setLock('pessimistic_write')
      .getOne();
    if (!row || row.authorId !== actor.id) throw new NotFoundError('note');
    await this.access.member(actor, row.matchId, manager);
    return row;
  }

  private view(row: PairNoteEntity, key: Buffer, viewerId: string): NoteView {
    return {
      id: row.id,
      matchId: row.matchId,
      sessionId: row.sessionId,
      author: row.authorSide,
      mine: row.authorId === viewerId,
      visibility: row.visibility,
      text: this.keys.cipher.openText(key, row.bodySealed, row.id),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}
