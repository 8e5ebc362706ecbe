import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { activeAdmin, activeUser, bearer, emailsTo, login, nextIp, signedIn, STRONG_PASSWORD, uniqueEmail, type SignedInUser } from '../../../../test/auth-helpers.js';
import type { AdminUserDetail, AdminUserSummary } from '../../../contracts/admin.js';
import type { UserProfile } from '../../../contracts/auth.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { auditLog } from '../audit/audit.tables.js';
import { passwordHistory, sessions } from '../auth/auth.tables.js';
import { verifyPassword } from '../../../../test/passwords.js';
import { categories, products, productVariants } from '../catalog/catalog.tables.js';
import { users } from '../users/users.tables.js';
import { insertAddress } from '../../../../test/addresses.js';
import { errorOf } from '../../../../test/errors.js';

let db: Database;
let app: FastifyInstance;
let admin: SignedInUser;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
});

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

type Method = 'GET' | 'POST';

async function call(method: Method, url: string, token?: string, payload?: object) {
  return app.inject({ method, url: `/api/v1${url}`, headers: token ? bearer(token) : {}, ...(payload ? { payload } : {}) });
}

const asAdmin = (method: Method, url: string, payload?: object) => call(method, url, admin.accessToken, payload);

/** A list page of the admin user search. */
async function listUsers(query: string, token = admin.accessToken): Promise<{ data: AdminUserSummary[]; meta: PaginationMeta }> {
  const res = await call('GET', `/admin/users?${query}`, token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}


/** A word no other test uses, so searches for it see only the accounts this test made. */
const tag = (): string => `t${randomBytes(4).toString('hex')}`;

const auditRecords = (action: string, targetId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));

async function statusOf(userId: string) {
  const [row] = await db.select({ status: users.status }).from(users).where(eq(users.id, userId));
  return row?.status;
}

const newAdminBody = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail('newadmin'),
  fullName: 'Margaret Hamilton',
  phone: '(202) 555-0143',
  password: 'Ap0llo#Guidance',
  currentPassword: STRONG_PASSWORD,
  ...overrides,
});

// ---------------------------------------------------------------------------------------------

