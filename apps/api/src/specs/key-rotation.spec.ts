import { EnvelopeCipher, MasterKeyService } from '@mentorbridge/api-core';
import { PairKeys, rewrapPairKeys } from '@mentorbridge/api-sessions';
import { ApiClient, createUser, TestApp } from '@mentorbridge/api-testing';
import { randomBytes } from 'node:crypto';
import { recruitingCohort } from './recruitment-fixtures';
import { createApiTestApp } from './support';

describe('master-key rotation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createApiTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  /** Two live pairs with keys and one whose key was destroyed by an erasure. */
  async function pairs(): Promise<string[]> {
    const hrUser = await createUser(t.dataSource, { roles: ['admin'] });
    const hr = new ApiClient(t.server);
    await hr.signIn(hrUser.email, hrUser.password);
    const { cohort } = await recruitingCohort(hr);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const mentor = await createUser(t.dataSource, { roles: ['mentor'] });
      const mentee = await createUser(t.dataSource, { roles: ['mentee'] });
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO match (cohort_id, mentor_user_id, mentee_user_id, state, mentor_response, mentee_response, activated_at)
         VALUES ($1, $2, $3, 'active', 'accepted', 'accepted', now()) RETURNING id`,
        [cohort.id, mentor.id, mentee.id],
      );
      await t.app.get(PairKeys).keyFor(t.dataSource.manager, id);
      ids.push(id);
    }
    await t.app.get(PairKeys).destroy(t.dataSource.manager, ids[2]);
    return ids;
  }

  const wrapped = async (matchId: string): Promise<Buffer | null> =>
    (await t.dataSource.query(`SELECT wrapped FROM pair_key WHERE match_id = $1`, [matchId]))[0]
      .wrapped;

  it('re-wraps every live pair key so the same data key opens with the new master key only', async () => {
    const [a, b, erased] = await pairs();
    const current = t.app.get(MasterKeyService).cipher;
    const next = new EnvelopeCipher(randomBytes(32));
    const before = new Map<string, Buffer>();
    for (const id of [a, b])
      before.set(id, current.unwrapKey((await wrapped(id)) as Buffer, `pair:${id}`));

    const count = await t.dataSource.transaction((m) => rewrapPairKeys(m, current, next));

    expect(count).toBe(2);
    for (const id of [a, b]) {
      const now = (await wrapped(id)) as Buffer;
      expect(next.unwrapKey(now, `pair:${id}`).equals(before.get(id) as Buffer)).toBe(true);
      expect(() => current.unwrapKey(now, `pair:${id}`)).toThrow();
    }
    // An erased pair's key stays destroyed.
    expect(await wrapped(erased)).toBeNull();
  });

  it('changes nothing when a key does not open with the key it is told is current', async () => {
    const [a, b] = await pairs();
    const before = [await wrapped(a), await wrapped(b)];
    const wrong = new EnvelopeCipher(randomBytes(32));
    await expect(
      t.dataSource.transaction((m) =>
        rewrapPairKeys(m, wrong, new EnvelopeCipher(randomBytes(32))),
      ),
    ).rejects.toThrow('does not open with the current master key: nothing was rotated');
    expect([await wrapped(a), await wrapped(b)]).toEqual(before);
  });
});
