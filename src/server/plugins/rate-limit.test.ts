import { and, eq, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, testAppAndDatabase } from '../../../test/app.js';
import { activeUser, bearer, uniqueEmail } from '../../../test/auth-helpers.js';
import type { Database } from '../db/client.js';
import { auditLog } from '../modules/audit/audit.tables.js';
import { IP_FAILURE_LIMIT } from '../modules/auth/ip-block.js';
import { expectRateLimited } from '../../../test/errors.js';
import { freePort } from '../lib/free-port.js';

/**
 * Who the client is, for rate limits, the failed-login block and the records: the socket address
 * unless TRUST_PROXY says which proxies may name the client in X-Forwarded-For; an IPv6 client
 * counted by its /64.
 */

const MINUTE = 60_000;
/** POST /auth/forgot-password allows 5 requests a minute per client: the cheapest budget to exhaust. */
const FORGOT_PASSWORD_BUDGET = 5;
const WRONG_PASSWORD = 'Wrong#Guess99';

let db: Database;
let app: FastifyInstance;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase());
});

afterEach(() => {
  vi.useRealTimers();
});

const forgotPassword = (target: FastifyInstance, remoteAddress: string, forwardedFor?: string) =>
  target.inject({
    method: 'POST',
    url: '/api/v1/auth/forgot-password',
    payload: { email: uniqueEmail('forgetful') },
    remoteAddress,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });


/**
 * Spends a client's whole forgot-password budget, one request from each of `senders` in turn, and
 * expects the next request of `lastSender` to be refused: all of them counted as one client.
 */
async function expectOneBudget(target: FastifyInstance, senders: { remoteAddress: string; forwardedFor?: string }[], lastSender = senders[0]!) {
  for (let i = 0; i < FORGOT_PASSWORD_BUDGET; i++) {
    const sender = senders[i % senders.length]!;
    const res = await forgotPassword(target, sender.remoteAddress, sender.forwardedFor);
    expect(res.statusCode, `request ${i + 1} from ${JSON.stringify(sender)}`).toBe(202);
  }
  expectRateLimited(await forgotPassword(target, lastSender.remoteAddress, lastSender.forwardedFor), 60);
}

/** Signs in from the given socket and forwarded address, and returns the address the session list shows. */
async function sessionAddress(target: FastifyInstance, remoteAddress: string, forwardedFor?: string): Promise<string> {
  const user = await activeUser(target, db);
  const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  const signIn = await target.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress, headers });
  expect(signIn.statusCode, signIn.body).toBe(200);
  const list = await target.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: bearer(signIn.json().data.accessToken) });
  expect(list.statusCode, list.body).toBe(200);
  const [session] = list.json().data as { ip: string }[];
  return session!.ip;
}

describe('without TRUST_PROXY', () => {
  it('ignores a forged X-Forwarded-For: the rate limit still counts the socket address', async () => {
    const socket = '192.0.2.40';
    const forged = ['203.0.113.1', '203.0.113.2', '203.0.113.3', '203.0.113.4', '203.0.113.5'];
    await expectOneBudget(app, forged.map((forwardedFor) => ({ remoteAddress: socket, forwardedFor })), { remoteAddress: socket, forwardedFor: '203.0.113.6' });
    expect((await forgotPassword(app, '192.0.2.41')).statusCode).toBe(202);
  });

  it('records the socket address as the session address, not the forwarded one', async () => {
    expect(await sessionAddress(app, '192.0.2.42', '203.0.113.7')).toBe('192.0.2.42');
  });
});

describe('with TRUST_PROXY', () => {
  const proxy = '10.0.0.1';

  it('true: the forwarded client is counted and recorded, so clients behind one proxy have budgets of their own', async () => {
    const behindProxy = await buildTestApp(db, { TRUST_PROXY: 'true' });
    expect(await sessionAddress(behindProxy, proxy, '203.0.113.10')).toBe('203.0.113.10');

    await expectOneBudget(behindProxy, [{ remoteAddress: proxy, forwardedFor: '203.0.113.11' }]);
    expect((await forgotPassword(behindProxy, proxy, '203.0.113.12')).statusCode).toBe(202);
    // The same client through another proxy is still the same client.
    expectRateLimited(await forgotPassword(behindProxy, '10.0.0.2', '203.0.113.11'), 60);
  });

  it('a hop count: the address our proxy appended counts, not what the client wrote before it', async () => {
    const behindOneProxy = await buildTestApp(db, { TRUST_PROXY: '1' });
    expect(await sessionAddress(behindOneProxy, proxy, '198.18.0.1, 203.0.113.20')).toBe('203.0.113.20');

    const forgedPrefixes = ['198.18.0.2', '198.18.0.3', '198.18.0.4', '198.18.0.5', '198.18.0.6'];
    await expectOneBudget(
      behindOneProxy,
      forgedPrefixes.map((forged) => ({ remoteAddress: proxy, forwardedFor: `${forged}, 203.0.113.21` })),
      { remoteAddress: proxy, forwardedFor: '198.18.0.7, 203.0.113.21' },
    );
  });

  it('a list of proxies: only a listed proxy may name the client', async () => {
    const behindListedProxy = await buildTestApp(db, { TRUST_PROXY: `${proxy},10.0.1.0/24` });
    expect(await sessionAddress(behindListedProxy, proxy, '203.0.113.30')).toBe('203.0.113.30');
    expect(await sessionAddress(behindListedProxy, '10.0.1.9', '203.0.113.31')).toBe('203.0.113.31');
    expect(await sessionAddress(behindListedProxy, '192.0.2.43', '203.0.113.32')).toBe('192.0.2.43');
  });
});

