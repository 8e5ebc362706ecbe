import { createHash, createHmac, generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testAppAndDatabase, testAppWithClock, testConfig, TEST_PUBLIC_URL } from '../../../../test/app.js';
import { activeUser, bearer, login, nextIp, refreshCookie } from '../../../../test/auth-helpers.js';
import { expectError } from '../../../../test/errors.js';
import type { JwtKey } from '../../config.js';
import type { Database } from '../../db/client.js';
import { users } from '../users/users.tables.js';
import { sessions } from './auth.tables.js';
import { permissionsByRole } from './permissions.js';
import { testClock } from '../../../../test/clock.js';

/** Token attacks and token life: expiry, type confusion, revocation, key rotation and refresh. */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The contract: a revoked session stops working within 5 seconds. */
const REVOCATION_BOUND_MS = 5_000;

const [SIGNING_KEY, OTHER_KEY] = testConfig().jwtKeys ?? [];
if (!SIGNING_KEY || !OTHER_KEY) throw new Error('the test configuration must have two JWT keys');

let db: Database;
/** The app of the tests that never move time; its clock stands still. */
let app: FastifyInstance;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase({}, { clock: testClock() }));
});

// ---------------------------------------------------------------------------------------------
// JWT by hand

type Json = Record<string, unknown>;
const b64 = (value: Json): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const unb64 = (part: string): Json => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Json;

function parseJwt(token: string): { header: Json; payload: Json; signature: string } {
  const parts = token.split('.');
  const [h, p, s] = parts;
  if (parts.length !== 3 || h === undefined || p === undefined || s === undefined) throw new Error(`not a JWS: ${token}`);
  return { header: unb64(h), payload: unb64(p), signature: s };
}

const hmac = (hash: 'sha256' | 'sha512', secret: string, input: string): string =>
  createHmac(hash, Buffer.from(secret, 'utf8')).update(input).digest('base64url');

/** A JWS with whatever header and payload, HMAC-signed with `secret`. */
function signHmac(header: Json, payload: Json, secret: string, hash: 'sha256' | 'sha512' = 'sha256'): string {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${hmac(hash, secret, input)}`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

type Attack = { name: string; forge: (token: string) => string };

/** Every way of making a token that is not one the server issued; each must be refused. */
const attacks: Attack[] = [
  { name: 'garbage', forge: () => 'definitely-not-a-jwt' },
  { name: 'two segments', forge: (t) => t.split('.').slice(0, 2).join('.') },
  { name: 'an empty signature', forge: (t) => `${t.split('.').slice(0, 2).join('.')}.` },
  { name: 'a fourth segment', forge: (t) => `${t}.${t.split('.')[2] ?? ''}` },
  {
    name: 'alg "none", no signature',
    forge: (t) => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(parseJwt(t).payload)}.`,
  },
  {
    name: 'alg "none" with a known kid',
    forge: (t) => `${b64({ alg: 'none', typ: 'JWT', kid: SIGNING_KEY.kid })}.${b64(parseJwt(t).payload)}.`,
  },
  {
    name: 'the right claims signed with a wrong secret',
    forge: (t) => {
      const { header, payload } = parseJwt(t);
      return signHmac(header, payload, 'not-the-secret-of-this-shop-0123456789');
    },
  },
  {
    name: 'the kid of one key signed with the secret of another',
    forge: (t) => {
      const { payload } = parseJwt(t);
      return signHmac({ alg: 'HS256', typ: 'JWT', kid: SIGNING_KEY.kid }, payload, OTHER_KEY.secret);
    },
  },
  {
    name: 'a tampered payload with the signature kept',
    forge: (t) => {
      const { header, payload, signature } = parseJwt(t);
      const tampered =
        payload.type === 'access'
          ? { ...payload, role: 'admin', permissions: [...(payload.permissions as string[]), 'admin:users'] }
          : { ...payload, exp: (payload.exp as number) + 365 * 86_400 };
      return `${b64(header)}.${b64(tampered)}.${signature}`;
    },
  },
  {
    name: 'an HS512 header signed with the right secret',
    forge: (t) => signHmac({ ...parseJwt(t).header, alg: 'HS512' }, parseJwt(t).payload, SIGNING_KEY.secret, 'sha512'),
  },
  {
    name: 'an RS256 header HMAC-signed with the right secret (algorithm confusion)',
    forge: (t) => signHmac({ ...parseJwt(t).header, alg: 'RS256' }, parseJwt(t).payload, SIGNING_KEY.secret),
  },
  {
    name: 'an RS256 header with a real RSA signature',
    forge: (t) => {
      const input = `${b64({ ...parseJwt(t).header, alg: 'RS256' })}.${b64(parseJwt(t).payload)}`;
      return `${input}.${rsaSign('sha256', Buffer.from(input), rsa.privateKey).toString('base64url')}`;
    },
  },
  {
    name: 'an unknown kid (signed with a real secret)',
    forge: (t) => signHmac({ alg: 'HS256', typ: 'JWT', kid: 'retired-key' }, parseJwt(t).payload, SIGNING_KEY.secret),
  },
  {
    name: 'no kid (signed with a real secret)',
    forge: (t) => signHmac({ alg: 'HS256', typ: 'JWT' }, parseJwt(t).payload, SIGNING_KEY.secret),
  },
];

