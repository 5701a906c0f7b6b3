import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedDatabaseLockedError, startEmbeddedPostgres } from './embedded-postgres';

describe('startEmbeddedPostgres', () => {
  it('refuses to open a data folder another live process holds, and says which process', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mb-lock-')), 'pglite');
    writeFileSync(`${dir}.lock`, String(process.ppid));

    const start = startEmbeddedPostgres(dir);

    await expect(start).rejects.toBeInstanceOf(EmbeddedDatabaseLockedError);
    await expect(start).rejects.toThrow(
      `already in use by another MentorBridge process (pid ${process.ppid})`,
    );
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.ppid));
  });
});
