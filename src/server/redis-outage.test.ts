import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/app.js';
import { activeAdmin, activeUser, bearer, login, tokenFromEmail, uniqueEmail } from '../../test/auth-helpers.js';
import { createTestDatabase } from '../../test/database.js';
import { expectError, expectRateLimited } from '../../test/errors.js';
import type { Database } from './db/client.js';
import { freePort } from './lib/free-port.js';

/**
 * Redis is shared by the nodes for rate limits, IP blocks and revocation messages, and a Redis
 * outage must not stop the shop: whether the server is gone (connections refused) or frozen
 * (SIGSTOP: connected, never answering), signing in and out, refreshing and suspending answer as
 * usual and at once, every limit still holds on each node, and a revoked session stops working on
 * every node within the contract's 5 seconds (the session cache's short life). Two app instances
 * on one database are two nodes; the Redis server is this file's own.
 */

/** What "at once" means here: well above the client's 500 ms command timeout, far below a hang. */
const PROMPT_MS = 2_000;
/** The contract: a revoked session stops working within 5 seconds, on every node. */
const REVOCATION_BOUND_MS = 5_000;
/** POST /auth/forgot-password allows 5 a minute per client. */
const FORGOT_PASSWORD_BUDGET = 5;

let db: Database;
beforeAll(async () => {
  ({ db } = await createTestDatabase());
});

/** A redis-server of this file's own, that a test can kill, start again, freeze and thaw. */
async function startRedis() {
  const port = await freePort();
  let server: ChildProcess;
  const start = async () => {
    server = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    server.stdout?.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      server.stdout?.on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('Ready to accept connections')) resolve();
      });
      server.once('exit', () => reject(new Error(`redis-server exited:\n${output}`)));
    });
  };
  const kill = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    // SIGKILL ends a stopped (frozen) process too.
    server.kill('SIGKILL');
    await once(server, 'exit');
  };
  await start();
  // Should the test process end without its afterAll, no server is left behind, let alone a frozen one.
  process.once('exit', () => server.kill('SIGKILL'));
  return {
    url: `redis://127.0.0.1:${port}`,
    /** Gone: connections are refused. */
    kill,
    /** Back on the same port, empty. */
    start,
    /** Connected, but never answering. */
    freeze: () => void server.kill('SIGSTOP'),
    thaw: () => void server.kill('SIGCONT'),
  };
}
type RedisServer = Awaited<ReturnType<typeof startRedis>>;

type LogLine = { level: number; msg: string };

