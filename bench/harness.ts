/** What every benchmark shares: a database of its own, the built server as its own process, and autocannon runs. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { freePort } from '../src/server/lib/free-port.js';
import type { LatencySummary } from './open-loop.js';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(statement);
  await client.end();
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A new, empty database on the PostgreSQL at BENCH_DATABASE_URL (default: the local server); `drop` removes it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `shoppingmall_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  return { url: withDatabase(ADMIN_URL, name), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The built server (`dist/server/main.js`) on a free port of loopback, ready when this resolves. */
export async function startServer(dbUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  // BENCH_SERVER_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles", profiles the server.
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS?.split(' ') ?? []), 'dist/server/main.js'], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      JWT_SECRETS: `bench:${'k'.repeat(40)}`,
      // Each request names its own client: the bench's one address would otherwise meet every per-IP limit.
      TRUST_PROXY: '1',
      SEED_DEMO: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: path.join('/tmp', 'shoppingmall-bench'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 200; tries++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

let ipCounter = 0;
/** A client address of its own for each request (the server trusts one proxy in the bench). */
export const freshIp = (): string => {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
};

export type RunOptions = {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  method?: 'GET' | 'POST';
  /** The path of request `i`, when requests differ (many search words, many products). */
  path?: (i: number) => string;
  body?: (i: number) => unknown;
  headers?: (i: number) => Record<string, string>;
};

/** Closed-loop load with autocannon: `connections` clients, each sending its next request when answered. */
export function run(options: RunOptions): Promise<Result> {
  let i = 0;
  return autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
    timeout: 30,
    requests: [
      {
        method: options.method ?? 'POST',
        setupRequest: (request) => {
          const n = i++;
          const body = options.body?.(n);
          return {
            ...request,
            ...(options.path ? { path: options.path(n) } : {}),
            headers: { ...request.headers, 'x-forwarded-for': freshIp(), ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers?.(n) },
            ...(body ? { body: JSON.stringify(body) } : {}),
          };
        },
      },
    ],
  });
}

export const summary = (result: Result): LatencySummary => ({
  requests: result.requests.total,
  p50: result.latency.p50,
  p99: result.latency.p99,
  max: result.latency.max,
  errors: result.errors + result.timeouts + result.non2xx,
});
