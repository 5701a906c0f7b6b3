import { Injectable } from '@nestjs/common';
import { EnvelopeCipher, GoneError, MasterKeyService, newDataKey } from '@mentorbridge/api-core';
import type { EntityManager } from 'typeorm';
import { PairKeyEntity } from './entities/sessions.entities';

export class PairKeyDestroyedError extends GoneError {
  constructor() {
    super("This pair's notes were erased and can no longer be read.");
  }
}

/** One data key per pair, created on first use, stored wrapped by the master key. */
@Injectable()
export class PairKeys {
  /**
   * Keys already opened inside a transaction, so one request unwraps a pair's key once. Only
   * transactional managers are remembered (each transaction has its own, dropped with it): the
   * shared manager outside transactions always reads the key afresh, so erasure takes effect at once.
   */
  private readonly opened = new WeakMap<EntityManager, Map<string, Buffer>>();

  constructor(private readonly master: MasterKeyService) {}

  get cipher() {
    return this.master.cipher;
  }

  async keyFor(manager: EntityManager, matchId: string): Promise<Buffer> {
    const remembered = manager.queryRunner?.isTransactionActive
      ? this.opened.get(manager)
      : undefined;
    const known = remembered?.get(matchId);
    if (known) return known;
    const key = await this.load(manager, matchId);
    if (manager.queryRunner?.isTransactionActive) {
      const map = remembered ?? new Map<string, Buffer>();
      map.set(matchId, key);
      this.opened.set(manager, map);
    }
    return key;
  }

  private async load(manager: EntityManager, matchId: string): Promise<Buffer> {
    const repo = manager.getRepository(PairKeyEntity);
    let row = await repo.findOneBy({ matchId });
    if (!row) {
      const wrapped = this.cipher.wrapKey(newDataKey(), `pair:${matchId}`);
      await repo.createQueryBuilder().insert().values({ matchId, wrapped }).orIgnore().execute();
      row = await repo.findOneByOrFail({ matchId });
    }
    if (!row.wrapped) throw new PairKeyDestroyedError();
    return this.cipher.unwrapKey(row.wrapped, `pair:${matchId}`);
  }

  /**
   * For read-only views of someone outside the pair (HR): the pair's key if it exists and was not
   * destroyed, else null. Never creates one.
   */
  async existing(manager: EntityManager, matchId: string): Promise<Buffer | null> {
    const row = await manager.getRepository(PairKeyEntity).findOneBy({ matchId });
    return row?.wrapped ? this.cipher.unwrapKey(row.wrapped, `pair:${matchId}`) : null;
  }

  /** Erasure: the wrapped key is gone, so every sealed text of the pair is unreadable. */
  async destroy(manager: EntityManager, matchId: string): Promise<void> {
    await manager
      .getRepository(PairKeyEntity)
      .update({ matchId }, { wrapped: null, destroyedAt: new Date() });
    this.opened.get(manager)?.delete(matchId);
  }

  seal(key: Buffer, text: string | null | undefined, rowId: string): Buffer | null {
    return text ? this.cipher.sealText(key, text, rowId) : null;
  }

  open(key: Buffer, sealed: Buffer | null, rowId: string): string | null {
    return sealed ? this.cipher.openText(key, sealed, rowId) : null;
  }
}

/**
 * Master-key rotation: every live pair key unwrapped with the current master key and wrapped again
 * with the next one, in the caller's transaction (rows locked; any key that does not open with
 * `current` aborts the whole rotation, so nothing is half rotated). Sealed texts are untouched:
 * they are sealed with the pair keys, which do not change. Returns the number of keys re-wrapped.
 */
export async function rewrapPairKeys(
  manager: EntityManager,
  current: EnvelopeCipher,
  next: EnvelopeCipher,
): Promise<number> {
  const rows: { match_id: string; wrapped: Buffer }[] = await manager.query(
    `SELECT match_id, wrapped FROM pair_key WHERE wrapped IS NOT NULL ORDER BY match_id FOR UPDATE`,
  );
  for (const row of rows) {
    const owner = `pair:${row.match_id}`;
    let dataKey: Buffer;
    try {
      dataKey = current.unwrapKey(row.wrapped, owner);
    } catch {
      throw new Error(
        `The key of pair ${row.match_id} does not open with the current master key: nothing was rotated.`,
      );
    }
    await manager.query(`UPDATE pair_key SET wrapped = $2 WHERE match_id = $1`, [
      row.match_id,
      next.wrapKey(dataKey, owner),
    ]);
  }
  return rows.length;
}
