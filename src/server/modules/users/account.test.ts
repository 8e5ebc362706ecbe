import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, testAppAndDatabase, testAppWithClock } from '../../../../test/app.js';
import { activeUser, bearer, emailsTo, login, nextIp, registration, signedIn, STRONG_PASSWORD } from '../../../../test/auth-helpers.js';
import { insertAddress } from '../../../../test/addresses.js';
import { expectError, expectFieldError } from '../../../../test/errors.js';
import type { Database } from '../../db/client.js';
import { addresses } from '../addresses/addresses.tables.js';
import { auditLog } from '../audit/audit.tables.js';
import { oneTimeTokens, passwordHistory, sessions } from '../auth/auth.tables.js';
import { verifyPassword } from '../../../../test/passwords.js';
import { PROFILE_CACHE_MS } from './users.service.js';
import { sellerApplications, sellerProfiles, users } from './users.tables.js';

const REDIS_URL = 'redis://127.0.0.1:6379';

/** PATCH /me (name and phone) and DELETE /me (closing the account). */

let app: FastifyInstance;
let db: Database;

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase());
});

const patchMe = (payload: unknown, accessToken?: string) =>
  app.inject({ method: 'PATCH', url: '/api/v1/me', payload: payload as object, headers: accessToken ? bearer(accessToken) : {} });
// Each from its own address: closing is rate limited per client.
const closeAccount = (payload: unknown, accessToken?: string, ip = nextIp()) =>
  app.inject({ method: 'DELETE', url: '/api/v1/me', payload: payload as object, headers: accessToken ? bearer(accessToken) : {}, remoteAddress: ip });
const getMe = (accessToken: string) => app.inject({ url: '/api/v1/me', headers: bearer(accessToken) });
const refresh = (refreshToken: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { refresh_token: refreshToken }, remoteAddress: nextIp() });

const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];
const auditRecords = (action: string, actorId: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.actorId, actorId)));

describe('PATCH /me', () => {
  it('changes the name and the phone, stores the phone in E.164, and answers the profile of GET /me', async () => {
    const user = await signedIn(app, db, 'customer');
    const res = await patchMe({ fullName: '  Ada King  ', phone: '(202) 555-0175' }, user.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ id: user.userId, email: user.email, fullName: 'Ada King', phone: '+12025550175', role: 'customer' });
    expect(res.json().data).toEqual((await getMe(user.accessToken)).json().data);
    expect(await userRow(user.userId)).toMatchObject({ fullName: 'Ada King', phone: '+12025550175' });
  });

  it('audits which fields changed, never their values', async () => {
    const user = await signedIn(app, db, 'customer');
    expect((await patchMe({ fullName: 'Ada King', phone: '+1 202 555 0100' }, user.accessToken)).statusCode).toBe(200);
    const [record] = await auditRecords('account.updated', user.userId);
    expect(record).toMatchObject({ outcome: 'success', targetType: 'user', targetId: user.userId, details: { changed: ['fullName', 'phone'] } });
    expect(JSON.stringify(record?.details)).not.toMatch(/Ada King|2025550100/);
  });

  it('records only the fields whose value changed, and nothing when none did', async () => {
    const user = await signedIn(app, db, 'customer');
    // Registered as Ada Lovelace with +12025550143: the same number written differently changes nothing.
    expect((await patchMe({ fullName: 'Ada Lovelace', phone: '202-555-0143' }, user.accessToken)).statusCode).toBe(200);
    expect(await auditRecords('account.updated', user.userId)).toHaveLength(0);
    expect((await patchMe({ fullName: 'Ada Lovelace', phone: '+12025550111' }, user.accessToken)).statusCode).toBe(200);
    expect((await auditRecords('account.updated', user.userId)).map((r) => r.details)).toEqual([{ changed: ['phone'] }]);
  });

  it('keeps a seller’s business in the profile', async () => {
    const seller = await signedIn(app, db, 'seller');
    const res = await patchMe({ fullName: 'Acme Owner' }, seller.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ fullName: 'Acme Owner', role: 'seller', seller: { businessName: 'Acme Goods', taxId: 'US-12-3456789' } });
  });

  it('refuses a phone number that is not valid as a field error on phone, and changes nothing', async () => {
    const user = await signedIn(app, db, 'customer');
    const res = await patchMe({ fullName: 'Someone Else', phone: '+1 555 0000' }, user.accessToken);
    expectFieldError(res, 'phone');
    expect(await userRow(user.userId)).toMatchObject({ fullName: 'Ada Lovelace', phone: '+12025550143' });
  });

  it('needs at least one field, and refuses empty names, unknown fields and mass-assignment', async () => {
    const user = await signedIn(app, db, 'customer');
    expectError(await patchMe({}, user.accessToken), 400, 'VALIDATION_ERROR');
    expectFieldError(await patchMe({ fullName: '   ' }, user.accessToken), 'fullName');
    expectFieldError(await patchMe({ fullName: 'x'.repeat(121) }, user.accessToken), 'fullName');
    expectFieldError(await patchMe({ fullName: 'Ada', role: 'admin' }, user.accessToken), 'role');
    expectFieldError(await patchMe({ email: 'new@example.com' }, user.accessToken), 'email');
    expect(await userRow(user.userId)).toMatchObject({ role: 'customer', email: user.email, fullName: 'Ada Lovelace' });
  });

  it('needs a signed-in caller', async () => {
    expectError(await patchMe({ fullName: 'Nobody' }), 401, 'AUTH_TOKEN_REQUIRED');
  });

  it('lets an admin edit their own profile too', async () => {
    const admin = await signedIn(app, db, 'admin');
    const res = await patchMe({ phone: '+44 20 7946 0958' }, admin.accessToken);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ role: 'admin', phone: '+442079460958' });
  });
});

