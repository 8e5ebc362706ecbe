import { randomInt } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, testAppAndDatabase } from '../../../../test/app.js';
import { activeUser, bearer, login, registration, STRONG_PASSWORD, uniqueEmail } from '../../../../test/auth-helpers.js';
import { testClock } from '../../../../test/clock.js';
import type { Database } from '../../db/client.js';
import { expectRateLimited, retryAfterOf } from '../../../../test/errors.js';

/**
 * Per-IP limits of the /auth routes that lockout.test.ts leaves out (it covers login, register,
 * forgot-password, the in-memory IP block and the Redis-shared login limit).
 */

const MINUTE = 60_000;
const WRONG = 'Wrong#Guess99';
/** Long enough for the schemas, but no token the server ever issued. */
const BOGUS_TOKEN = 'x'.repeat(43);

let app: FastifyInstance;
let db: Database;
let user: { email: string; password: string };

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase({}, { clock: testClock() }));
  user = await activeUser(app, db);
});



const post = (target: FastifyInstance, path: string, ip: string, payload?: object, headers: Record<string, string> = {}) =>
  target.inject({ method: 'POST', url: `/api/v1/auth${path}`, payload, headers, remoteAddress: ip });

/** A fresh session of the shared user, signed in from an address of its own: logout routes end it. */
const freshToken = async (target = app) => (await login(target, user)).accessToken;

type LimitedRoute = {
  path: string;
  /** Requests a minute per IP, as API.md states them (not read from the code on purpose). */
  perMinute: number;
  /** The route's answer while under the limit: proof each request reached it and was counted. */
  status: number;
  send: (ip: string) => Promise<LightMyRequestResponse>;
};

// API.md, Auth: "forgot-password and resend-verification 5 a minute, refresh 60 a minute, the rest 30 a minute".
const limitedRoutes: LimitedRoute[] = [
  { path: '/resend-verification', perMinute: 5, status: 202, send: (ip) => post(app, '/resend-verification', ip, { email: uniqueEmail('resend') }) },
  { path: '/refresh', perMinute: 60, status: 401, send: (ip) => post(app, '/refresh', ip, { refreshToken: BOGUS_TOKEN }) },
  { path: '/verify-email', perMinute: 30, status: 400, send: (ip) => post(app, '/verify-email', ip, { token: BOGUS_TOKEN }) },
  { path: '/reset-password', perMinute: 30, status: 400, send: (ip) => post(app, '/reset-password', ip, { token: BOGUS_TOKEN, password: STRONG_PASSWORD }) },
  { path: '/unlock', perMinute: 30, status: 400, send: (ip) => post(app, '/unlock', ip, { token: BOGUS_TOKEN }) },
  { path: '/logout', perMinute: 30, status: 204, send: async (ip) => post(app, '/logout', ip, undefined, bearer(await freshToken())) },
  { path: '/logout-all', perMinute: 30, status: 204, send: async (ip) => post(app, '/logout-all', ip, undefined, bearer(await freshToken())) },
];
/** Already covered by lockout.test.ts. */
const coveredElsewhere = ['/login', '/register', '/forgot-password'];

// TEST-NET-3 addresses, two per route: apart from nextIp()'s 198.51.100.x used for sign-ins.
const addressesOf = (index: number) => [`203.0.113.${2 * index + 1}`, `203.0.113.${2 * index + 2}`] as const;

describe('per-IP rate limits of the other /auth routes', () => {
  it('has a contract limit in this file or lockout.test.ts for every /auth route', () => {
    const served = app.accessTable.filter((route) => route.url.startsWith('/api/v1/auth/')).map((route) => route.url.slice('/api/v1/auth'.length));
    expect(served.sort()).toEqual([...limitedRoutes.map((route) => route.path), ...coveredElsewhere].sort());
  });

  it.each(limitedRoutes.map((route, index) => ({ ...route, index })))(
    'allows $perMinute $path requests a minute from one address, then 429; another address passes',
    async ({ perMinute, status, send, index }) => {
      const [ip, otherIp] = addressesOf(index);
      for (let i = 0; i < perMinute; i++) {
        const res = await send(ip);
        expect(res.statusCode, `request ${i + 1}: ${res.body}`).toBe(status);
      }
      expectRateLimited(await send(ip), 60);
      const elsewhere = await send(otherIp);
      expect(elsewhere.statusCode, elsewhere.body).toBe(status);
    },
  );

  // API.md: "Every auth route is rate limited per IP" — also for a caller without a valid token,
  // or a token guesser on /logout would never be slowed down.
  it.each([
    { path: '/logout', perMinute: 30, ip: '203.0.113.101' },
    { path: '/logout-all', perMinute: 30, ip: '203.0.113.102' },
  ])('counts $path requests without a valid bearer token toward its limit of $perMinute', async ({ path, perMinute, ip }) => {
    const badCredentials: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-jwt' }, { authorization: 'Basic dXNlcjpwYXNz' }];
    for (let i = 0; i < perMinute; i++) {
      const res = await post(app, path, ip, undefined, badCredentials[i % badCredentials.length]);
      expect(res.statusCode, `request ${i + 1}: ${res.body}`).toBe(401);
    }
    expectRateLimited(await post(app, path, ip, undefined, { authorization: 'Bearer not-a-jwt' }), 60);
    // The limit is the address's, whoever asks: a valid token from it is refused as well.
    expectRateLimited(await post(app, path, ip, undefined, bearer(await freshToken())), 60);
  });
});

