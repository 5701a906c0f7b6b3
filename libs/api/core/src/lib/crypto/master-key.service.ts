import { Inject, Injectable, Logger } from '@nestjs/common';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig, parseMasterKey } from '../config/app-config';
import { EnvelopeCipher } from './envelope-cipher';

/**
 * The master key: NOTES_MASTER_KEY, or (outside production) a random key created once in a local
 * file next to the embedded database, so a newcomer's notes are encrypted without any setup and
 * survive restarts. Also used by the demo seed, which seals its sample notes with the same key.
 */
export function resolveMasterKey(
  config: AppConfig,
  warn: (message: string) => void = () => undefined,
): Buffer {
  if (config.encryption.masterKey) return config.encryption.masterKey;
  const file = config.encryption.localKeyFile;
  if (existsSync(file)) {
    const key = parseMasterKey(readFileSync(file, 'utf8').trim());
    if (!key) throw new Error(`${file} does not hold a valid master key (32 bytes, base64)`);
    return key;
  }
  const key = randomBytes(32);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  warn(
    `No NOTES_MASTER_KEY set: created a local master key in ${file}. Set NOTES_MASTER_KEY in production.`,
  );
  return key;
}

/** Provides the envelope cipher with the master key (see resolveMasterKey). */
@Injectable()
export class MasterKeyService {
  private readonly logger = new Logger(MasterKeyService.name);
  readonly cipher: EnvelopeCipher;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cipher = new EnvelopeCipher(resolveMasterKey(config, (m) => this.logger.warn(m)));
  }
}