// ---------------------------------------------------------------------------------------------
// HTTP

const me = (target: FastifyInstance, headers: Record<string, string> = {}) => target.inject({ method: 'GET', url: '/api/v1/me', headers });

function refresh(target: FastifyInstance, via: { body?: Json; cookie?: string; origin?: string; headers?: Record<string, string> } = {}) {
  return target.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    remoteAddress: nextIp(),
    ...(via.body ? { payload: via.body } : {}),
    ...(via.cookie ? { cookies: { refresh_token: via.cookie } } : {}),
    headers: { ...(via.origin ? { origin: via.origin } : {}), ...via.headers },
  });
}

function logout(target: FastifyInstance, accessToken: string, origin?: string) {
  return target.inject({
    method: 'POST',
    url: '/api/v1/auth/logout',
    remoteAddress: nextIp(),
    headers: { ...bearer(accessToken), ...(origin ? { origin } : {}) },
  });
}

async function signedIn(target: FastifyInstance = app) {
  const account = await activeUser(target, db);
  return { ...(await login(target, account)), account };
}

// ---------------------------------------------------------------------------------------------

describe('what the tokens carry', () => {
  it('issues an access token with exactly the contract claims, HS256 with a kid, for 30 minutes', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const user = await activeUser(own, db);
    const session = await login(own, user);
    expect(session.response.json().data).toMatchObject({ tokenType: 'Bearer', expiresIn: 1800 });

    const { header, payload } = parseJwt(session.accessToken);
    expect.soft(header).toMatchObject({ alg: 'HS256', kid: SIGNING_KEY.kid });
    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    expect.soft(payload).toStrictEqual({
      userId: user.userId,
      email: user.email,
      role: 'customer',
      permissions: [...permissionsByRole.customer],
      sid: session.session.id,
      iat: nowSeconds,
      exp: nowSeconds + 1800,
      type: 'access',
    });
  });

  it('issues a refresh token with exactly the contract claims for 30 days, its id stored only hashed', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const user = await activeUser(own, db);
    const session = await login(own, user);

    const { header, payload } = parseJwt(session.refreshToken);
    expect.soft(header).toMatchObject({ alg: 'HS256', kid: SIGNING_KEY.kid });
    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    expect.soft(payload).toStrictEqual({ userId: user.userId, tokenId: expect.any(String), iat: nowSeconds, exp: nowSeconds + 30 * 86_400, type: 'refresh' });

    const [row] = await db.select().from(sessions).where(eq(sessions.id, session.session.id));
    expect(row?.refreshTokenHash).toBe(createHash('sha256').update(String(payload.tokenId)).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(String(payload.tokenId));
    expect(row?.refreshExpiresAt.getTime()).toBe((nowSeconds + 30 * 86_400) * 1000);

    // The cookie carries the same token, scoped to the auth routes.
    expect(session.cookie).toMatchObject({ value: session.refreshToken, httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
  });

  it('signs with the HMAC key made of the UTF-8 bytes of the secret', async () => {
    const key: JwtKey = { kid: 'utf8', secret: 'clé secrète — 🔑 — of at least thirty-two bytes' };
    const { app: own } = await testAppWithClock(db, {}, { jwtKeys: [key] });
    const session = await login(own, await activeUser(own, db));
    const { header, payload, signature } = parseJwt(session.accessToken);
    expect(header.kid).toBe('utf8');
    const [h, p] = session.accessToken.split('.');
    expect(signature).toBe(hmac('sha256', key.secret, `${h}.${p}`));
    // And a token made by hand the same way is accepted.
    expect((await me(own, bearer(signHmac(header, payload, key.secret)))).statusCode).toBe(200);
  });

  it('grants what the matrix gives the role today, not what the token lists: a token issued before a permission existed still gets it', async () => {
    const session = await login(app, await activeUser(app, db));
    const { header, payload } = parseJwt(session.accessToken);
    const issuedBeforeTheRelease = signHmac(header, { ...payload, permissions: [] }, SIGNING_KEY.secret);
    expect((await me(app, bearer(issuedBeforeTheRelease))).statusCode).toBe(200);

    // And a claim never makes more of the role: a customer listing an admin's permission is refused it.
    const overclaiming = signHmac(header, { ...payload, permissions: [...permissionsByRole.admin] }, SIGNING_KEY.secret);
    const res = await app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: bearer(overclaiming) });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a well-signed token whose role the matrix does not know (a role a release removed) as 401, not 500', async () => {
    const session = await login(app, await activeUser(app, db));
    const { header, payload } = parseJwt(session.accessToken);
    const unknownRole = signHmac(header, { ...payload, role: 'superuser' }, SIGNING_KEY.secret);
    expectError(await me(app, bearer(unknownRole)), 401, 'AUTH_INVALID_TOKEN');
  });
});

