import { isAbsolute, resolve } from 'node:path';

/** Typed, validated configuration read once from the environment at start-up. */
export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Public base URL used in links (activation links). Defaults to http://localhost:<port>. */
  publicUrl: string;
  database: DatabaseConfig;
  /**
   * DATABASE_LOG_QUERIES: log the text of every SQL statement (at debug level, never its
   * parameters) besides failed and slow ones; for diagnosing, off by default.
   */
  logQueries: boolean;
  session: {
    /** Idle timeout: a session unused this long expires. */
    idleMinutes: number;
    /** Absolute lifetime of a session. */
    maxAgeHours: number;
    /** `auto` marks cookies Secure when the request came over HTTPS (honouring X-Forwarded-Proto). */
    cookieSecure: 'auto' | 'always' | 'never';
  };
  loginRateLimit: {
    windowMinutes: number;
    /** Failed attempts allowed per email and client address in the window. */
    perAccountAndAddress: number;
    /** Failed attempts allowed per client address (any email) in the window. */
    perAddress: number;
  };
  /** Trust X-Forwarded-* headers (behind a reverse proxy / load balancer). */
  trustProxy: boolean;
  /** Folder with the built web app; served on the same port when present. */
  webDistDir: string | null;
  /** Bootstrap admin created on an empty database (production without demo data). */
  bootstrapAdmin: { email: string; password: string } | null;
  bodyLimitBytes: number;
  corsOrigins: string[];
  jobs: { enabled: boolean; tickSeconds: number };
  /** Pulse check-ins: first around this day of a match, then every `everyDays`. */
  pulse: { firstDay: number; everyDays: number };
  mail: MailConfig;
  /** Master key wrapping each pair's note key (AES-256-GCM); see docs/adr/0005. */
  encryption: EncryptionConfig;
}

export interface EncryptionConfig {
  /** From NOTES_MASTER_KEY (32 bytes, base64 or hex); required in production. */
  masterKey: Buffer | null;
  /** Without NOTES_MASTER_KEY outside production: a random key kept in this file (created once). */
  localKeyFile: string;
}

export type MailConfig =
  | { transport: 'outbox'; from: string; outboxDir: string }
  | { transport: 'smtp'; from: string; smtpUrl: string };

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolSize: number }
  | { kind: 'embedded'; dataDir: string; poolSize: number };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'See README.md ("Configuration") for every setting and its default.',
    );
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Reads and validates the environment; throws a ConfigError listing every problem at once. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const nodeEnv = read.oneOf('NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = read.int('PORT', 3000, 0, 65535);
  const databaseUrl = read.string('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const poolSize = read.int('DATABASE_POOL_SIZE', 10, 1, 200);
  const dataDirRaw = read.string('PGLITE_DATA_DIR') ?? '.data/pglite';
  const dataDir =
    dataDirRaw.startsWith('memory://') || isAbsolute(dataDirRaw)
      ? dataDirRaw
      : resolve(cwd, dataDirRaw);

  const adminEmail = read.string('ADMIN_EMAIL');
  const adminPassword = read.string('ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminPassword !== undefined && adminPassword.length < 10) {
    problems.push('ADMIN_PASSWORD must be at least 10 characters');
  }
  const webDistDir = read.string('WEB_DIST_DIR');

  const config: AppConfig = {
    nodeEnv,
    port,
    host: read.string('HOST') ?? '0.0.0.0',
    publicUrl: (read.string('PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    database: databaseUrl
      ? { kind: 'postgres', url: databaseUrl, poolSize }
      : { kind: 'embedded', dataDir, poolSize },
    logQueries: read.bool('DATABASE_LOG_QUERIES', false),
    session: {
      idleMinutes: read.int('SESSION_IDLE_MINUTES', 8 * 60, 5, 60 * 24 * 30),
      maxAgeHours: read.int('SESSION_MAX_AGE_HOURS', 24 * 7, 1, 24 * 90),
      cookieSecure: read.oneOf('COOKIE_SECURE', ['auto', 'always', 'never'], 'auto'),
    },
    loginRateLimit: {
      windowMinutes: read.int('LOGIN_RATE_WINDOW_MINUTES', 15, 1, 24 * 60),
      perAccountAndAddress: read.int('LOGIN_RATE_PER_ACCOUNT', 5, 1, 1000),
      perAddress: read.int('LOGIN_RATE_PER_ADDRESS', 50, 1, 100000),
    },
    trustProxy: read.bool('TRUST_PROXY', false),
    webDistDir: webDistDir ? resolve(cwd, webDistDir) : null,
    bootstrapAdmin:
      adminEmail && adminPassword
        ? { email: adminEmail.toLowerCase(), password: adminPassword }
        : null,
    bodyLimitBytes: read.int('BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1024, 50 * 1024 * 1024),
    corsOrigins: (read.string('CORS_ORIGINS') ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    jobs: {
      enabled: read.bool('JOBS_ENABLED', true),
      tickSeconds: read.int('JOBS_TICK_SECONDS', 30, 1, 3600),
    },
    pulse: {
      firstDay: read.int('PULSE_FIRST_DAY', 30, 1, 365),
      everyDays: read.int('PULSE_EVERY_DAYS', 60, 7, 365),
    },
    mail: mailConfig(read, problems, cwd),
    encryption: {
      masterKey: masterKey(read, problems, nodeEnv),
      localKeyFile: resolve(cwd, read.string('NOTES_KEY_FILE') ?? '.data/notes-master.key'),
    },
  };
  if (problems.length > 0) {
    throw new ConfigError(problems);
  }
  return config;
}

/** NOTES_MASTER_KEY: 32 random bytes as base64 (44 characters) or hex (64 characters). */
export function parseMasterKey(raw: string): Buffer | null {
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  return key.length === 32 && (raw.length === 64 || key.toString('base64') === raw) ? key : null;
}

function masterKey(read: EnvReader, problems: string[], nodeEnv: string): Buffer | null {
  const raw = read.string('NOTES_MASTER_KEY');
  if (raw === undefined) {
    if (nodeEnv === 'production')
      problems.push(
        'NOTES_MASTER_KEY is required in production (32 random bytes, base64: `openssl rand -base64 32`)',
      );
    return null;
  }
  const key = parseMasterKey(raw);
  if (!key)
    problems.push(
      'NOTES_MASTER_KEY must be 32 bytes as base64 (44 characters) or hex (64 characters)',
    );
  return key;
}

function mailConfig(read: EnvReader, problems: string[], cwd: string): MailConfig {
  const from = read.string('MAIL_FROM') ?? 'MentorBridge <no-reply@mentorbridge.local>';
  const transport = read.oneOf('MAIL_TRANSPORT', ['outbox', 'smtp'], 'outbox');
  if (transport === 'smtp') {
    const smtpUrl = read.string('SMTP_URL');
    if (!smtpUrl || !/^smtps?:\/\//.test(smtpUrl)) {
      problems.push(
        'MAIL_TRANSPORT=smtp needs SMTP_URL (smtp://user:password@host:587 or smtps://…)',
      );
    }
    return { transport, from, smtpUrl: smtpUrl ?? '' };
  }
  return {
    transport,
    from,
    outboxDir: resolve(cwd, read.string('MAIL_OUTBOX_DIR') ?? '.data/outbox'),
  };
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }
}
