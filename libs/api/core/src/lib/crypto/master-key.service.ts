import { Inject, Injectable, Logger } from '@nestjs/common';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config/config.module';
import { AppConfig, parseMasterKey } from '../config/app-config';
import { EnvelopeCipher } from './envelope-cipher';

/**
 * Provides the envelope cipher with the master key: NOTES_MASTER_KEY, or (outside production) a
 * random key created once in a local file next to the embedded database, so a newcomer's notes are
 * encrypted without any setup and survive restarts.
 */
@Injectable()
export class MasterKeyService {
  private readonly logger = new Logger(MasterKeyService.name);
  readonly cipher: EnvelopeCipher;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.cipher = new EnvelopeCipher(config.encryption.masterKey ?? this.localKey(config));
  }

  private localKey(config: AppConfig): Buffer {
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
    this.logger.warn(
      `No NOTES_MASTER_KEY set: created a local master key in ${file}. Set NOTES_MASTER_KEY in production.`,
    );
    return key;
  }
}