describe('GET /admin/users', () => {
  it('finds accounts by part of the email or name in any case, with exactly the summary fields', async () => {
    const word = tag();
    const byName = await activeUser(app, db, { fullName: `Ada ${word.toUpperCase()} Lovelace` });
    const byEmail = await activeUser(app, db, { email: `${word}.mail@example.com` });
    await activeUser(app, db, { fullName: 'Someone Else' });

    const { data, meta } = await listUsers(`q=${word.slice(1, 7).toUpperCase()}`);

    expect(data.map((u) => u.id).sort()).toEqual([byName.userId, byEmail.userId].sort());
    expect(meta).toEqual({ page: 1, pageSize: 20, total: 2, totalPages: 1 });
    const found = data.find((u) => u.id === byEmail.userId);
    expect(Object.keys(found ?? {}).sort()).toEqual(
      ['createdAt', 'email', 'emailVerified', 'fullName', 'id', 'lastLoginAt', 'phone', 'role', 'status'].sort(),
    );
    expect(found).toMatchObject({ email: `${word}.mail@example.com`, role: 'customer', status: 'active', emailVerified: true, lastLoginAt: null });
  });

  it('treats % and _ in the search as plain characters', async () => {
    const percent = await activeUser(app, db, { fullName: 'Club 100% Real' });
    const underscore = await activeUser(app, db, { fullName: 'Snake_Case Fan' });

    const withPercent = await listUsers('q=%25');
    expect(withPercent.data.map((u) => u.id)).toContain(percent.userId);
    for (const user of withPercent.data) expect(`${user.email} ${user.fullName}`).toContain('%');

    const withUnderscore = await listUsers('q=_');
    expect(withUnderscore.data.map((u) => u.id)).toContain(underscore.userId);
    for (const user of withUnderscore.data) expect(`${user.email} ${user.fullName}`).toContain('_');
  });

  it('filters by role and status, alone and together with a search', async () => {
    const word = tag();
    const customer = await activeUser(app, db, { fullName: `Cora ${word}` });
    const seller = await activeUser(app, db, { fullName: `Sam ${word}`, role: 'seller', business: { name: 'Sam Sells', taxId: 'US-1' } });
    const suspended = await activeUser(app, db, { fullName: `Sue ${word}` });
    expect((await asAdmin('POST', `/admin/users/${suspended.userId}/suspend`)).statusCode).toBe(200);

    expect((await listUsers(`q=${word}&role=seller`)).data.map((u) => u.id)).toEqual([seller.userId]);
    expect((await listUsers(`q=${word}&status=suspended`)).data.map((u) => u.id)).toEqual([suspended.userId]);
    expect((await listUsers(`q=${word}&role=customer&status=active`)).data.map((u) => u.id)).toEqual([customer.userId]);
    const admins = await listUsers('role=admin&pageSize=100');
    expect(admins.data.length).toBeGreaterThan(0);
    for (const user of admins.data) expect(user.role).toBe('admin');
  });

  it('lists the newest accounts first, a page at a time', async () => {
    const word = tag();
    const made: string[] = [];
    for (const name of ['First', 'Second', 'Third']) made.push((await activeUser(app, db, { fullName: `${name} ${word}` })).userId);

    const first = await listUsers(`q=${word}&pageSize=2`);
    expect(first.data.map((u) => u.id)).toEqual([made[2], made[1]]);
    expect(first.meta).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
    const second = await listUsers(`q=${word}&pageSize=2&page=2`);
    expect(second.data.map((u) => u.id)).toEqual([made[0]]);
    expect(second.meta).toEqual({ page: 2, pageSize: 2, total: 3, totalPages: 2 });
  });

  it.each([
    ['pageSize=101', 'pageSize'],
    ['role=owner', 'role'],
    ['status=sleeping', 'status'],
    ['page=0', 'page'],
  ])('rejects ?%s with VALIDATION_ERROR naming %s', async (query, field) => {
    const res = await asAdmin('GET', `/admin/users?${query}`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('VALIDATION_ERROR');
    expect(errorOf(res).details).toEqual([expect.objectContaining({ field })]);
  });

  it('is for admins only: anonymous 401, customers and sellers 403', async () => {
    expect(errorOf(await call('GET', '/admin/users')).code).toBe('AUTH_TOKEN_REQUIRED');
    for (const role of ['customer', 'seller'] as const) {
      const user = await signedIn(app, db, role);
      const res = await call('GET', '/admin/users', user.accessToken);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('AUTH_PERMISSION_DENIED');
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('GET /admin/users/:id', () => {
  /** An address of the seller's; only the default one has a label. */
  const sellerAddress = (userId: string, fields: { line1: string; isDefault?: boolean; deleted?: boolean; lastUsedAt?: Date }) =>
    insertAddress(db, userId, {
      label: fields.isDefault ? 'Home' : null,
      recipientName: 'Sam Seller',
      line1: fields.line1,
      isDefault: fields.isDefault ?? false,
      lastUsedAt: fields.lastUsedAt ?? null,
      deletedAt: fields.deleted ? new Date() : null,
    });

  it('shows the profile with the business, the live addresses, the active sessions and recent failed sign-ins', async () => {
    const seller = await activeUser(app, db, { role: 'seller', business: { name: 'Acme Lamps', taxId: 'US-12-3456789' } });
    const home = await sellerAddress(seller.userId, { line1: '1 Main St', isDefault: true });
    const recent = await sellerAddress(seller.userId, { line1: '2 Side St', lastUsedAt: new Date() });
    const never = await sellerAddress(seller.userId, { line1: '3 Old St' });
    await sellerAddress(seller.userId, { line1: '4 Gone St', deleted: true });
    const kept = await login(app, seller);
    const ended = await login(app, seller);
    expect((await call('POST', '/auth/logout', ended.accessToken)).statusCode).toBe(204);
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: seller.email, password: 'Wrong#Pass1' }, remoteAddress: nextIp() });
      expect(res.statusCode).toBe(401);
    }

    const res = await asAdmin('GET', `/admin/users/${seller.userId}`);

    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json().data as AdminUserDetail;
    expect(detail.user).toMatchObject({ id: seller.userId, email: seller.email, role: 'seller', status: 'active', seller: { businessName: 'Acme Lamps', taxId: 'US-12-3456789' } });
    expect(detail.addresses.map((a) => a.id)).toEqual([home, recent, never]);
    expect(detail.addresses[0]).toMatchObject({
      id: home,
      label: 'Home',
      recipientName: 'Sam Seller',
      phone: '+12025550143',
      line1: '1 Main St',
      line2: null,
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
      country: 'US',
      isDefault: true,
    });
    expect(detail.sessions.map((s) => s.id)).toEqual([kept.session.id]);
    // The admin's own device is not among them.
    expect(detail.sessions[0]?.current).toBe(false);
    expect(detail.login).toEqual({ lockedUntil: null, failedLoginsLast15Minutes: 2 });
  });

  it('shows until when a locked account is locked', async () => {
    const user = await activeUser(app, db);
    for (let i = 0; i < 5; i++) {
      await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: 'Wrong#Pass1' }, remoteAddress: nextIp() });
    }

    const detail = (await asAdmin('GET', `/admin/users/${user.userId}`)).json().data as AdminUserDetail;

    expect(Date.parse(detail.login.lockedUntil ?? '')).toBeGreaterThan(Date.now() + 25 * 60_000);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const unknown = await asAdmin('GET', `/admin/users/${newId()}`);
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
    const malformed = await asAdmin('GET', '/admin/users/not-a-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(errorOf(malformed).code).toBe('VALIDATION_ERROR');
  });

  it('refuses a customer with 403 and shows nothing of the account', async () => {
    const target = await activeUser(app, db, { fullName: 'Private Person' });
    const customer = await signedIn(app, db, 'customer');

    const res = await call('GET', `/admin/users/${target.userId}`, customer.accessToken);

    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain(target.email);
    expect(res.body).not.toContain('Private Person');
  });
});

