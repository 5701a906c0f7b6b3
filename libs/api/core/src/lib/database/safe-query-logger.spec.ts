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
});