describe('GET /me across nodes (each keeps profiles for a few seconds)', () => {
  /** The contract: a change is seen everywhere within 5 seconds. */
  const CHANGE_BOUND_MS = 5_000;
  const nameOn = async (node: FastifyInstance, token: string) => {
    const res = await node.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().data.fullName as string;
  };
  const rename = async (node: FastifyInstance, token: string, fullName: string) =>
    expect((await node.inject({ method: 'PATCH', url: '/api/v1/me', headers: bearer(token), payload: { fullName } })).statusCode).toBe(200);

  it('shows a change at once on the node that made it, and on another node within 5 seconds without Redis', async () => {
    const nodeA = await testAppWithClock(db);
    const nodeB = await testAppWithClock(db);
    const { accessToken } = await login(nodeA.app, await activeUser(nodeA.app, db));
    expect(await nameOn(nodeA.app, accessToken)).toBe('Ada Lovelace');
    expect(await nameOn(nodeB.app, accessToken)).toBe('Ada Lovelace');

    await rename(nodeA.app, accessToken, 'Ada King');
    expect(await nameOn(nodeA.app, accessToken)).toBe('Ada King');
    // Nothing tells node B: it answers from memory, but never for longer than the bound.
    expect(await nameOn(nodeB.app, accessToken)).toBe('Ada Lovelace');
    nodeB.clock.advance(PROFILE_CACHE_MS);
    expect(PROFILE_CACHE_MS).toBeLessThan(CHANGE_BOUND_MS);
    expect(await nameOn(nodeB.app, accessToken)).toBe('Ada King');
  });

  it('shows a change at once on every node that shares Redis', async () => {
    const nodeA = await buildTestApp(db, { REDIS_URL });
    const nodeB = await buildTestApp(db, { REDIS_URL });
    const { accessToken } = await login(nodeA, await activeUser(nodeA, db));
    expect(await nameOn(nodeB, accessToken)).toBe('Ada Lovelace');

    await rename(nodeA, accessToken, 'Ada, Countess of Lovelace');
    await expect.poll(() => nameOn(nodeB, accessToken), { timeout: 1_000 }).toBe('Ada, Countess of Lovelace');
  });
});