/** Two nodes sharing the Redis server, each with the log lines it wrote. */
async function twoNodes(redisUrl: string) {
  const node = async () => {
    const lines: LogLine[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    const app = await buildTestApp(db, { REDIS_URL: redisUrl }, { logger, logRequests: false });
    return { app, lines };
  };
  return { a: await node(), b: await node() };
}

const outageLines = (lines: LogLine[]) => lines.filter((line) => line.msg.startsWith('Redis unavailable'));
const recoveryLines = (lines: LogLine[]) => lines.filter((line) => line.msg.startsWith('Redis answers again'));
/** pino's error level and above: a 500 is logged at error. */
const errorLines = (lines: LogLine[]) => lines.filter((line) => line.level >= 50);

/** The answer, which must come within PROMPT_MS: a frozen Redis must not hold a request. */
async function prompt(request: Promise<LightMyRequestResponse>, what: string): Promise<LightMyRequestResponse> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${PROMPT_MS} ms`)), PROMPT_MS);
  });
  try {
    return await Promise.race([request, late]);
  } finally {
    clearTimeout(timer);
  }
}

let ipCounter = 0;
/** A client address of its own per use: each node's local limits outlive a test. */
const freshIp = () => `203.0.113.${++ipCounter}`;

const me = (app: FastifyInstance, accessToken: string) => app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });
const forgotPassword = (app: FastifyInstance, ip: string, email = uniqueEmail('forgetful')) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email }, remoteAddress: ip });

const outages = [
  { outage: 'stopped', begin: (redis: RedisServer) => redis.kill(), end: (redis: RedisServer) => redis.start() },
  { outage: 'frozen', begin: (redis: RedisServer) => redis.freeze(), end: (redis: RedisServer) => redis.thaw() },
];

describe.each(outages)('while Redis is $outage', ({ begin }) => {
  let redis: RedisServer;
  let nodes: Awaited<ReturnType<typeof twoNodes>>;
  beforeAll(async () => {
    redis = await startRedis();
    nodes = await twoNodes(redis.url);
    await begin(redis);
  });
  afterAll(() => redis.kill());

  it('signs in, refreshes, signs out, resets a password and suspends with their usual answers, each at once', async () => {
    const { a, b } = nodes;
    const user = await activeUser(a.app, db);
    const admin = await activeAdmin(db);

    const signedIn = await prompt(a.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress: freshIp() }), 'login');
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    const { accessToken, refreshToken } = signedIn.json().data as { accessToken: string; refreshToken: string };
    const wrong = await prompt(a.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'Wrong#Guess99' }, remoteAddress: freshIp() }), 'failed login');
    expectError(wrong, 401, 'AUTH_INVALID_CREDENTIALS');

    const refreshed = await prompt(b.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken }, remoteAddress: freshIp() }), 'refresh');
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    const loggedOut = await prompt(b.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(accessToken), remoteAddress: freshIp() }), 'logout');
    expect(loggedOut.statusCode, loggedOut.body).toBe(204);

    expect((await prompt(forgotPassword(a.app, freshIp(), user.email), 'forgot-password')).statusCode).toBe(202);
    const token = await tokenFromEmail(db, user.email, '/reset-password');
    const reset = await prompt(b.app.inject({ method: 'POST', url: '/api/v1/auth/reset-password', payload: { token, password: 'N3w#Passphrase' }, remoteAddress: freshIp() }), 'reset');
    expect(reset.statusCode, reset.body).toBe(200);

    const adminSession = await login(a.app, admin, {}, freshIp());
    const suspended = await prompt(
      a.app.inject({ method: 'POST', url: `/api/v1/admin/users/${user.userId}/suspend`, headers: bearer(adminSession.accessToken), payload: { reason: 'outage drill' } }),
      'suspension',
    );
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect([...errorLines(a.lines), ...errorLines(b.lines)]).toEqual([]);
  });

  it('still limits each route, on each node alone', async () => {
    const { a, b } = nodes;
    const ip = freshIp();
    for (let i = 0; i < FORGOT_PASSWORD_BUDGET; i++) expect((await prompt(forgotPassword(a.app, ip), 'forgot-password')).statusCode).toBe(202);
    expectRateLimited(await prompt(forgotPassword(a.app, ip), 'forgot-password over the limit'), 60);
    // Node B has counted nothing for this client: until Redis is back, each node counts alone.
    expect((await prompt(forgotPassword(b.app, ip), 'forgot-password on node B')).statusCode).toBe(202);
  });

  it('a session revoked on node A, by logout or suspension, is refused on node B within 5 seconds', async () => {
    const { a, b } = nodes;
    const [leaving, suspended, admin] = await Promise.all([activeUser(a.app, db), activeUser(a.app, db), activeAdmin(db)]);
    const [leavingSession, suspendedSession, adminSession] = await Promise.all([leaving, suspended, admin].map((who) => login(a.app, who, {}, freshIp())));
    // Node B has checked both sessions, and remembers them as live.
    expect((await me(b.app, leavingSession!.accessToken)).statusCode).toBe(200);
    expect((await me(b.app, suspendedSession!.accessToken)).statusCode).toBe(200);

    const revokedAt = Date.now();
    expect((await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(leavingSession!.accessToken), remoteAddress: freshIp() })).statusCode).toBe(204);
    expect((await a.app.inject({ method: 'POST', url: `/api/v1/admin/users/${suspended.userId}/suspend`, headers: bearer(adminSession!.accessToken), payload: {} })).statusCode).toBe(200);

    for (const session of [leavingSession!, suspendedSession!]) {
      await expect.poll(async () => (await me(b.app, session.accessToken)).statusCode, { timeout: REVOCATION_BOUND_MS, interval: 100 }).toBe(401);
    }
    expect(Date.now() - revokedAt).toBeLessThan(REVOCATION_BOUND_MS);
    expectError(await me(b.app, leavingSession!.accessToken), 401, 'AUTH_INVALID_TOKEN');
  });

  it('logs the outage once on each node, and no error', async () => {
    const { a, b } = nodes;
    // A request that needs Redis on each node, so that each has met the outage.
    for (const node of [a, b]) expect((await prompt(forgotPassword(node.app, freshIp()), 'forgot-password')).statusCode).toBe(202);
    await expect.poll(() => [outageLines(a.lines).length, outageLines(b.lines).length]).toEqual([1, 1]);
    expect(outageLines(a.lines)[0]).toMatchObject({ level: 40 });
    expect([...errorLines(a.lines), ...errorLines(b.lines)]).toEqual([]);
  });
});

describe.each(outages)('once Redis answers again after being $outage', ({ begin, end }) => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.kill());

  /** Spends one client's forgot-password budget half on each node: refused only if they count together. */
  async function expectOneLimitForBoth(a: FastifyInstance, b: FastifyInstance) {
    const ip = freshIp();
    for (let i = 0; i < FORGOT_PASSWORD_BUDGET; i++) expect((await forgotPassword(i % 2 ? b : a, ip)).statusCode).toBe(202);
    expectRateLimited(await forgotPassword(a, ip), 60);
    expectRateLimited(await forgotPassword(b, ip), 60);
  }

  it('the nodes share their limits again, and log that they do', async () => {
    const { a, b } = await twoNodes(redis.url);
    await expectOneLimitForBoth(a.app, b.app);

    await begin(redis);
    for (const node of [a, b]) expect((await prompt(forgotPassword(node.app, freshIp()), 'forgot-password')).statusCode).toBe(202);
    await expect.poll(() => [outageLines(a.lines).length, outageLines(b.lines).length]).toEqual([1, 1]);

    await end(redis);
    // A node that kept its connection through a short freeze learns of the end from its next command that succeeds.
    await expect
      .poll(
        async () => {
          for (const node of [a, b]) await forgotPassword(node.app, freshIp());
          return [recoveryLines(a.lines).length, recoveryLines(b.lines).length];
        },
        { timeout: 6_000, interval: 200 },
      )
      .toEqual([1, 1]);
    await expectOneLimitForBoth(a.app, b.app);
  });
});