describe('attacks on a protected route and on /refresh', () => {
  let accessToken: string;
  let refreshToken: string;

  beforeAll(async () => {
    ({ accessToken, refreshToken } = await signedIn());
  });

  it('accepts the genuine tokens, and the same claims re-signed by hand with the real key (the forgeries below differ only in their attack)', async () => {
    expect((await me(app, bearer(accessToken))).statusCode).toBe(200);
    const { header, payload } = parseJwt(accessToken);
    expect((await me(app, bearer(signHmac(header, payload, SIGNING_KEY.secret)))).statusCode).toBe(200);
    // A key that is configured but does not sign still verifies.
    expect((await me(app, bearer(signHmac({ ...header, kid: OTHER_KEY.kid }, payload, OTHER_KEY.secret)))).statusCode).toBe(200);

    const r = parseJwt(refreshToken);
    const resigned = await refresh(app, { body: { refreshToken: signHmac(r.header, r.payload, SIGNING_KEY.secret) } });
    expect(resigned.statusCode, resigned.body).toBe(200);
  });

  it('answers 401 AUTH_TOKEN_REQUIRED without an Authorization header', async () => {
    expectError(await me(app), 401, 'AUTH_TOKEN_REQUIRED');
  });

  it.each([
    ['a garbage bearer', () => 'Bearer garbage'],
    ['the Basic scheme', () => `Basic ${Buffer.from('user:password').toString('base64')}`],
    ['an unknown scheme with a good token', () => `Token ${accessToken}`],
    ['a good token without a scheme', () => accessToken],
    ['the scheme without a token', () => 'Bearer'],
  ])('answers 401 AUTH_INVALID_TOKEN for %s', async (_name, header) => {
    expectError(await me(app, { authorization: header() }), 401, 'AUTH_INVALID_TOKEN');
  });

  it.each(attacks)('refuses $name with 401 AUTH_INVALID_TOKEN, as an access token and as a refresh token', async ({ forge }) => {
    expectError(await me(app, bearer(forge(accessToken))), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(app, { body: { refreshToken: forge(refreshToken) } }), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(app, { cookie: forge(refreshToken) }), 401, 'AUTH_INVALID_TOKEN');
  });

  it('refuses a refresh token used as an access token, and an access token sent to /refresh', async () => {
    expectError(await me(app, bearer(refreshToken)), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(app, { body: { refreshToken: accessToken } }), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(app, { cookie: accessToken }), 401, 'AUTH_INVALID_TOKEN');
  });

  it('refuses a correctly signed token whose type is neither "access" nor "refresh"', async () => {
    const { header, payload } = parseJwt(accessToken);
    const r = parseJwt(refreshToken);
    expectError(await me(app, bearer(signHmac(header, { ...payload, type: 'refresh' }, SIGNING_KEY.secret))), 401, 'AUTH_INVALID_TOKEN');
    expectError(await me(app, bearer(signHmac(header, { ...payload, type: undefined }, SIGNING_KEY.secret))), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(app, { body: { refreshToken: signHmac(r.header, { ...r.payload, type: 'access' }, SIGNING_KEY.secret) } }), 401, 'AUTH_INVALID_TOKEN');
  });
});

