import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

/** A secret of exactly `bytes` UTF-8 bytes. */
const secretOf = (bytes: number, char = 's'): string => char.repeat(bytes);

/** Everything production insists on, so a test can leave out one variable at a time. */
const productionEnv = (): NodeJS.ProcessEnv => ({
  NODE_ENV: 'production',
  JWT_SECRETS: `k1:${secretOf(40)}`,
  SMTP_URL: 'smtp://mail.example:587',
  PUBLIC_URL: 'https://shop.example',
});

/** The ConfigError that loadConfig throws for `env`; fails the test when it throws nothing or something else. */
function configErrorFor(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  return expect.unreachable(`loadConfig accepted ${JSON.stringify(env)}`);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('loadConfig defaults', () => {
  it('gives a development config on port 3000 served at http://localhost:3000 when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      databaseUrl: undefined,
      redisUrl: undefined,
      jwtKeys: undefined,
      trustProxy: false,
      smtpUrl: undefined,
      admin: undefined,
      seedDemo: true,
      logLevel: 'info',
    });
  });

  it('builds the default public URL from PORT', () => {
    expect(loadConfig({ PORT: '8080' })).toMatchObject({ port: 8080, publicUrl: 'http://localhost:8080' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', LOG_LEVEL: '' })).toMatchObject({ port: 3000, logLevel: 'info' });
  });

  it('reads only the env object it is given, never process.env', () => {
    vi.stubEnv('PORT', '4321');
    vi.stubEnv('LOG_LEVEL', 'debug');
    vi.stubEnv('PUBLIC_URL', 'https://from-process-env.example');
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe('info');
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('removes trailing slashes from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://shop.example/' }).publicUrl).toBe('https://shop.example');
    expect(loadConfig({ PUBLIC_URL: 'https://shop.example:8443//' }).publicUrl).toBe('https://shop.example:8443');
  });

  it('resolves DATA_DIR to an absolute path, "var" by default', () => {
    const byDefault = loadConfig({}).dataDir;
    expect(path.isAbsolute(byDefault)).toBe(true);
    expect(byDefault).toBe(path.resolve('var'));
    expect(loadConfig({ DATA_DIR: 'data/shop' }).dataDir).toBe(path.resolve('data/shop'));
  });
});

describe('loadConfig rejects bad values', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'http://cache.example'],
    ['SMTP_URL', 'http://mail.example'],
    ['PUBLIC_URL', 'ftp://shop.example'],
    ['LOG_LEVEL', 'loud'],
    ['SEED_DEMO', 'yes'],
  ])('throws a ConfigError naming %s when it is %j', (name, value) => {
    const error = configErrorFor({ [name]: value });
    expect(error.message).toContain(name);
  });

  it('names every bad variable in one message', () => {
    const error = configErrorFor({ PORT: 'abc', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
    expect(error.message).toContain('PORT');
    expect(error.message).toContain('LOG_LEVEL');
    expect(error.message).toContain('DATABASE_URL');
  });

  it('accepts postgres:// and postgresql:// database URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db.example/shop' }).databaseUrl).toBe('postgres://u@db.example/shop');
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db.example/shop' }).databaseUrl).toBe('postgresql://u@db.example/shop');
  });
});