// ---------------------------------------------------------------------------------------------

describe('POST /admin/users', () => {
  it('creates an active, verified admin who can sign in and administer at once', async () => {
    const body = newAdminBody({ email: `New.Admin.${tag()}@Example.com` });

    const res = await asAdmin('POST', '/admin/users', body);

    expect(res.statusCode, res.body).toBe(201);
    const created = res.json().data as UserProfile;
    const email = body.email.toLowerCase();
    expect(created).toMatchObject({ email, fullName: 'Margaret Hamilton', phone: '+12025550143', role: 'admin', status: 'active', emailVerified: true, lastLoginAt: null });
    const [row] = await db.select().from(users).where(eq(users.id, created.id));
    expect(await verifyPassword(row?.passwordHash ?? '', body.password)).toBe(true);
    expect(await db.select().from(passwordHistory).where(eq(passwordHistory.userId, created.id))).toHaveLength(1);
    expect(await emailsTo(db, email, 'admin account is ready')).toHaveLength(1);
    const [record] = await auditRecords('admin.user.admin_created', created.id);
    expect(record).toMatchObject({ actorId: admin.userId, actorEmail: admin.email, targetType: 'user', outcome: 'success', details: { email } });

    const session = await login(app, { email, password: body.password });
    expect((await call('GET', '/admin/users', session.accessToken)).statusCode).toBe(200);
  });

  it("asks for the acting admin's own password: missing or wrong is 400 on currentPassword, a wrong one counts as a failure, and no admin is made", async () => {
    const withoutIt: Record<string, unknown> = newAdminBody();
    delete withoutIt.currentPassword;
    const missing = await asAdmin('POST', '/admin/users', withoutIt);
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing)).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'currentPassword' }] });

    const actor = await signedIn(app, db, 'admin');
    const wrong = newAdminBody({ currentPassword: 'N0t-the#password' });
    const res = await call('POST', '/admin/users', actor.accessToken, wrong);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'currentPassword', message: 'The password is not correct' }] });
    expect(await db.$count(users, eq(users.email, wrong.email))).toBe(0);
    const [failure] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'admin.user.admin_create_failed'), eq(auditLog.actorId, actor.userId)));
    expect(failure).toMatchObject({ outcome: 'failure', targetId: actor.userId });
    const detail = await asAdmin('GET', `/admin/users/${actor.userId}`);
    expect((detail.json().data as AdminUserDetail).login.failedLoginsLast15Minutes).toBe(1);
  });

  it('emails every active admin, the acting one too, who made which admin; not suspended admins', async () => {
    const actor = await signedIn(app, db, 'admin');
    const suspendedAdmin = await activeAdmin(db);
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, suspendedAdmin.userId));
    const body = newAdminBody();

    expect((await call('POST', '/admin/users', actor.accessToken, body)).statusCode).toBe(201);

    for (const email of [actor.email, admin.email]) {
      const notices = await emailsTo(db, email, 'admin was created');
      expect(notices.map((n) => n.text).join('\n')).toContain(`${actor.email} created an admin account for ${body.email}`);
    }
    expect(await emailsTo(db, suspendedAdmin.email, 'admin was created')).toHaveLength(0);
    expect(await emailsTo(db, body.email, 'admin was created')).toHaveLength(0);
  });

  it('rejects a weak password with AUTH_WEAK_PASSWORD listing the unmet rules, and creates nothing', async () => {
    const body = newAdminBody({ password: 'alllowercase' });

    const res = await asAdmin('POST', '/admin/users', body);

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('AUTH_WEAK_PASSWORD');
    const rules = (errorOf(res).details as { field: string; rule: string }[]).map((d) => d.rule).sort();
    expect(rules).toEqual(['digit', 'special', 'uppercase']);
    expect(await db.$count(users, eq(users.email, body.email))).toBe(0);
  });

  it('answers 409 AUTH_EMAIL_EXISTS for a taken email in any case', async () => {
    const existing = await activeUser(app, db);

    const res = await asAdmin('POST', '/admin/users', newAdminBody({ email: existing.email.toUpperCase() }));

    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('AUTH_EMAIL_EXISTS');
    expect(await statusOf(existing.userId)).toBe('active');
    expect(await db.$count(users, eq(users.email, existing.email))).toBe(1);
  });

  it.each([
    ['an invalid phone number', { phone: '12345' }, 'phone'],
    ['a missing name', { fullName: undefined }, 'fullName'],
    ['an invalid email', { email: 'not-an-email' }, 'email'],
    ['a role', { role: 'admin' }, 'role'],
  ])('rejects %s with VALIDATION_ERROR', async (_what, overrides, field) => {
    const body = newAdminBody(overrides);

    const res = await asAdmin('POST', '/admin/users', body);

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('VALIDATION_ERROR');
    expect(errorOf(res).details).toEqual([expect.objectContaining({ field })]);
  });

  it.each(['customer', 'seller'] as const)('is refused to a %s with 403, recorded as authz.denied, and makes no admin', async (role) => {
    const user = await signedIn(app, db, role);
    const body = newAdminBody();

    const res = await call('POST', '/admin/users', user.accessToken, body);

    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('AUTH_PERMISSION_DENIED');
    expect(await db.$count(users, eq(users.email, body.email))).toBe(0);
    const denied = await db.select().from(auditLog).where(and(eq(auditLog.action, 'authz.denied'), eq(auditLog.actorId, user.userId)));
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ outcome: 'denied', details: expect.objectContaining({ access: 'admins:create', method: 'POST' }) });
  });
});