describe('expiry', () => {
  it('answers 401 AUTH_TOKEN_EXPIRED for an access token older than 30 minutes; a refresh gives a working one', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const session = await login(own, await activeUser(own, db));

    clock.advance(29 * MINUTE);
    expect((await me(own, bearer(session.accessToken))).statusCode).toBe(200);
    clock.advance(2 * MINUTE);
    expectError(await me(own, bearer(session.accessToken)), 401, 'AUTH_TOKEN_EXPIRED');

    const refreshed = await refresh(own, { cookie: session.refreshToken });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect((await me(own, bearer(refreshed.json().data.accessToken))).statusCode).toBe(200);
  });

  it('answers 401 AUTH_TOKEN_EXPIRED for a refresh token older than 30 days', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const session = await login(own, await activeUser(own, db));
    clock.advance(30 * DAY + MINUTE);
    expectError(await refresh(own, { cookie: session.refreshToken }), 401, 'AUTH_TOKEN_EXPIRED');
    expectError(await refresh(own, { body: { refreshToken: session.refreshToken } }), 401, 'AUTH_TOKEN_EXPIRED');
  });
});

describe('revoked sessions and suspended accounts', () => {
  it("refuses a validly signed token whose sid is a live session of another user than the one it names", async () => {
    const victim = await signedIn();
    const holder = await signedIn();
    // Signed with the real key: only the session check can tell that the session is not the named user's.
    const { payload } = parseJwt(holder.accessToken);
    const crossed = signHmac({ alg: 'HS256', typ: 'JWT', kid: SIGNING_KEY.kid }, { ...payload, userId: victim.account.userId, email: victim.account.email }, SIGNING_KEY.secret);

    expectError(await me(app, bearer(crossed)), 401, 'AUTH_INVALID_TOKEN');
    expect((await me(app, bearer(holder.accessToken))).json().data.id).toBe(holder.account.userId);
  });

  it('refuses the access and refresh tokens of a session ended by logout', async () => {
    const session = await signedIn();
    expect((await me(app, bearer(session.accessToken))).statusCode).toBe(200);
    expect((await logout(app, session.accessToken)).statusCode).toBe(204);
    expectError(await me(app, bearer(session.accessToken)), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(app, { cookie: session.refreshToken }), 401, 'AUTH_INVALID_TOKEN');
  });

  it('refuses a suspended user’s tokens once the session cache has lapsed (within 5 s), and their login is 403 AUTH_ACCOUNT_SUSPENDED', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const user = await activeUser(own, db);
    const session = await login(own, user);
    expect((await me(own, bearer(session.accessToken))).statusCode).toBe(200);

    // As an admin suspension will do it, straight in the database.
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, user.userId));
    clock.advance(REVOCATION_BOUND_MS);

    expectError(await me(own, bearer(session.accessToken)), 401, 'AUTH_INVALID_TOKEN');
    const refused = await refresh(own, { cookie: session.refreshToken });
    expectError(refused, 401, 'AUTH_INVALID_TOKEN');
    // The holder of the refresh token learns why, so the web app can tell the user.
    expect(refused.json().error.details).toEqual({ reason: 'account_suspended' });
    const denied = await own.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress: nextIp() });
    expectError(denied, 403, 'AUTH_ACCOUNT_SUSPENDED');
    // Only the holder of the right password learns that the account is suspended.
    const wrong = await own.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'Wr0ng#Password' }, remoteAddress: nextIp() });
    expectError(wrong, 401, 'AUTH_INVALID_CREDENTIALS');
  });

  it('lets a suspension that commits while a login completes win: 403, and no session left to revive', async () => {
    const user = await activeUser(app, db);
    // An admin's suspension in flight holds the account's row, as the suspension transaction does.
    const admin = await db.$client.connect();
    try {
      await admin.query('begin');
      await admin.query('select 1 from users where id = $1 for update', [user.userId]);
      const pending = app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress: nextIp() });
      await untilSomeoneWaitsForALock();
      await admin.query("update users set status = 'suspended' where id = $1", [user.userId]);
      await admin.query('commit');
      expectError(await pending, 403, 'AUTH_ACCOUNT_SUSPENDED');
    } finally {
      admin.release();
    }
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.userId))).toEqual([]);
    expect((await db.select().from(users).where(eq(users.id, user.userId)))[0]?.lastLoginAt).toBeNull();
  });

  it('answers a deleted account’s login with 403 AUTH_ACCOUNT_SUSPENDED too', async () => {
    const user = await activeUser(app, db);
    await db.update(users).set({ status: 'deleted' }).where(eq(users.id, user.userId));
    const denied = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress: nextIp() });
    expectError(denied, 403, 'AUTH_ACCOUNT_SUSPENDED');
  });
});

