import { randomInt, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppAndDatabase, testAppWithClock } from '../../../../test/app.js';
import { activeUser, bearer, DESKTOP_CHROME, emailsTo, IPHONE_SAFARI, login, nextIp, refreshCookie } from '../../../../test/auth-helpers.js';
import { expectError } from '../../../../test/errors.js';
import type { Database } from '../../db/client.js';
import { sessions } from './auth.tables.js';
import type { Geolocator } from './device.js';
import { SESSION_CACHE_MS as CACHE_MS } from './sessions.service.js';
import { testClock } from '../../../../test/clock.js';

/** Sessions: what a sign-in records, the session list, and every way of ending sessions, on one node and on several. */

const IPAD_SAFARI =
  'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const NEW_PASSWORD = 'N3w#Passphrase';
const REDIS_URL = 'redis://127.0.0.1:6379';
/** The contract: a revoked session stops working within 5 seconds, on every node. */
const REVOCATION_BOUND_MS = 5_000;

let db: Database;
/** The app of the tests that never move time; its clock stands still. */
let app: FastifyInstance;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase({}, { clock: testClock() }));
});

const me = (target: FastifyInstance, accessToken: string) => target.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });
const listSessions = (target: FastifyInstance, accessToken: string) =>
  target.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: bearer(accessToken) });
const deleteSession = (target: FastifyInstance, accessToken: string, id: string) =>
  target.inject({ method: 'DELETE', url: `/api/v1/me/sessions/${id}`, headers: bearer(accessToken) });
const refresh = (target: FastifyInstance, refreshToken: string, ip = nextIp()) =>
  target.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { refresh_token: refreshToken }, remoteAddress: ip });
const logout = (target: FastifyInstance, accessToken: string, everywhere = false, ip = nextIp()) =>
  target.inject({ method: 'POST', url: `/api/v1/auth/${everywhere ? 'logout-all' : 'logout'}`, headers: bearer(accessToken), remoteAddress: ip });
const changePassword = (target: FastifyInstance, accessToken: string, currentPassword: string, newPassword: string) =>
  target.inject({ method: 'POST', url: '/api/v1/me/password', headers: bearer(accessToken), payload: { currentPassword, newPassword } });

const sessionRow = async (id: string) => (await db.select().from(sessions).where(eq(sessions.id, id)))[0];

type SessionItem = { id: string; current: boolean; lastActiveAt: string };
async function sessionList(target: FastifyInstance, accessToken: string): Promise<SessionItem[]> {
  const res = await listSessions(target, accessToken);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as SessionItem[];
}

/** A session is usable when its access token reaches a protected route and its refresh token refreshes. */
async function expectUsable(target: FastifyInstance, s: { accessToken: string; refreshToken: string }): Promise<void> {
  expect((await me(target, s.accessToken)).statusCode).toBe(200);
  expect((await refresh(target, s.refreshToken)).statusCode).toBe(200);
}

async function expectEnded(target: FastifyInstance, s: { accessToken: string; refreshToken: string }): Promise<void> {
  expectError(await me(target, s.accessToken), 401, 'AUTH_INVALID_TOKEN');
  expectError(await refresh(target, s.refreshToken), 401, 'AUTH_INVALID_TOKEN');
}

/** A new user signed in twice: on a desktop and on a phone. */
async function signedInOnDesktopAndPhone() {
  const user = await activeUser(app, db);
  const desktop = await login(app, user, { 'user-agent': DESKTOP_CHROME });
  const phone = await login(app, user, { 'user-agent': IPHONE_SAFARI });
  return { user, desktop, phone };
}