describe('JWT_SECRETS', () => {
  it('parses kid:secret pairs in the given order, newest first', () => {
    const newest = secretOf(32, 'n');
    const older = secretOf(40, 'o');
    expect(loadConfig({ JWT_SECRETS: `2026-06:${newest},2026-01:${older}` }).jwtKeys).toEqual([
      { kid: '2026-06', secret: newest },
      { kid: '2026-01', secret: older },
    ]);
  });

  it('keeps everything after the first colon as the secret', () => {
    const secret = `a:b:${secretOf(32)}`;
    expect(loadConfig({ JWT_SECRETS: `k1:${secret}` }).jwtKeys).toEqual([{ kid: 'k1', secret }]);
  });

  it('measures the 32-byte minimum in UTF-8 bytes', () => {
    // 16 two-byte characters are 32 bytes.
    expect(loadConfig({ JWT_SECRETS: `k1:${'é'.repeat(16)}` }).jwtKeys).toEqual([{ kid: 'k1', secret: 'é'.repeat(16) }]);
    expect(configErrorFor({ JWT_SECRETS: `k1:${'é'.repeat(15)}` }).message).toContain('JWT_SECRETS');
  });

  it('rejects a secret under 32 bytes, naming JWT_SECRETS', () => {
    const error = configErrorFor({ JWT_SECRETS: `k1:${secretOf(40)},k2:${secretOf(31)}` });
    expect(error.message).toContain('JWT_SECRETS');
  });

  it('rejects a duplicate kid, naming JWT_SECRETS', () => {
    const error = configErrorFor({ JWT_SECRETS: `k1:${secretOf(40, 'a')},k1:${secretOf(40, 'b')}` });
    expect(error.message).toContain('JWT_SECRETS');
  });

  it('rejects an entry with an empty kid, naming JWT_SECRETS', () => {
    expect(configErrorFor({ JWT_SECRETS: `:${secretOf(40)}` }).message).toContain('JWT_SECRETS');
  });

  it('rejects an entry without "kid:" instead of cutting a kid out of the secret', () => {
    // A kid travels in every token header, so a kid made of the secret would publish it.
    expect(configErrorFor({ JWT_SECRETS: secretOf(40) }).message).toContain('JWT_SECRETS');
  });
});

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
  });

  it.each([
    ['true', true],
    ['false', false],
    ['2', 2],
    ['10.0.0.1, 192.168.0.0/16', ['10.0.0.1', '192.168.0.0/16']],
    ['loopback', ['loopback']],
    ['::1, fd00::/8, uniquelocal', ['::1', 'fd00::/8', 'uniquelocal']],
  ])('reads %j as %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['proxy.internal', '10.0.0.1, 10.0.0.300', '10.0.0.0/33', 'yes'])('refuses %j, which names no proxy', (value) => {
    expect(configErrorFor({ TRUST_PROXY: value }).message).toContain('TRUST_PROXY');
  });

  it('refuses "true" in production, where it would believe any X-Forwarded-For a client writes', () => {
    expect(configErrorFor({ ...productionEnv(), TRUST_PROXY: 'true' }).message).toContain('TRUST_PROXY');
    expect(loadConfig({ ...productionEnv(), TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });
});

describe('HOST', () => {
  it('listens on loopback only outside production unless HOST says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'development', HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('listens on every interface in production, where it runs behind its proxy or in a container', () => {
    expect(loadConfig(productionEnv()).host).toBe('0.0.0.0');
  });
});

describe('production', () => {
  it('starts with JWT_SECRETS, SMTP_URL and PUBLIC_URL set', () => {
    expect(loadConfig(productionEnv())).toMatchObject({ env: 'production', publicUrl: 'https://shop.example' });
  });

  it.each(['JWT_SECRETS', 'SMTP_URL', 'PUBLIC_URL'])('refuses to start without %s, naming it', (name) => {
    const env = productionEnv();
    delete env[name];
    expect(configErrorFor(env).message).toContain(name);
  });

  it('does not require those variables outside production', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).jwtKeys).toBeUndefined();
  });

  it('never seeds demo data, even with SEED_DEMO=true', () => {
    expect(loadConfig({ ...productionEnv(), SEED_DEMO: 'true' }).seedDemo).toBe(false);
  });
});

describe('SMTP_URL and SEED_DEMO', () => {
  it('keeps smtp:// and smtps:// URLs', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example:2525' }).smtpUrl).toBe('smtp://mail.example:2525');
    expect(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example:465' }).smtpUrl).toBe('smtps://user:pw@mail.example:465');
  });

  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
    ['1', true],
  ])('reads SEED_DEMO=%s outside production as %s', (value, expected) => {
    expect(loadConfig({ SEED_DEMO: value }).seedDemo).toBe(expected);
  });
});

describe('the first admin', () => {
  it('is an error to set ADMIN_EMAIL without ADMIN_PASSWORD', () => {
    expect(configErrorFor({ ADMIN_EMAIL: 'boss@example.com' }).message).toContain('ADMIN_PASSWORD');
  });

  it('is an error to set ADMIN_PASSWORD without ADMIN_EMAIL', () => {
    expect(configErrorFor({ ADMIN_PASSWORD: 'Adm1n#Secret' }).message).toContain('ADMIN_EMAIL');
  });

  it('rejects an ADMIN_EMAIL that is not an email address', () => {
    expect(configErrorFor({ ADMIN_EMAIL: 'not-an-email', ADMIN_PASSWORD: 'Adm1n#Secret' }).message).toContain('ADMIN_EMAIL');
  });

  it('lower-cases the admin email and keeps the password as given', () => {
    expect(loadConfig({ ADMIN_EMAIL: 'Chief.Admin@Example.COM', ADMIN_PASSWORD: 'Adm1n#Secret' }).admin).toEqual({
      email: 'chief.admin@example.com',
      password: 'Adm1n#Secret',
    });
  });
});