describe('with Redis, several nodes: the IP block', () => {
  it('blocks a client with 20 failed logins split across node A and node B from every /auth route on both nodes', async () => {
    const redisEnv = { REDIS_URL: 'redis://127.0.0.1:6379' };
    // One clock for both nodes, as one wall clock serves a real cluster.
    const clock = testClock();
    const nodeA = await buildTestApp(db, redisEnv, { clock });
    const nodeB = await buildTestApp(db, redisEnv, { clock });
    const nodes = [nodeA, nodeB];
    const alternate = (i: number) => (i % 2 === 0 ? nodeA : nodeB);
    // Redis outlives the run: a /48 of this run only (no leading zero, so it reads the same in the
    // /64 keys), and its keys removed at the end. Each /64 inside it is one client.
    const network = `2001:db8:${randomInt(0x1000, 0x10000).toString(16)}`;
    const ip = `${network}:1::a`;
    const otherClient = `${network}:2::b`;
    const redis = new Redis(redisEnv.REDIS_URL);
    // The shared login limit (10 a minute) would stop the failures at 10. Its window is a Redis
    // TTL in real time, which neither the clock nor a fake Date moves: end it by hand, not by sleeping.
    const endLoginWindow = () => redis.del(`shoppingmall:rate:POST/api/v1/auth/login-${network}:1::/64`);
    const failOn = async (node: FastifyInstance) => {
      const res = await post(node, '/login', ip, { email: uniqueEmail('probe'), password: WRONG });
      expect(res.statusCode, res.body).toBe(401);
    };
    try {
      // Tokens for the logout routes below, signed in before the block from clients of this run.
      const tokenA = (await login(nodeA, user, {}, `${network}:3::c`)).accessToken;
      const tokenB = (await login(nodeB, user, {}, `${network}:4::d`)).accessToken;

      // 19 failures, alternating nodes: neither node alone sees more than 10.
      for (let i = 0; i < 10; i++) await failOn(alternate(i));
      expect(await endLoginWindow()).toBe(1);
      for (let i = 0; i < 9; i++) await failOn(alternate(i));
      // Not blocked yet at 19, on either node.
      for (const node of nodes) expect((await post(node, '/unlock', ip, { token: BOGUS_TOKEN })).statusCode).toBe(400);
      await failOn(nodeB);
      // The 20th. With the login window free again, only the block can refuse a correct password.
      await endLoginWindow();
      clock.advance(5_000);

      const everyAuthRoute: [string, object | undefined, Record<string, string>][] = [
        ['/login', { email: user.email, password: user.password }, {}],
        ['/register', registration(), {}],
        ['/verify-email', { token: BOGUS_TOKEN }, {}],
        ['/resend-verification', { email: user.email }, {}],
        ['/refresh', { refreshToken: BOGUS_TOKEN }, {}],
        ['/forgot-password', { email: user.email }, {}],
        ['/reset-password', { token: BOGUS_TOKEN, password: STRONG_PASSWORD }, {}],
        ['/unlock', { token: BOGUS_TOKEN }, {}],
        ['/logout', undefined, bearer(tokenA)],
        ['/logout-all', undefined, bearer(tokenB)],
      ];
      for (const [name, node] of [['node A', nodeA], ['node B', nodeB]] as const) {
        for (const [path, payload, headers] of everyAuthRoute) {
          const res = await post(node, path, ip, payload, headers);
          expect(res.statusCode, `${name} ${path}: ${res.body}`).toBe(429);
          expectRateLimited(res, 900);
          // The block (15 minutes, 5 s in), not a per-minute limit.
          expect(retryAfterOf(res), `${name} ${path}`).toBeGreaterThanOrEqual(890);
        }
      }

      // Another client is not affected, on either node.
      for (const node of nodes) {
        const res = await post(node, '/login', otherClient, { email: user.email, password: user.password });
        expect(res.statusCode, res.body).toBe(200);
      }

      // Both nodes lift it together, 15 minutes after the 20th failure.
      clock.advance(15 * MINUTE - 5_000);
      for (const node of nodes) expect((await post(node, '/unlock', ip, { token: BOGUS_TOKEN })).statusCode).toBe(400);
    } finally {
      const keys = await redis.keys(`shoppingmall:*${network}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });
});

describe('IP block: the spelling of the path', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  // The router decodes %xx before matching, so each of these reaches an /auth route; the block
  // must look at the route matched, not the raw text of the URL.
  it.each(['/api/v1/%61uth/login', '/%61pi/v1/auth/login', '/api/v1/auth/%6Cogin'])(
    'keeps a blocked client out of /auth when it percent-encodes the path: %s',
    async (url) => {
      // Fake Date, which the in-memory per-minute limit reads, moves with the app's clock.
      let at = Date.now();
      vi.useFakeTimers({ toFake: ['Date'], now: at });
      const own = await buildTestApp(db, {}, { clock: { now: () => new Date(at) } });
      const ip = '192.0.2.77';
      // 20 failures in two minutes: two login windows of 10.
      for (let i = 0; i < 20; i++) {
        if (i === 10) vi.setSystemTime((at += MINUTE + 1_000));
        expect((await post(own, '/login', ip, { email: uniqueEmail('probe'), password: WRONG })).statusCode).toBe(401);
      }
      // A minute on, the per-minute login limit is free again: only the block can refuse.
      vi.setSystemTime((at += MINUTE + 1_000));
      const probe = { email: uniqueEmail('probe'), password: WRONG };
      expectRateLimited(await post(own, '/login', ip, probe), 900);

      const res = await own.inject({ method: 'POST', url, payload: probe, remoteAddress: ip });
      expectRateLimited(res, 900);
      expect(retryAfterOf(res), 'refused by the per-minute limit, not the block').toBeGreaterThan(60);
    },
  );
});