/** The cleared refresh cookie: empty, expired, on the path it was set on. */
function expectCookieCleared(res: LightMyRequestResponse): void {
  const cookie = refreshCookie(res);
  expect(cookie).toMatchObject({ value: '', path: '/api/v1/auth' });
  expect(cookie?.maxAge === 0 || (cookie?.expires !== undefined && cookie.expires.getTime() <= Date.now())).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe('what a sign-in records', () => {
  it.each([
    ['desktop Chrome', DESKTOP_CHROME, { deviceType: 'desktop', browser: 'Chrome 130', os: 'Windows 10' }],
    ['iPhone Safari', IPHONE_SAFARI, { deviceType: 'mobile', browser: 'Safari 17', os: 'iOS 17.5' }],
    ['iPad Safari', IPAD_SAFARI, { deviceType: 'tablet', browser: 'Safari 17', os: 'iOS 17.5' }],
    ['an empty user agent', '', { deviceType: 'unknown', browser: 'Unknown browser', os: 'Unknown OS' }],
  ])('a session from %s with its device, browser and OS', async (_name, userAgent, device) => {
    const { clock, app: own } = await testAppWithClock(db);
    const user = await activeUser(own, db);
    const ip = nextIp();
    const s = await login(own, user, { 'user-agent': userAgent }, ip);

    const row = await sessionRow(s.session.id);
    expect(row).toMatchObject({ userId: user.userId, ...device, userAgent, ip, location: 'Unknown', revokedAt: null });
    expect(row?.createdAt.getTime()).toBe(clock.now().getTime());
    expect(row?.lastActiveAt.getTime()).toBe(clock.now().getTime());

    expect(await sessionList(own, s.accessToken)).toEqual([
      {
        id: s.session.id,
        current: true,
        ...device,
        ip,
        location: 'Unknown',
        createdAt: clock.now().toISOString(),
        lastActiveAt: clock.now().toISOString(),
        status: 'active',
      },
    ]);
  });

  it('a request without any User-Agent header is an unknown device', async () => {
    const user = await activeUser(app, db);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: user.password },
      headers: { 'user-agent': undefined },
      remoteAddress: nextIp(),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await sessionRow(res.json().data.session.id)).toMatchObject({ deviceType: 'unknown', userAgent: '' });
  });

  it.each(['127.0.0.1', '10.20.30.40', '192.168.1.20', '::1'])('locates %s as "Local network"', async (ip) => {
    const user = await activeUser(app, db);
    const s = await login(app, user, { 'user-agent': DESKTOP_CHROME }, ip);
    expect(await sessionRow(s.session.id)).toMatchObject({ ip, location: 'Local network' });
    expect((await sessionList(app, s.accessToken))[0]).toMatchObject({ ip, location: 'Local network' });
  });

  it('locates a public address as "Unknown" when no geolocator is configured', async () => {
    const user = await activeUser(app, db);
    const s = await login(app, user, {}, '203.0.113.7');
    expect(await sessionRow(s.session.id)).toMatchObject({ ip: '203.0.113.7', location: 'Unknown' });
  });

  it('asks the configured geolocator about public addresses only, and records its answer', async () => {
    const asked: string[] = [];
    const places: Record<string, string> = { '203.0.113.9': 'Lisbon, Portugal', '2001:db8::5': 'Osaka, Japan' };
    const geolocate: Geolocator = async (ip) => {
      asked.push(ip);
      return places[ip] ?? null;
    };
    const { app: own } = await testAppWithClock(db, {}, { geolocate });
    const user = await activeUser(own, db);

    const where = async (ip: string) => (await sessionRow((await login(own, user, {}, ip)).session.id))?.location;
    expect(await where('203.0.113.9')).toBe('Lisbon, Portugal');
    expect(await where('2001:db8::5')).toBe('Osaka, Japan');
    expect(await where('198.51.100.200')).toBe('Unknown'); // the geolocator does not know it
    expect(await where('10.9.8.7')).toBe('Local network');
    expect(await where('::1')).toBe('Local network');
    expect(asked).toEqual(['203.0.113.9', '2001:db8::5', '198.51.100.200']);
  });

  it('signs in all the same, location "Unknown", when the geolocator fails', async () => {
    const geolocate: Geolocator = async () => {
      throw new Error('geo-IP service unavailable');
    };
    const { app: own } = await testAppWithClock(db, {}, { geolocate });
    const s = await login(own, await activeUser(own, db), {}, '203.0.113.10');
    expect(await sessionRow(s.session.id)).toMatchObject({ location: 'Unknown' });
  });
});