// ---------------------------------------------------------------------------------------------

describe('POST /admin/users/:id/suspend', () => {
  it('suspends the account: its tokens die at once, sign-in is refused, the user is emailed and it is audited', async () => {
    const user = await activeUser(app, db);
    const session = await login(app, user);
    // Warm the session cache, so only the revocation can make the next request fail.
    expect((await call('GET', '/me', session.accessToken)).statusCode).toBe(200);

    const res = await asAdmin('POST', `/admin/users/${user.userId}/suspend`, { reason: '  Repeated chargebacks  ' });

    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ id: user.userId, status: 'suspended' });
    const afterwards = await call('GET', '/me', session.accessToken);
    expect(afterwards.statusCode).toBe(401);
    expect(errorOf(afterwards).code).toBe('AUTH_INVALID_TOKEN');
    const refresh = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: session.refreshToken }, remoteAddress: nextIp() });
    expect(errorOf(refresh).code).toBe('AUTH_INVALID_TOKEN');
    const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password: user.password }, remoteAddress: nextIp() });
    expect(signIn.statusCode).toBe(403);
    expect(errorOf(signIn).code).toBe('AUTH_ACCOUNT_SUSPENDED');

    const [revoked] = await db.select().from(sessions).where(eq(sessions.id, session.session.id));
    expect(revoked).toMatchObject({ revokedReason: 'suspended', revokedAt: expect.any(Date) });
    const [mail] = await emailsTo(db, user.email, 'suspended');
    expect(mail?.text).toContain('Repeated chargebacks');
    const [record] = await auditRecords('admin.user.suspended', user.userId);
    expect(record).toMatchObject({ actorId: admin.userId, outcome: 'success', details: { reason: 'Repeated chargebacks', sessionsRevoked: 1 } });
  });

  it('needs no reason, nor a body at all', async () => {
    const user = await activeUser(app, db);

    const res = await asAdmin('POST', `/admin/users/${user.userId}/suspend`);

    expect(res.statusCode, res.body).toBe(200);
    const [record] = await auditRecords('admin.user.suspended', user.userId);
    expect(record?.details).toEqual({ reason: null, sessionsRevoked: 0 });
  });

  it('takes a seller’s products out of the catalog until the seller is activated again', async () => {
    const seller = await signedIn(app, db, 'seller');
    const slug = `shelf-${tag()}`;
    const categoryId = newId();
    await db.insert(categories).values({ id: categoryId, name: 'Lamps', slug });
    const productId = newId();
    await db.insert(products).values({ id: productId, sellerId: seller.userId, categoryId, name: 'Brass Desk Lamp', description: 'Warm light.' });
    await db.insert(productVariants).values({ id: newId(), productId, sku: `LAMP-${tag()}`, priceCents: 4900, stock: 3 });
    const shelf = async () => ((await call('GET', `/products?category=${slug}`)).json().data as { id: string }[]).map((p) => p.id);
    expect(await shelf()).toEqual([productId]);

    expect((await asAdmin('POST', `/admin/users/${seller.userId}/suspend`, { reason: 'Counterfeit goods' })).statusCode).toBe(200);

    expect(await shelf()).toEqual([]);
    expect((await call('GET', `/products/${productId}`)).statusCode).toBe(404);

    expect((await asAdmin('POST', `/admin/users/${seller.userId}/activate`)).statusCode).toBe(200);
    expect(await shelf()).toEqual([productId]);
  });

  it('refuses to suspend yourself (409) and leaves you signed in', async () => {
    const self = await asAdmin('POST', `/admin/users/${admin.userId}/suspend`);
    expect(self.statusCode).toBe(409);
    expect(errorOf(self)).toMatchObject({ code: 'CONFLICT', message: 'You cannot suspend your own account' });
    expect(await statusOf(admin.userId)).toBe('active');
    expect((await asAdmin('GET', '/me')).statusCode).toBe(200);
  });

  it('suspends another admin with your own password: its tokens die, it cannot sign in, and every other admin is told', async () => {
    const other = await signedIn(app, db, 'admin');

    const res = await asAdmin('POST', `/admin/users/${other.userId}/suspend`, { reason: 'Session stolen', currentPassword: STRONG_PASSWORD });

    expect(res.statusCode, res.body).toBe(200);
    const notices = await emailsTo(db, admin.email, 'admin was suspended');
    expect(notices.map((n) => n.text).join('\n')).toContain(`${admin.email} suspended the admin account of ${other.email}`);
    expect(await emailsTo(db, other.email, 'admin was suspended')).toHaveLength(0);
    expect(await statusOf(other.userId)).toBe('suspended');
    expect(errorOf(await call('GET', '/me', other.accessToken)).code).toBe('AUTH_INVALID_TOKEN');
    const again = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: other.email, password: STRONG_PASSWORD }, remoteAddress: nextIp() });
    expect(errorOf(again).code).toBe('AUTH_ACCOUNT_SUSPENDED');
  });

  it('will not suspend an admin without your own password, and counts a wrong one', async () => {
    const other = await signedIn(app, db, 'admin');
    const actor = await signedIn(app, db, 'admin');

    const missing = await call('POST', `/admin/users/${other.userId}/suspend`, actor.accessToken, { reason: 'x' });
    expect(errorOf(missing)).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'currentPassword' }] });
    const wrong = await call('POST', `/admin/users/${other.userId}/suspend`, actor.accessToken, { currentPassword: 'N0t-the#password' });
    expect(errorOf(wrong)).toMatchObject({ code: 'VALIDATION_ERROR', details: [{ field: 'currentPassword' }] });

    expect(await statusOf(other.userId)).toBe('active');
    const detail = await asAdmin('GET', `/admin/users/${actor.userId}`);
    expect((detail.json().data as AdminUserDetail).login.failedLoginsLast15Minutes).toBe(1);
    // A customer's suspension needs no password.
    const customer = await activeUser(app, db);
    expect((await call('POST', `/admin/users/${customer.userId}/suspend`, actor.accessToken)).statusCode).toBe(200);
  });

  it('of two admins suspending each other at once, one wins: the shop keeps an admin', async () => {
    const first = await signedIn(app, db, 'admin');
    const second = await signedIn(app, db, 'admin');

    const answers = await Promise.all([
      call('POST', `/admin/users/${second.userId}/suspend`, first.accessToken, { currentPassword: STRONG_PASSWORD }),
      call('POST', `/admin/users/${first.userId}/suspend`, second.accessToken, { currentPassword: STRONG_PASSWORD }),
    ]);

    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401]);
    expect([await statusOf(first.userId), await statusOf(second.userId)].sort()).toEqual(['active', 'suspended']);
  });

  it('answers 409 for an account that is not active, and 404 for an unknown one', async () => {
    const user = await activeUser(app, db);
    expect((await asAdmin('POST', `/admin/users/${user.userId}/suspend`)).statusCode).toBe(200);

    const again = await asAdmin('POST', `/admin/users/${user.userId}/suspend`);
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('CONFLICT');
    expect(await auditRecords('admin.user.suspended', user.userId)).toHaveLength(1);

    const unverified = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { email: uniqueEmail(), password: STRONG_PASSWORD, fullName: 'New Person', phone: '+12025550143', role: 'customer' }, remoteAddress: nextIp() });
    const unverifiedId = (unverified.json().data as { user: UserProfile }).user.id;
    expect((await asAdmin('POST', `/admin/users/${unverifiedId}/suspend`)).statusCode).toBe(409);

    const unknown = await asAdmin('POST', `/admin/users/${newId()}/suspend`);
    expect(unknown.statusCode).toBe(404);
    expect(errorOf(unknown).code).toBe('NOT_FOUND');
  });

  it('rejects unknown fields and an over-long reason with VALIDATION_ERROR', async () => {
    const user = await activeUser(app, db);

    const unknownField = await asAdmin('POST', `/admin/users/${user.userId}/suspend`, { reason: 'x', notify: false });
    expect(errorOf(unknownField).code).toBe('VALIDATION_ERROR');
    const tooLong = await asAdmin('POST', `/admin/users/${user.userId}/suspend`, { reason: 'x'.repeat(501) });
    expect(errorOf(tooLong).details).toEqual([expect.objectContaining({ field: 'reason' })]);
    expect(await statusOf(user.userId)).toBe('active');
  });

  it.each(['customer', 'seller'] as const)('is refused to a %s (403) and leaves the account alone', async (role) => {
    const target = await activeUser(app, db);
    const caller = await signedIn(app, db, role);

    const res = await call('POST', `/admin/users/${target.userId}/suspend`, caller.accessToken);

    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('AUTH_PERMISSION_DENIED');
    expect(await statusOf(target.userId)).toBe('active');
  });
});