describe('IPv6 clients', () => {
  it('share one rate-limit budget across their /64; another /64 has its own', async () => {
    const sameNetwork = ['2001:db8:a:1::1', '2001:db8:a:1::2', '2001:db8:a:1:ffff:ffff:ffff:ffff'].map((remoteAddress) => ({ remoteAddress }));
    await expectOneBudget(app, sameNetwork, { remoteAddress: '2001:db8:a:1:1234::9' });
    expect((await forgotPassword(app, '2001:db8:a:2::1')).statusCode).toBe(202);
  });

  it('count an IPv4-mapped address as the IPv4 address it carries', async () => {
    await expectOneBudget(app, [{ remoteAddress: '::ffff:192.0.2.44' }, { remoteAddress: '192.0.2.44' }]);
  });

  it('are blocked from /auth by their /64 after 20 failed logins, while sessions and the audit log keep the full address', async () => {
    // The rate limiter reads Date, our services the clock: both move together (login allows 10 a minute).
    let now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now });
    const own = await buildTestApp(db, {}, { clock: { now: () => new Date(now) } });
    const addressInNetwork = (i: number) => `2001:db8:b:1::${(i + 1).toString(16)}`;
    const failFrom = async (remoteAddress: string) => {
      const res = await own.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: uniqueEmail('probe'), password: WRONG_PASSWORD }, remoteAddress });
      expect(res.statusCode, res.body).toBe(401);
    };

    for (let i = 0; i < IP_FAILURE_LIMIT; i++) {
      if (i > 0 && i % 10 === 0) vi.setSystemTime((now += MINUTE + 1_000));
      await failFrom(addressInNetwork(i));
    }

    expectRateLimited(await forgotPassword(own, '2001:db8:b:1:ffff::1'), 15 * 60);
    expect((await forgotPassword(own, '2001:db8:b:2::1')).statusCode).toBe(202);

    const failures = await db
      .select({ ip: auditLog.ip })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.login.failed'), like(auditLog.ip, '2001:db8:b:1:%')));
    expect(failures.map((f) => f.ip).sort()).toEqual(Array.from({ length: IP_FAILURE_LIMIT }, (_, i) => addressInNetwork(i)).sort());
    expect(await sessionAddress(own, '2001:db8:b:2::abcd')).toBe('2001:db8:b:2::abcd');
  });
});

describe('with REDIS_URL set and no Redis there', () => {
  let noRedis: FastifyInstance;
  beforeAll(async () => {
    // Connections refused from the start: the node must work, and limit, on its own.
    noRedis = await buildTestApp(db, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
  });

  it('still limits each route, on this node', async () => {
    await expectOneBudget(noRedis, [{ remoteAddress: '192.0.2.60' }]);
    expect((await forgotPassword(noRedis, '192.0.2.61')).statusCode).toBe(202);
  });

  it('still blocks an address after 20 failed logins', async () => {
    let now = Date.now();
    vi.useFakeTimers({ toFake: ['Date'], now });
    const own = await buildTestApp(db, { REDIS_URL: `redis://127.0.0.1:${await freePort()}` }, { clock: { now: () => new Date(now) } });
    for (let i = 0; i < IP_FAILURE_LIMIT; i++) {
      // Login allows 10 a minute.
      if (i > 0 && i % 10 === 0) vi.setSystemTime((now += MINUTE + 1_000));
      const res = await own.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: uniqueEmail('probe'), password: WRONG_PASSWORD }, remoteAddress: '192.0.2.62' });
      expect(res.statusCode, res.body).toBe(401);
    }
    expectRateLimited(await forgotPassword(own, '192.0.2.62'), 15 * 60);
  });
});
