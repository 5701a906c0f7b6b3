import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('starts with safe local defaults: port 3000 and an embedded database under .data', () => {
    const config = loadConfig({}, '/srv/mentorbridge');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({
      kind: 'embedded',
      dataDir: '/srv/mentorbridge/.data/pglite',
      poolSize: 10,
    });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.session.cookieSecure).toBe('auto');
    expect(config.bootstrapAdmin).toBeNull();
  });

  it('uses Postgres when DATABASE_URL is set, and an in-memory database for memory://', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/mb' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/mb',
      poolSize: 10,
    });
    expect(loadConfig({ PGLITE_DATA_DIR: 'memory://' }).database).toMatchObject({
      dataDir: 'memory://',
    });
  });

  it('lists every problem at once and names the setting', () => {
    expect(() =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        COOKIE_SECURE: 'maybe',
        ADMIN_EMAIL: 'a@b.example',
      }),
    ).toThrow(ConfigError);
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        COOKIE_SECURE: 'maybe',
        ADMIN_EMAIL: 'a@b.example',
      });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'PORT must be a whole number from 0 to 65535 (got "eighty")',
        'DATABASE_URL must start with postgres:// or postgresql://',
        'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
        'COOKIE_SECURE must be one of auto, always, never (got "maybe")',
      ]);
    }
  });

  it('refuses a weak bootstrap admin password', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.example', ADMIN_PASSWORD: 'short' })).toThrow(
      /ADMIN_PASSWORD must be at least 10 characters/,
    );
  });
});