// ---------------------------------------------------------------------------------------------

describe('POST /admin/users/:id/activate', () => {
  it('lifts a suspension: sign-in works again, the user is emailed and it is audited; old sessions stay ended', async () => {
    const user = await activeUser(app, db);
    const before = await login(app, user);
    expect((await asAdmin('POST', `/admin/users/${user.userId}/suspend`)).statusCode).toBe(200);

    const res = await asAdmin('POST', `/admin/users/${user.userId}/activate`, { reason: 'Appeal accepted' });

    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ id: user.userId, status: 'active' });
    const after = await login(app, user);
    expect((await call('GET', '/me', after.accessToken)).statusCode).toBe(200);
    expect((await call('GET', '/me', before.accessToken)).statusCode).toBe(401);
    expect(await emailsTo(db, user.email, 'active again')).toHaveLength(1);
    const [record] = await auditRecords('admin.user.activated', user.userId);
    expect(record).toMatchObject({ actorId: admin.userId, outcome: 'success', details: { reason: 'Appeal accepted' } });
  });

  it('answers 409 for an account that is not suspended, and 404 for an unknown one', async () => {
    const user = await activeUser(app, db);

    const res = await asAdmin('POST', `/admin/users/${user.userId}/activate`);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res)).toMatchObject({ code: 'CONFLICT', message: 'Only a suspended account can be activated' });
    expect(await emailsTo(db, user.email, 'active again')).toHaveLength(0);

    expect((await asAdmin('POST', `/admin/users/${newId()}/activate`)).statusCode).toBe(404);
  });

  it('is refused to a customer (403)', async () => {
    const target = await activeUser(app, db);
    expect((await asAdmin('POST', `/admin/users/${target.userId}/suspend`)).statusCode).toBe(200);
    const customer = await signedIn(app, db, 'customer');

    const res = await call('POST', `/admin/users/${target.userId}/activate`, customer.accessToken);

    expect(res.statusCode).toBe(403);
    expect(await statusOf(target.userId)).toBe('suspended');
  });
});