describe('key rotation', () => {
  it('verifies with every configured key, signs with the newest, and refuses the tokens of a removed key (a leaked key is revoked so)', async () => {
    const OLD: JwtKey = { kid: 'old', secret: 'o'.repeat(40) };
    const NEW: JwtKey = { kid: 'new', secret: 'n'.repeat(40) };

    const before = await buildTestApp(db, {}, { clock: testClock(), jwtKeys: [OLD] });
    const user = await activeUser(before, db);
    const oldSession = await login(before, user);
    expect(parseJwt(oldSession.accessToken).header.kid).toBe('old');
    expect(parseJwt(oldSession.refreshToken).header.kid).toBe('old');

    // The rollout: the new key signs, the old one still verifies.
    const during = await buildTestApp(db, {}, { clock: testClock(), jwtKeys: [NEW, OLD] });
    expect((await me(during, bearer(oldSession.accessToken))).statusCode).toBe(200);
    const refreshed = await refresh(during, { cookie: oldSession.refreshToken });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(parseJwt(refreshed.json().data.accessToken).header.kid).toBe('new');
    const newSession = await login(during, user);
    expect(parseJwt(newSession.accessToken).header.kid).toBe('new');
    expect(parseJwt(newSession.refreshToken).header.kid).toBe('new');
    expect((await me(during, bearer(newSession.accessToken))).statusCode).toBe(200);

    // The old key retired: its tokens are refused, the new key's work.
    const after = await buildTestApp(db, {}, { clock: testClock(), jwtKeys: [NEW] });
    expectError(await me(after, bearer(oldSession.accessToken)), 401, 'AUTH_INVALID_TOKEN');
    expectError(await refresh(after, { cookie: oldSession.refreshToken }), 401, 'AUTH_INVALID_TOKEN');
    expect((await me(after, bearer(newSession.accessToken))).statusCode).toBe(200);
    expect((await me(after, bearer(refreshed.json().data.accessToken))).statusCode).toBe(200);
    expect((await refresh(after, { cookie: newSession.refreshToken })).statusCode).toBe(200);
  });

  it('signs nobody out when the old key is kept for the 30 days of a refresh token after the new one is added', async () => {
    const OLD: JwtKey = { kid: 'old', secret: 'o'.repeat(40) };
    const NEW: JwtKey = { kid: 'new', secret: 'n'.repeat(40) };
    const clock = testClock();
    const user = await activeUser(app, db);

    const before = await buildTestApp(db, {}, { clock, jwtKeys: [OLD] });
    const idle = await login(before, user);
    clock.advance(DAY);
    const active = await login(before, user);

    // The new key is added; the old one must stay until every token it signed has expired.
    const during = await buildTestApp(db, {}, { clock, jwtKeys: [NEW, OLD] });
    clock.advance(25 * DAY); // the active session refreshes in its last 7 days: a new refresh token, signed with the new key
    const renewal = await refresh(during, { cookie: active.refreshToken });
    expect(renewal.statusCode, renewal.body).toBe(200);
    const renewed = renewal.json().data.refreshToken as string;
    expect(parseJwt(renewed).header.kid).toBe('new');

    clock.advance(5 * DAY); // 30 days after the new key was added, the old one goes
    const after = await buildTestApp(db, {}, { clock, jwtKeys: [NEW] });
    const continued = await refresh(after, { cookie: renewed });
    expect(continued.statusCode, continued.body).toBe(200);
    expect((await me(after, bearer(continued.json().data.accessToken))).statusCode).toBe(200);
    // The idle session's refresh token, the last the old key signed for it, had reached its own end first.
    expect(parseJwt(idle.refreshToken).payload.exp as number).toBeLessThanOrEqual(clock.now().getTime() / 1000);
  });
});