describe('GET /me/sessions', () => {
  it('lists only the caller’s active sessions, with current true only for the caller’s own', async () => {
    const { user, desktop, phone } = await signedInOnDesktopAndPhone();
    const ended = await login(app, user);
    expect((await logout(app, ended.accessToken)).statusCode).toBe(204);
    const stranger = await login(app, await activeUser(app, db));

    const fromDesktop = await sessionList(app, desktop.accessToken);
    expect(fromDesktop.map((s) => s.id).sort()).toEqual([desktop.session.id, phone.session.id].sort());
    expect(fromDesktop.filter((s) => s.current).map((s) => s.id)).toEqual([desktop.session.id]);
    expect(fromDesktop.find((s) => s.id === phone.session.id)).toMatchObject({ deviceType: 'mobile', status: 'active', current: false });

    const fromPhone = await sessionList(app, phone.accessToken);
    expect(fromPhone.filter((s) => s.current).map((s) => s.id)).toEqual([phone.session.id]);
    expect((await sessionList(app, stranger.accessToken)).map((s) => s.id)).toEqual([stranger.session.id]);
  });

  it('leaves out sessions whose refresh token has expired', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const user = await activeUser(own, db);
    await login(own, user);
    clock.advance(31 * 24 * 3_600_000);
    const fresh = await login(own, user);
    expect((await sessionList(own, fresh.accessToken)).map((s) => s.id)).toEqual([fresh.session.id]);
  });
});

describe('DELETE /me/sessions/:id', () => {
  it('ends another of my sessions at once: 204, its access token is refused and its refresh token fails', async () => {
    const { desktop: mine, phone: lost } = await signedInOnDesktopAndPhone();
    // The lost phone's session is known to be active (and cached as such) before it is ended.
    expect((await me(app, lost.accessToken)).statusCode).toBe(200);

    const res = await deleteSession(app, mine.accessToken, lost.session.id);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');

    await expectEnded(app, lost);
    await expectUsable(app, mine);
    expect((await sessionList(app, mine.accessToken)).map((s) => s.id)).toEqual([mine.session.id]);
    expect(await sessionRow(lost.session.id)).toMatchObject({ revokedAt: expect.any(Date) });
  });

  it('answers 404 NOT_FOUND for an unknown id, another user’s session and an already ended one, and ends nothing', async () => {
    const user = await activeUser(app, db);
    const mine = await login(app, user);
    const theirs = await login(app, await activeUser(app, db));

    expectError(await deleteSession(app, mine.accessToken, randomUUID()), 404, 'NOT_FOUND');
    expectError(await deleteSession(app, mine.accessToken, theirs.session.id), 404, 'NOT_FOUND');
    await expectUsable(app, theirs);

    const other = await login(app, user);
    expect((await deleteSession(app, mine.accessToken, other.session.id)).statusCode).toBe(204);
    expectError(await deleteSession(app, mine.accessToken, other.session.id), 404, 'NOT_FOUND');
    await expectUsable(app, mine);
  });

  it('answers 400 VALIDATION_ERROR for an id that is not a UUID', async () => {
    const mine = await login(app, await activeUser(app, db));
    expectError(await deleteSession(app, mine.accessToken, 'not-a-uuid'), 400, 'VALIDATION_ERROR');
  });
});

describe('logout', () => {
  it('POST /auth/logout ends only the current session and clears the refresh cookie', async () => {
    const user = await activeUser(app, db);
    const here = await login(app, user);
    const there = await login(app, user);
    expect((await me(app, here.accessToken)).statusCode).toBe(200);

    const res = await logout(app, here.accessToken);
    expect(res.statusCode, res.body).toBe(204);
    expectCookieCleared(res);

    await expectEnded(app, here);
    await expectUsable(app, there);
    expect((await sessionList(app, there.accessToken)).map((s) => s.id)).toEqual([there.session.id]);
  });

  it('POST /auth/logout-all ends every session of the user, clears the cookie, and leaves other users alone', async () => {
    const { user, desktop: a, phone: b } = await signedInOnDesktopAndPhone();
    const someoneElse = await login(app, await activeUser(app, db));
    for (const s of [a, b, someoneElse]) expect((await me(app, s.accessToken)).statusCode).toBe(200);

    const res = await logout(app, a.accessToken, true);
    expect(res.statusCode, res.body).toBe(204);
    expectCookieCleared(res);

    await expectEnded(app, a);
    await expectEnded(app, b);
    await expectUsable(app, someoneElse);
    const live = await db.select().from(sessions).where(eq(sessions.userId, user.userId));
    expect(live.every((s) => s.revokedAt !== null)).toBe(true);

    // Signing in again works as usual.
    await expectUsable(app, await login(app, user));
  });
});

