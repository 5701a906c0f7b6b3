import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The sealed form is one buffer: version (1 byte) | IV (12) | tag (16) | ciphertext. */
export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the data, the key or the associated data do not match (tampering, wrong row). */
export function open(key: Buffer, sealed: Buffer, associatedData: string): Buffer {
  if (sealed.length < 1 + IV_BYTES + TAG_BYTES || sealed[0] !== VERSION)
    throw new Error('Not a sealed value of a known version');
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([
    decipher.update(sealed.subarray(1 + IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]);
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/**
 * Envelope encryption: data keys (one per mentoring pair) are stored wrapped by the master key,
 * bound to their owner (`pair:<id>`), and texts are sealed with a data key bound to their row id.
 * A text moved to another row, or a key moved to another pair, fails to open.
 */
export class EnvelopeCipher {
  constructor(private readonly masterKey: Buffer) {
    if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes');
  }

  wrapKey(dataKey: Buffer, owner: string): Buffer {
    return seal(this.masterKey, dataKey, `key:${owner}`);
  }

  unwrapKey(wrapped: Buffer, owner: string): Buffer {
    return open(this.masterKey, wrapped, `key:${owner}`);
  }

  sealText(dataKey: Buffer, text: string, rowId: string): Buffer {
    return seal(dataKey, Buffer.from(text, 'utf8'), `row:${rowId}`);
  }

  openText(dataKey: Buffer, sealed: Buffer, rowId: string): string {
    return open(dataKey, sealed, `row:${rowId}`).toString('utf8');
  }
}