describe('refresh', () => {
  it('takes the refresh token from the cookie, keeping the session and the refresh token', async () => {
    const session = await signedIn();
    const res = await refresh(app, { cookie: session.refreshToken });
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json().data;
    expect(data).toEqual({ accessToken: expect.any(String), expiresIn: 1800 });
    expect(refreshCookie(res)).toBeUndefined();
    expect(parseJwt(data.accessToken).payload).toMatchObject({ sid: session.session.id, userId: session.account.userId, type: 'access' });
    expect((await me(app, bearer(data.accessToken))).statusCode).toBe(200);
  });

  it('takes the refresh token from the body', async () => {
    const session = await signedIn();
    const res = await refresh(app, { body: { refreshToken: session.refreshToken } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.refreshToken).toBeUndefined();
    expect(parseJwt(res.json().data.accessToken).payload.sid).toBe(session.session.id);
  });

  it('answers 401 AUTH_TOKEN_REQUIRED without any refresh token', async () => {
    expectError(await refresh(app), 401, 'AUTH_TOKEN_REQUIRED');
    expectError(await refresh(app, { body: {} }), 401, 'AUTH_TOKEN_REQUIRED');
  });

  it('issues a new refresh token, and resets the cookie, only when the old one expires within 7 days', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const session = await login(own, await activeUser(own, db));

    clock.advance(22 * DAY); // 8 days left: kept
    const kept = await refresh(own, { cookie: session.refreshToken });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().data.refreshToken).toBeUndefined();
    expect(refreshCookie(kept)).toBeUndefined();

    clock.advance(2 * DAY); // 6 days left: renewed
    const renewed = await refresh(own, { cookie: session.refreshToken });
    expect(renewed.statusCode, renewed.body).toBe(200);
    const newToken: string = renewed.json().data.refreshToken;
    expect(typeof newToken).toBe('string');
    expect(newToken).not.toBe(session.refreshToken);
    const nowSeconds = Math.floor(clock.now().getTime() / 1000);
    // (iat is checked with the other claims above.)
    expect(parseJwt(newToken).payload).toMatchObject({ type: 'refresh', exp: nowSeconds + 30 * 86_400 });
    const cookie = refreshCookie(renewed);
    expect(cookie).toMatchObject({ value: newToken, httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(cookie?.expires?.getTime()).toBe((nowSeconds + 30 * 86_400) * 1000);

    // The new token outlives the old one.
    clock.advance(10 * DAY);
    expect((await refresh(own, { cookie: newToken })).statusCode).toBe(200);
    expectError(await refresh(own, { cookie: session.refreshToken }), 401, 'AUTH_TOKEN_EXPIRED');
  });

  it('refuses a refresh token that was replaced, before it expires', async () => {
    const { clock, app: own } = await testAppWithClock(db);
    const session = await login(own, await activeUser(own, db));
    clock.advance(24 * DAY);
    const renewed = await refresh(own, { body: { refreshToken: session.refreshToken } });
    expect(renewed.json().data.refreshToken).toEqual(expect.any(String));
    expectError(await refresh(own, { body: { refreshToken: session.refreshToken } }), 401, 'AUTH_INVALID_TOKEN');
  });
});

describe('Origin check on the cookie routes', () => {
  const crossSite = ['https://evil.example', 'null', 'https://shop.test', 'http://shop.test.evil.example', 'http://shop.test:8080'];

  it.each(crossSite)('refuses /refresh from Origin %s with 403 AUTH_PERMISSION_DENIED', async (origin) => {
    const session = await signedIn();
    const res = await refresh(app, { cookie: session.refreshToken, origin });
    expectError(res, 403, 'AUTH_PERMISSION_DENIED');
    expect(refreshCookie(res)).toBeUndefined();
  });

  it('refuses /logout from a cross-site Origin with 403 AUTH_PERMISSION_DENIED, and the session lives on', async () => {
    const session = await signedIn();
    expectError(await logout(app, session.accessToken, 'https://evil.example'), 403, 'AUTH_PERMISSION_DENIED');
    expect((await me(app, bearer(session.accessToken))).statusCode).toBe(200);
    expect((await refresh(app, { cookie: session.refreshToken })).statusCode).toBe(200);
  });

  it('allows /refresh and /logout from the shop’s own origin and without an Origin', async () => {
    const session = await signedIn();
    expect((await refresh(app, { cookie: session.refreshToken, origin: TEST_PUBLIC_URL })).statusCode).toBe(200);
    expect((await refresh(app, { cookie: session.refreshToken })).statusCode).toBe(200);

    expect((await logout(app, session.accessToken, TEST_PUBLIC_URL)).statusCode).toBe(204);
    expectError(await me(app, bearer(session.accessToken)), 401, 'AUTH_INVALID_TOKEN');

    const other = await signedIn();
    expect((await logout(app, other.accessToken)).statusCode).toBe(204);
    expectError(await me(app, bearer(other.accessToken)), 401, 'AUTH_INVALID_TOKEN');
  });

  it('allows the shop opened at another address of its own (127.0.0.1, a LAN address) than PUBLIC_URL names', async () => {
    const session = await signedIn();
    for (const host of ['127.0.0.1:3000', '192.168.1.20:3000', 'localhost']) {
      const res = await refresh(app, { cookie: session.refreshToken, origin: `http://${host}`, headers: { host } });
      expect(res.statusCode, `${host}: ${res.body}`).toBe(200);
    }
    // A Host that is no host names no origin: refused, not a 500.
    for (const host of ['a b', '[::1']) {
      expectError(await refresh(app, { cookie: session.refreshToken, origin: 'https://evil.example', headers: { host } }), 403, 'AUTH_PERMISSION_DENIED');
    }
    // An Origin that is not the address the request came to is still cross-site.
    expectError(await refresh(app, { cookie: session.refreshToken, origin: 'http://192.168.1.21:3000', headers: { host: '192.168.1.20:3000' } }), 403, 'AUTH_PERMISSION_DENIED');
  });

  it('decides by Sec-Fetch-Site where the browser sends it: same-origin only', async () => {
    const session = await signedIn();
    for (const site of ['cross-site', 'same-site']) {
      expectError(await refresh(app, { cookie: session.refreshToken, origin: TEST_PUBLIC_URL, headers: { 'sec-fetch-site': site } }), 403, 'AUTH_PERMISSION_DENIED');
    }
    expect((await refresh(app, { cookie: session.refreshToken, origin: 'http://127.0.0.1:3000', headers: { 'sec-fetch-site': 'same-origin' } })).statusCode).toBe(200);
  });

  it('counts the address a trusted proxy names as the own origin, and only a trusted one', async () => {
    const behindProxy = await buildTestApp(db, { TRUST_PROXY: '1' });
    const session = await signedIn(behindProxy);
    const forwarded = { host: '10.0.0.5:3000', 'x-forwarded-host': 'shop.example', 'x-forwarded-proto': 'https' };
    expect((await refresh(behindProxy, { cookie: session.refreshToken, origin: 'https://shop.example', headers: forwarded })).statusCode).toBe(200);

    const direct = await signedIn();
    expectError(await refresh(app, { cookie: direct.refreshToken, origin: 'https://shop.example', headers: forwarded }), 403, 'AUTH_PERMISSION_DENIED');
  });
});

/** Waits until a query of this database is blocked on a lock: the login has reached the account's row. */
async function untilSomeoneWaitsForALock(): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const { rows } = await db.execute<{ waiting: number }>(
      sql`select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if ((rows[0]?.waiting ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no query ever waited for the lock');
}
