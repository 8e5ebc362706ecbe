import path from 'node:path';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';

export type JwtKey = { kid: string; secret: string };

/** `TRUST_PROXY`: `true`/`false`, a hop count, or a comma-separated list of proxy addresses/CIDRs. */
export type TrustProxy = boolean | number | string[];

/** The ranges by name that Fastify's proxy-addr knows, besides addresses and CIDRs. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyEntry = (entry: string): boolean => PROXY_RANGE_NAMES.includes(entry) || ipaddr.isValid(entry) || isCidr(entry);
const isCidr = (entry: string): boolean => {
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
};

const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const jwtSecrets = z
  .string()
  .transform((text, ctx): JwtKey[] => {
    const keys = text.split(',').map((entry) => {
      const colon = entry.indexOf(':');
      // Without "kid:", the whole entry is the secret; it must never be cut into a public kid.
      if (colon === -1) return { kid: '', secret: entry };
      return { kid: entry.slice(0, colon).trim(), secret: entry.slice(colon + 1) };
    });
    for (const key of keys) {
      if (!key.kid || !/^[\w.-]+$/.test(key.kid)) {
        ctx.addIssue({ code: 'custom', message: 'each entry must be kid:secret with a kid of letters, digits, ".", "_" or "-"' });
      } else if (Buffer.byteLength(key.secret, 'utf8') < 32) {
        ctx.addIssue({ code: 'custom', message: `the secret of kid "${key.kid}" is shorter than 32 bytes` });
      }
    }
    if (new Set(keys.map((k) => k.kid)).size !== keys.length) {
      ctx.addIssue({ code: 'custom', message: 'kids must be unique' });
    }
    return keys;
  });

const trustProxy = z.string().transform((text, ctx): TrustProxy => {
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((s) => s.trim()).filter(Boolean);
  for (const entry of entries.filter((e) => !isProxyEntry(e))) {
    ctx.addIssue({ code: 'custom', message: `"${entry}" is not a hop count, an IP address, a CIDR range or one of ${PROXY_RANGE_NAMES.join(', ')}` });
  }
  return entries;
});

const url = (protocols: string[]) =>
  z.url().refine((u) => protocols.includes(new URL(u).protocol), {
    message: `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  PUBLIC_URL: url(['http:', 'https:']).optional(),
  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  REDIS_URL: url(['redis:', 'rediss:']).optional(),
  JWT_SECRETS: jwtSecrets.optional(),
  TRUST_PROXY: trustProxy.default(false),
  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('shoppingMall <no-reply@shoppingmall.local>'),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  SEED_DEMO: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('var'),
});

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  /** Where users reach the shop; every link in an email is built from it, never from a Host header. */
  publicUrl: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  jwtKeys: JwtKey[] | undefined;
  trustProxy: TrustProxy;
  smtpUrl: string | undefined;
  mailFrom: string;
  admin: { email: string; password: string } | undefined;
  seedDemo: boolean;
  logLevel: string;
  dataDir: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once, at start. Throws a ConfigError whose message names each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration — ${lines.join('; ')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = [!e.JWT_SECRETS && 'JWT_SECRETS', !e.SMTP_URL && 'SMTP_URL', !e.PUBLIC_URL && 'PUBLIC_URL'].filter(Boolean);
    if (missing.length) throw new ConfigError(`Invalid configuration — ${missing.join(', ')}: required when NODE_ENV=production`);
    // Every client could name itself anyone in X-Forwarded-For: limits, the IP block and the audit log would believe it.
    if (e.TRUST_PROXY === true) throw new ConfigError('Invalid configuration — TRUST_PROXY: "true" would believe any X-Forwarded-For a client writes; give the number of proxies in front (e.g. 1) or their addresses');
  }
  if (Boolean(e.ADMIN_EMAIL) !== Boolean(e.ADMIN_PASSWORD)) {
    throw new ConfigError('Invalid configuration — ADMIN_EMAIL and ADMIN_PASSWORD: set both or neither');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    // A development shop is not on the network unless HOST says so; a production one is (in its container).
    host: e.HOST ?? (e.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    jwtKeys: e.JWT_SECRETS,
    trustProxy: e.TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    admin: e.ADMIN_EMAIL && e.ADMIN_PASSWORD ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD } : undefined,
    seedDemo: e.SEED_DEMO && e.NODE_ENV !== 'production',
    logLevel: e.LOG_LEVEL,
    dataDir: path.resolve(e.DATA_DIR),
  };
}