describe('DELETE /me', () => {
  it('needs a signed-in caller', async () => {
    expectError(await closeAccount({ password: STRONG_PASSWORD }), 401, 'AUTH_TOKEN_REQUIRED');
  });

  it('is not for admins: 403 from the route, recorded, and the account is untouched', async () => {
    const admin = await signedIn(app, db, 'admin');
    expectError(await closeAccount({ password: admin.password }, admin.accessToken), 403, 'AUTH_PERMISSION_DENIED');
    expect(await auditRecords('authz.denied', admin.userId)).toHaveLength(1);
    expect(await userRow(admin.userId)).toMatchObject({ status: 'active', email: admin.email });
    expect((await getMe(admin.accessToken)).statusCode).toBe(200);
  });

  it('answers a wrong password with 400 on the field password (never 401), records it, and closes nothing', async () => {
    const user = await signedIn(app, db, 'customer');
    const res = await closeAccount({ password: 'Wrong#Passw0rd' }, user.accessToken);
    expectFieldError(res, 'password');
    expect(await auditRecords('account.delete_failed', user.userId)).toHaveLength(1);
    expect(await userRow(user.userId)).toMatchObject({ status: 'active', email: user.email });
    expect((await getMe(user.accessToken)).statusCode).toBe(200);
  });

  it('needs exactly a password', async () => {
    const user = await signedIn(app, db, 'customer');
    expectFieldError(await closeAccount({}, user.accessToken), 'password');
    expectFieldError(await closeAccount({ password: user.password, keepData: true }, user.accessToken), 'keepData');
    expect(await userRow(user.userId)).toMatchObject({ status: 'active' });
  });

  it('throttles password guesses: the sixth attempt in a minute from one client is 429', async () => {
    const user = await signedIn(app, db, 'customer');
    const ip = nextIp();
    for (let i = 0; i < 5; i++) expectFieldError(await closeAccount({ password: `Wrong#Passw0rd${i}` }, user.accessToken, ip), 'password');
    expectError(await closeAccount({ password: user.password }, user.accessToken, ip), 429, 'RATE_LIMITED');
    expect(await userRow(user.userId)).toMatchObject({ status: 'active' });
  });

  describe('a customer closing their account', () => {
    let user: Awaited<ReturnType<typeof activeUser>>;
    let sessionA: Awaited<ReturnType<typeof login>>;
    let sessionB: Awaited<ReturnType<typeof login>>;
    let res: LightMyRequestResponse;

    beforeAll(async () => {
      user = await activeUser(app, db);
      sessionA = await login(app, user);
      sessionB = await login(app, user);
      // With a label and a second line too, so that closing is seen to blank them.
      await insertAddress(db, user.userId, { label: 'Home', line2: 'Flat 3' });
      const applied = await app.inject({
        method: 'POST',
        url: '/api/v1/me/seller-application',
        headers: bearer(sessionA.accessToken),
        payload: { businessName: 'Ada’s Engines', taxId: 'US-98-7654321', description: 'Calculating engines' },
      });
      expect(applied.statusCode, applied.body).toBe(201);
      // A live reset link, to be erased with the rest.
      await app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: user.email }, remoteAddress: nextIp() });
      expect((await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.userId))).length).toBeGreaterThan(0);
      res = await closeAccount({ password: user.password }, sessionA.accessToken);
    });

    it('answers 204 with no body', () => {
      expect(res.statusCode, res.body).toBe(204);
      expect(res.body).toBe('');
    });

    it('ends every session at once: access tokens and refresh tokens stop working', async () => {
      for (const session of [sessionA, sessionB]) {
        expectError(await getMe(session.accessToken), 401, 'AUTH_INVALID_TOKEN');
        expectError(await refresh(session.refreshToken), 401, 'AUTH_INVALID_TOKEN');
      }
      const rows = await db.select().from(sessions).where(eq(sessions.userId, user.userId));
      expect(rows.map((s) => s.revokedReason)).toEqual(['account_deleted', 'account_deleted']);
    });

    it('anonymises the account: email, name, phone, an unusable password, status deleted', async () => {
      const row = await userRow(user.userId);
      expect(row).toMatchObject({ email: `deleted-${user.userId}@deleted.invalid`, fullName: 'Deleted user', phone: '', status: 'deleted', role: 'customer' });
      expect(row?.passwordHash).not.toMatch(/^\$argon2/);
      expect(await verifyPassword(row?.passwordHash ?? '', user.password)).toBe(false);
    });

    it('soft-deletes the addresses and blanks what they said', async () => {
      const rows = await db.select().from(addresses).where(eq(addresses.userId, user.userId));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.deletedAt).toBeInstanceOf(Date);
      expect(rows[0]).toMatchObject({ label: null, recipientName: '', phone: '', line1: '', line2: null, city: '', state: '', postalCode: '', country: '', isDefault: false });
    });

    it('erases one-time tokens, the password history and where the sessions came from', async () => {
      expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, user.userId))).toHaveLength(0);
      expect(await db.select().from(passwordHistory).where(eq(passwordHistory.userId, user.userId))).toHaveLength(0);
      const rows = await db.select().from(sessions).where(eq(sessions.userId, user.userId));
      expect(rows.every((s) => s.ip === '' && s.userAgent === '' && s.location === '')).toBe(true);
    });

    it('withdraws the pending seller application and erases its tax id and description', async () => {
      const rows = await db.select().from(sellerApplications).where(eq(sellerApplications.userId, user.userId));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ status: 'rejected', reason: 'Account closed', businessName: 'Ada’s Engines', taxId: '', description: null });
      expect(rows[0]?.reviewedAt).toBeInstanceOf(Date);
    });

    it('emails a confirmation to the address the account had', async () => {
      const mails = await emailsTo(db, user.email, 'Your shoppingMall account was closed');
      expect(mails).toHaveLength(1);
      expect(mails[0]?.text).toContain('signed it out on every device');
      expect(await emailsTo(db, `deleted-${user.userId}@deleted.invalid`)).toHaveLength(0);
    });

    it('records account.deleted under the user, with counts and no personal data in the details', async () => {
      const [record] = await auditRecords('account.deleted', user.userId);
      expect(record).toMatchObject({ outcome: 'success', targetType: 'user', targetId: user.userId, details: { sessionsRevoked: 2, applicationWithdrawn: true } });
    });

    it('cannot sign in any more, by the old address or the placeholder', async () => {
      for (const email of [user.email, `deleted-${user.userId}@deleted.invalid`]) {
        const attempt = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: user.password }, remoteAddress: nextIp() });
        expectError(attempt, 401, 'AUTH_INVALID_CREDENTIALS');
      }
    });

    it('frees the old address for a new account', async () => {
      const again = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: registration({ email: user.email }), remoteAddress: nextIp() });
      expect(again.statusCode, again.body).toBe(201);
      expect(again.json().data.user.id).not.toBe(user.userId);
    });
  });

  it('keeps a closing seller’s business name for the books and blanks the tax id', async () => {
    const seller = await signedIn(app, db, 'seller');
    expect((await closeAccount({ password: seller.password }, seller.accessToken)).statusCode).toBe(204);
    const [profile] = await db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, seller.userId));
    expect(profile).toMatchObject({ businessName: 'Acme Goods', taxId: '' });
    expect(await userRow(seller.userId)).toMatchObject({ status: 'deleted', fullName: 'Deleted user' });
  });

  it('closes once when two requests race: one 204, the other finds the session ended, one email', async () => {
    const user = await signedIn(app, db, 'customer');
    const results = await Promise.all([closeAccount({ password: user.password }, user.accessToken), closeAccount({ password: user.password }, user.accessToken)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([204, 401]);
    expectError(results.find((r) => r.statusCode === 401) as LightMyRequestResponse, 401, 'AUTH_INVALID_TOKEN');
    expect(await emailsTo(db, user.email, 'Your shoppingMall account was closed')).toHaveLength(1);
    expect(await auditRecords('account.deleted', user.userId)).toHaveLength(1);
  });
});