describe('POST /me/password', () => {
  it('keeps the current session, ends the others, sends a confirmation email and changes the password', async () => {
    const { user, desktop: here, phone: there } = await signedInOnDesktopAndPhone();
    expect((await me(app, there.accessToken)).statusCode).toBe(200);
    const emailsBefore = (await emailsTo(db, user.email, 'password was changed')).length;

    const res = await changePassword(app, here.accessToken, user.password, NEW_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);

    await expectUsable(app, here);
    await expectEnded(app, there);
    expect((await sessionList(app, here.accessToken)).map((s) => s.id)).toEqual([here.session.id]);
    expect(await emailsTo(db, user.email, 'password was changed')).toHaveLength(emailsBefore + 1);

    const oldPassword = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress: nextIp() });
    expectError(oldPassword, 401, 'AUTH_INVALID_CREDENTIALS');
    await expectUsable(app, await login(app, { email: user.email, password: NEW_PASSWORD }));
  });

  it('answers a wrong current password with 400 VALIDATION_ERROR on currentPassword, changing and ending nothing', async () => {
    const user = await activeUser(app, db);
    const here = await login(app, user);
    const there = await login(app, user);

    const res = await changePassword(app, here.accessToken, 'Wr0ng#Password', NEW_PASSWORD);
    expectError(res, 400, 'VALIDATION_ERROR');
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: 'currentPassword' })]);

    await expectUsable(app, here);
    await expectUsable(app, there);
    expect(await emailsTo(db, user.email, 'password was changed')).toHaveLength(0);
    await login(app, user); // the old password still signs in
  });

  it('allows 5 attempts a minute per user, from any address and any of its sessions, then 429', async () => {
    const user = await activeUser(app, db);
    const other = await activeUser(app, db);
    const sessionsOfUser = [await login(app, user), await login(app, user)];
    const attempt = (accessToken: string) =>
      app.inject({ method: 'POST', url: '/api/v1/me/password', headers: bearer(accessToken), payload: { currentPassword: 'Wr0ng#Password', newPassword: NEW_PASSWORD }, remoteAddress: nextIp() });

    for (let i = 0; i < 5; i++) expect((await attempt(sessionsOfUser[i % 2]!.accessToken)).statusCode).toBe(400);
    const limited = await attempt(sessionsOfUser[0]!.accessToken);
    expectError(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another user is not held back by it.
    expect((await attempt((await login(app, other)).accessToken)).statusCode).toBe(400);
  });
});

describe('last activity', () => {
  it('moves lastActiveAt as the session is used, at most once a minute', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const user = await activeUser(own, db);
    const used = await login(own, user);
    const idle = await login(own, user);
    const signedInAt = clock.now().toISOString();
    const lastActive = async (id: string) => (await sessionRow(id))?.lastActiveAt.toISOString();

    clock.advance(30_000);
    expect((await me(own, used.accessToken)).statusCode).toBe(200);
    expect(await lastActive(used.session.id)).toBe(signedInAt); // less than a minute: not written

    clock.advance(31_000);
    const at61s = clock.now().toISOString();
    expect((await me(own, used.accessToken)).statusCode).toBe(200);
    expect(await lastActive(used.session.id)).toBe(at61s);

    clock.advance(30_000);
    expect((await me(own, used.accessToken)).statusCode).toBe(200);
    expect(await lastActive(used.session.id)).toBe(at61s); // again less than a minute since the last write

    clock.advance(60_000);
    const later = clock.now().toISOString();
    const listed = await sessionList(own, used.accessToken);
    expect(listed.find((s) => s.id === used.session.id)?.lastActiveAt).toBe(later);
    expect(listed.find((s) => s.id === idle.session.id)?.lastActiveAt).toBe(signedInAt);

    // A refresh is activity too.
    clock.advance(5 * 60_000);
    expect((await refresh(own, idle.refreshToken)).statusCode).toBe(200);
    expect(await lastActive(idle.session.id)).toBe(clock.now().toISOString());
  });
});

