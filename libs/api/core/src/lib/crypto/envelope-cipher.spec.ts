import { randomBytes } from 'node:crypto';
import { EnvelopeCipher, newDataKey } from './envelope-cipher';
import { loadConfig } from '../config/app-config';

describe('EnvelopeCipher', () => {
  const cipher = new EnvelopeCipher(randomBytes(32));
  const pairKey = newDataKey();
  const wrapped = cipher.wrapKey(pairKey, 'pair:1');

  it('round-trips a text sealed with a pair key, and the stored bytes do not contain it', () => {
    const sealed = cipher.sealText(pairKey, 'Talked about leaving the company 🤫', 'row-1');
    expect(sealed.toString('utf8')).not.toContain('leaving');
    expect(sealed.toString('latin1')).not.toContain('leaving');
    expect(cipher.openText(cipher.unwrapKey(wrapped, 'pair:1'), sealed, 'row-1')).toBe(
      'Talked about leaving the company 🤫',
    );
    // Two seals of one text differ (fresh IV each time).
    expect(
      cipher.sealText(pairKey, 'same', 'row-1').equals(cipher.sealText(pairKey, 'same', 'row-1')),
    ).toBe(false);
  });

  it('refuses a text moved to another row, a key moved to another pair, or a flipped bit', () => {
    const sealed = cipher.sealText(pairKey, 'private', 'row-1');
    expect(() => cipher.openText(pairKey, sealed, 'row-2')).toThrow();
    expect(() => cipher.unwrapKey(wrapped, 'pair:2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.openText(pairKey, tampered, 'row-1')).toThrow();
    expect(() => new EnvelopeCipher(randomBytes(32)).unwrapKey(wrapped, 'pair:1')).toThrow();
  });
});

describe('NOTES_MASTER_KEY', () => {
  it('accepts 32 bytes as base64 or hex, and is required in production', () => {
    const key = randomBytes(32);
    expect(loadConfig({ NOTES_MASTER_KEY: key.toString('base64') }).encryption.masterKey).toEqual(
      key,
    );
    expect(loadConfig({ NOTES_MASTER_KEY: key.toString('hex') }).encryption.masterKey).toEqual(key);
    expect(() => loadConfig({ NOTES_MASTER_KEY: 'too-short' })).toThrow(
      /NOTES_MASTER_KEY must be 32 bytes/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /NOTES_MASTER_KEY is required in production/,
    );
    expect(loadConfig({}).encryption).toMatchObject({ masterKey: null });
  });
});