describe('a token that outlives its account', () => {
  it('writes nothing for a closed account, even on a node whose session cache still trusts the token', async () => {
    const nodeB = await buildTestApp(db);
    const user = await signedIn(app, db, 'customer');
    // Node B has checked the session and caches the answer for a few seconds.
    expect((await nodeB.inject({ url: '/api/v1/me', headers: bearer(user.accessToken) })).statusCode).toBe(200);
    expect((await closeAccount({ password: user.password }, user.accessToken)).statusCode).toBe(204);

    const patched = await nodeB.inject({ method: 'PATCH', url: '/api/v1/me', payload: { fullName: 'Back Again', phone: '+12025550143' }, headers: bearer(user.accessToken) });
    expectError(patched, 401, 'AUTH_INVALID_TOKEN');
    const address = await nodeB.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      payload: { recipientName: 'Back Again', phone: '+12025550143', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' },
      headers: bearer(user.accessToken),
    });
    expectError(address, 401, 'AUTH_INVALID_TOKEN');
    const application = await nodeB.inject({ method: 'POST', url: '/api/v1/me/seller-application', payload: { businessName: 'Back Again Ltd', taxId: 'US-11-1111111' }, headers: bearer(user.accessToken) });
    expectError(application, 401, 'AUTH_INVALID_TOKEN');

    expect(await userRow(user.userId)).toMatchObject({ status: 'deleted', fullName: 'Deleted user', phone: '' });
    expect(await db.select().from(addresses).where(eq(addresses.userId, user.userId))).toEqual([]);
    expect(await db.select().from(sellerApplications).where(eq(sellerApplications.userId, user.userId))).toEqual([]);
  });
});

describe('text PostgreSQL cannot store', () => {
  it('answers a NUL character with 400 VALIDATION_ERROR, never a 500, and changes nothing', async () => {
    const user = await signedIn(app, db, 'customer');
    const before = await userRow(user.userId);
    expectError(await patchMe({ fullName: 'Ada\u0000Lovelace' }, user.accessToken), 400, 'VALIDATION_ERROR');
    expect(await userRow(user.userId)).toEqual(before);
  });
});

describe('wrong passwords from a signed-in session', () => {
  it('count like failed logins: the fifth locks the account and emails an unlock link; then even the right one is refused', async () => {
    const user = await signedIn(app, db, 'customer');
    for (let i = 0; i < 4; i++) expectFieldError(await closeAccount({ password: 'Wrong#Guess1' }, user.accessToken), 'password');
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'Wrong#Guess1', newPassword: 'Another#Secret9' },
      headers: bearer(user.accessToken),
    });
    expectFieldError(changed, 'currentPassword');
    expect(await emailsTo(db, user.email, 'locked')).toHaveLength(1);

    const locked = await closeAccount({ password: user.password }, user.accessToken);
    expectError(locked, 403, 'AUTH_ACCOUNT_LOCKED');
    expect(locked.json().error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(await userRow(user.userId)).toMatchObject({ status: 'active' });
    expect(await auditRecords('account.delete_failed', user.userId)).toHaveLength(4);
  });
});