describe('revocation across nodes', () => {
  /** A fresh address per request on the Redis-backed nodes: their rate limits and IP blocks live in the shared Redis. */
  const randomIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

  /** Asks node B until it answers 401, for at most `ms` of real time; its own clock never moves. */
  async function statusOnceRevoked(target: FastifyInstance, accessToken: string, ms = 2_000): Promise<number> {
    const deadline = Date.now() + ms;
    for (;;) {
      const res = await me(target, accessToken);
      if (res.statusCode !== 200 || Date.now() > deadline) return res.statusCode;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Two nodes sharing Redis, and a user signed in twice on node A. */
  async function redisNodesAndTwoSessions() {
    const nodeA = await testAppWithClock(db, { REDIS_URL });
    const nodeB = await testAppWithClock(db, { REDIS_URL });
    const user = await activeUser(app, db);
    const first = await login(nodeA.app, user, {}, randomIp());
    const second = await login(nodeA.app, user, {}, randomIp());
    return { nodeA, nodeB, user, first, second };
  }

  it('with Redis, a logout on node A is refused by node B at once (pub/sub), no clock moved', async () => {
    const { nodeA, nodeB, first: s, second: other } = await redisNodesAndTwoSessions();
    // Node B has checked the sessions and cached them as active.
    expect((await me(nodeB.app, s.accessToken)).statusCode).toBe(200);
    expect((await me(nodeB.app, other.accessToken)).statusCode).toBe(200);

    expect((await logout(nodeA.app, s.accessToken, false, randomIp())).statusCode).toBe(204);

    expect(await statusOnceRevoked(nodeB.app, s.accessToken)).toBe(401);
    expectError(await me(nodeB.app, s.accessToken), 401, 'AUTH_INVALID_TOKEN');
    // The other session was not revoked and still passes on B.
    expect((await me(nodeB.app, other.accessToken)).statusCode).toBe(200);
  });

  it('with Redis, a password change on node A ends the other sessions on node B at once', async () => {
    const { nodeA, nodeB, user, first: here, second: there } = await redisNodesAndTwoSessions();
    expect((await me(nodeB.app, there.accessToken)).statusCode).toBe(200);

    expect((await changePassword(nodeA.app, here.accessToken, user.password, NEW_PASSWORD)).statusCode).toBe(200);

    expect(await statusOnceRevoked(nodeB.app, there.accessToken)).toBe(401);
    expect((await me(nodeB.app, here.accessToken)).statusCode).toBe(200);
  });

  it('without Redis, node B accepts a revoked session only until its cache lapses, within 5 seconds', async () => {
    const nodeA = await testAppWithClock(db);
    const nodeB = await testAppWithClock(db);
    const user = await activeUser(app, db);
    const s = await login(nodeA.app, user);
    expect((await me(nodeB.app, s.accessToken)).statusCode).toBe(200);

    expect((await logout(nodeA.app, s.accessToken)).statusCode).toBe(204);
    expectError(await me(nodeA.app, s.accessToken), 401, 'AUTH_INVALID_TOKEN');

    // Nothing tells node B: it answers from its cache...
    expect((await me(nodeB.app, s.accessToken)).statusCode).toBe(200);
    nodeB.clock.advance(CACHE_MS - 1);
    expect((await me(nodeB.app, s.accessToken)).statusCode).toBe(200);
    // ...until the answer is older than the cache allows, at most the contract's 5 seconds.
    nodeB.clock.advance(REVOCATION_BOUND_MS - (CACHE_MS - 1));
    expectError(await me(nodeB.app, s.accessToken), 401, 'AUTH_INVALID_TOKEN');
  });
});
