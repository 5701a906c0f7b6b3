import { Logger } from '@nestjs/common';
import { SafeQueryLogger } from './safe-query-logger';

describe('SafeQueryLogger', () => {
  it('logs a failed query without its parameters, so secrets never reach the logs', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    new SafeQueryLogger().logQueryError(
      new Error('duplicate key'),
      'UPDATE app_user SET password_hash = $2 WHERE id = $1',
      ['id-1', '$argon2id$v=19$secret-hash'],
    );
    expect(error).toHaveBeenCalledTimes(1);
    const line = String(error.mock.calls[0][0]);
    expect(line).toContain('duplicate key');
    expect(line).toContain('UPDATE app_user SET password_hash = $2');
    expect(line).not.toContain('secret-hash');
    error.mockRestore();
  });

  it('logs successful queries only when asked for, and then their SQL text without parameters', () => {
    const debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    const sql = 'INSERT INTO note (match_id, ciphertext)\n  VALUES ($1, $2)';
    new SafeQueryLogger().logQuery(sql, ['id-1', 'private words']);
    expect(debug).not.toHaveBeenCalled();
    new SafeQueryLogger({ queries: true }).logQuery(sql, ['id-1', 'private words']);
    expect(debug).toHaveBeenCalledTimes(1);
    const line = String(debug.mock.calls[0][0]);
    expect(line).toBe('Query: INSERT INTO note (match_id, ciphertext) VALUES ($1, $2)');
    expect(line).not.toContain('private words');
    debug.mockRestore();
  });
});
