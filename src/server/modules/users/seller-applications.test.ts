import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_PUBLIC_URL, testAppWithAdmin } from '../../../../test/app.js';
import { bearer, emailsTo, login, nextIp, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { testClock } from '../../../../test/clock.js';
import { insertAddress } from '../../../../test/addresses.js';
import { expectError, expectFieldError } from '../../../../test/errors.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { addresses } from '../addresses/addresses.tables.js';
import { auditLog } from '../audit/audit.tables.js';
import { sellerApplications, sellerProfiles, users } from './users.tables.js';

/** Applying to sell (/me/seller-application) and the admins' review (/admin/seller-applications). */

const MINUTE = 60_000;

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;
// Time moves a minute per application, so "oldest first" and "newest first" are exact.
const clock = testClock();

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin({ clock }));
});

const application = { businessName: 'Ada’s Engines', taxId: 'US-98-7654321', description: 'Hand-made calculating engines' };

const apply = (accessToken: string | undefined, payload: unknown = application) =>
  app.inject({ method: 'POST', url: '/api/v1/me/seller-application', payload: payload as object, headers: accessToken ? bearer(accessToken) : {} });
const myApplication = (accessToken?: string) => app.inject({ url: '/api/v1/me/seller-application', headers: accessToken ? bearer(accessToken) : {} });
const list = (accessToken: string | undefined, query = '') =>
  app.inject({ url: `/api/v1/admin/seller-applications${query}`, headers: accessToken ? bearer(accessToken) : {} });
/** By the admin unless another token is given; '' for an anonymous request. */
const decide = (decision: 'approve' | 'reject', id: string, payload?: unknown, accessToken = admin.accessToken) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/admin/seller-applications/${id}/${decision}`,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: accessToken ? bearer(accessToken) : {},
  });

type Application = { id: string; status: string; reason: string | null; applicant: { id: string; email: string; fullName: string } };

/** A signed-in customer with a pending application, submitted a minute after the previous one. */
async function applicant(payload: object = application): Promise<SignedInUser & { applicationId: string }> {
  clock.advance(MINUTE);
  const user = await signedIn(app, db, 'customer');
  const res = await apply(user.accessToken, payload);
  expect(res.statusCode, res.body).toBe(201);
  return { ...user, applicationId: res.json().data.application.id as string };
}

const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];
const auditRecords = (action: string, targetId: string) =>
  db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
const accessClaims = (accessToken: string) => JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString()) as { role: string };

describe('POST /me/seller-application', () => {
  it('creates a pending application: 201 {application}, recorded in the audit log', async () => {
    const user = await signedIn(app, db, 'customer');
    const res = await apply(user.accessToken, { businessName: '  Ada’s Engines ', taxId: ' US-98-7654321 ', description: 'Engines' });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json().data.application;
    expect(created).toEqual({
      id: expect.any(String),
      businessName: 'Ada’s Engines',
      taxId: 'US-98-7654321',
      description: 'Engines',
      status: 'pending',
      reason: null,
      createdAt: expect.any(String),
      reviewedAt: null,
    });
    const [record] = await auditRecords('seller_application.submitted', created.id);
    expect(record).toMatchObject({ outcome: 'success', actorId: user.userId, targetType: 'seller_application' });
    expect(await userRow(user.userId)).toMatchObject({ role: 'customer' });
  });

  it('stores no description as null', async () => {
    const user = await signedIn(app, db, 'customer');
    const res = await apply(user.accessToken, { businessName: 'Plain', taxId: 'TX-1', description: '  ' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.application.description).toBeNull();
  });

  it('allows one pending application at a time: the second is 409', async () => {
    const user = await applicant();
    expectError(await apply(user.accessToken, { businessName: 'Second try', taxId: 'US-11-1111111' }), 409, 'CONFLICT');
    expect(await db.select().from(sellerApplications).where(eq(sellerApplications.userId, user.userId))).toHaveLength(1);
  });

  it('lets the partial unique index settle two applications racing: one 201, one 409', async () => {
    const user = await signedIn(app, db, 'customer');
    const results = await Promise.all([apply(user.accessToken), apply(user.accessToken), apply(user.accessToken)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    for (const refused of results.filter((r) => r.statusCode === 409)) expectError(refused, 409, 'CONFLICT');
    expect(await db.select().from(sellerApplications).where(eq(sellerApplications.userId, user.userId))).toHaveLength(1);
  });

  it('is for customers: a seller and an admin get 409', async () => {
    const seller = await signedIn(app, db, 'seller');
    expectError(await apply(seller.accessToken), 409, 'CONFLICT');
    expectError(await apply(admin.accessToken), 409, 'CONFLICT');
    expect(await db.select().from(sellerApplications).where(eq(sellerApplications.userId, seller.userId))).toHaveLength(0);
  });

  it('validates the body strictly: required fields, lengths, no mass-assigned status', async () => {
    const user = await signedIn(app, db, 'customer');
    expectFieldError(await apply(user.accessToken, { taxId: 'US-1' }), 'businessName');
    expectFieldError(await apply(user.accessToken, { businessName: 'Acme' }), 'taxId');
    expectFieldError(await apply(user.accessToken, { businessName: 'Acme', taxId: 'X' }), 'taxId');
    expectFieldError(await apply(user.accessToken, { businessName: 'x'.repeat(121), taxId: 'US-1' }), 'businessName');
    expectFieldError(await apply(user.accessToken, { businessName: 'Acme', taxId: 'US-1', description: 'x'.repeat(2001) }), 'description');
    expectFieldError(await apply(user.accessToken, { businessName: 'Acme', taxId: 'US-1', status: 'approved' }), 'status');
    expect(await db.select().from(sellerApplications).where(eq(sellerApplications.userId, user.userId))).toHaveLength(0);
  });

  it('needs a signed-in caller', async () => {
    expectError(await apply(undefined), 401, 'AUTH_TOKEN_REQUIRED');
  });
});

describe('GET /me/seller-application', () => {
  it('is null before any application, then the latest one', async () => {
    const user = await signedIn(app, db, 'customer');
    const before = await myApplication(user.accessToken);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ success: true, data: null });

    clock.advance(MINUTE);
    const first = (await apply(user.accessToken)).json().data.application.id as string;
    expect((await decide('reject', first, { reason: 'Tax id not found' })).statusCode).toBe(200);
    clock.advance(MINUTE);
    const second = (await apply(user.accessToken, { businessName: 'Ada’s Engines Ltd', taxId: 'US-98-7654321' })).json().data.application.id as string;

    const latest = (await myApplication(user.accessToken)).json().data;
    expect(latest).toMatchObject({ id: second, status: 'pending', businessName: 'Ada’s Engines Ltd' });
    expect(latest).not.toHaveProperty('applicant');
  });

  it('shows the decision and its reason to the applicant', async () => {
    const user = await applicant();
    await decide('reject', user.applicationId, { reason: 'We could not verify the tax id' });
    expect((await myApplication(user.accessToken)).json().data).toMatchObject({
      id: user.applicationId,
      status: 'rejected',
      reason: 'We could not verify the tax id',
      reviewedAt: expect.any(String),
    });
  });

  it('needs a signed-in caller', async () => {
    expectError(await myApplication(), 401, 'AUTH_TOKEN_REQUIRED');
  });
});

describe('GET /admin/seller-applications', () => {
  it('is for admins only: 401 anonymous, 403 for customers and sellers (recorded)', async () => {
    expectError(await list(undefined), 401, 'AUTH_TOKEN_REQUIRED');
    const customer = await signedIn(app, db, 'customer');
    const seller = await signedIn(app, db, 'seller');
    expectError(await list(customer.accessToken), 403, 'AUTH_PERMISSION_DENIED');
    expectError(await list(seller.accessToken), 403, 'AUTH_PERMISSION_DENIED');
    const denied = await db.select().from(auditLog).where(and(eq(auditLog.action, 'authz.denied'), eq(auditLog.actorId, customer.userId)));
    expect(denied).toHaveLength(1);
  });

  it('lists pending applications oldest first by default, with the applicant and pagination meta', async () => {
    const older = await applicant();
    const newer = await applicant();
    const all = (await list(admin.accessToken, '?pageSize=100')).json();
    const ids = (all.data as Application[]).map((a) => a.id);
    expect(ids.indexOf(older.applicationId)).toBeLessThan(ids.indexOf(newer.applicationId));
    expect((all.data as Application[]).every((a) => a.status === 'pending')).toBe(true);
    expect((all.data as Application[]).find((a) => a.id === older.applicationId)).toMatchObject({
      businessName: application.businessName,
      taxId: application.taxId,
      description: application.description,
      applicant: { id: older.userId, email: older.email, fullName: 'Ada Lovelace' },
    });
    expect(all.meta).toEqual({ page: 1, pageSize: 100, total: ids.length, totalPages: 1 });

    const page = (await list(admin.accessToken, '?status=pending&page=2&pageSize=1')).json();
    expect(page.data).toHaveLength(1);
    expect(page.data[0].id).toBe(ids[1]);
    expect(page.meta).toEqual({ page: 2, pageSize: 1, total: ids.length, totalPages: ids.length });
  });

  it('lists decided applications by status, newest decision first', async () => {
    const first = await applicant();
    const second = await applicant();
    await decide('approve', second.applicationId, {});
    clock.advance(MINUTE);
    await decide('approve', first.applicationId, {});
    const approved = (await list(admin.accessToken, '?status=approved&pageSize=100')).json().data as Application[];
    expect(approved.every((a) => a.status === 'approved')).toBe(true);
    expect(approved.slice(0, 2).map((a) => a.id)).toEqual([first.applicationId, second.applicationId]);
    const pending = (await list(admin.accessToken, '?pageSize=100')).json().data as Application[];
    expect(pending.map((a) => a.id)).not.toContain(first.applicationId);
  });

  it('refuses an unknown status and a pageSize above 100', async () => {
    expectFieldError(await list(admin.accessToken, '?status=maybe'), 'status');
    expectFieldError(await list(admin.accessToken, '?pageSize=101'), 'pageSize');
  });
});

describe('POST /admin/seller-applications/:id/approve', () => {
  it('turns the customer into a seller with the business, keeps everything else, emails and records it', async () => {
    const user = await applicant();
    await insertAddress(db, user.userId);
    const session = await login(app, user);

    const res = await decide('approve', user.applicationId, { reason: 'Welcome!' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      id: user.applicationId,
      status: 'approved',
      reason: 'Welcome!',
      reviewedAt: expect.any(String),
      applicant: { id: user.userId, email: user.email },
    });

    expect(await userRow(user.userId)).toMatchObject({ role: 'seller', status: 'active', email: user.email, fullName: 'Ada Lovelace', phone: '+12025550143' });
    const [profile] = await db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, user.userId));
    expect(profile).toMatchObject({ businessName: application.businessName, taxId: application.taxId });
    expect(await db.select().from(addresses).where(eq(addresses.userId, user.userId))).toHaveLength(1);

    const [mail] = await emailsTo(db, user.email, 'You can now sell on shoppingMall');
    expect(mail?.text).toContain(`${TEST_PUBLIC_URL}/seller`);
    expect(mail?.text).toContain('Welcome!');

    const [record] = await auditRecords('admin.seller_application.approved', user.applicationId);
    expect(record).toMatchObject({ outcome: 'success', actorId: admin.userId, details: { applicantId: user.userId, reason: 'Welcome!' } });

    // The old token still says customer; GET /me reads the account, and a refresh brings the new role.
    expect(accessClaims(session.accessToken).role).toBe('customer');
    expect((await app.inject({ url: '/api/v1/me', headers: bearer(session.accessToken) })).json().data).toMatchObject({
      role: 'seller',
      seller: { businessName: application.businessName, taxId: application.taxId },
    });
    const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { refresh_token: session.refreshToken }, remoteAddress: nextIp() });
    expect(accessClaims(refreshed.json().data.accessToken).role).toBe('seller');

    // A seller now: applying again is a conflict.
    expectError(await apply(user.accessToken), 409, 'CONFLICT');
  });

  it('needs no body, and leaves the reason empty then', async () => {
    const user = await applicant();
    const res = await decide('approve', user.applicationId);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'approved', reason: null });
  });

  it('decides only a pending application: 409 afterwards, either way', async () => {
    const user = await applicant();
    expect((await decide('approve', user.applicationId, {})).statusCode).toBe(200);
    expectError(await decide('approve', user.applicationId, {}), 409, 'CONFLICT');
    expectError(await decide('reject', user.applicationId, { reason: 'Changed my mind' }), 409, 'CONFLICT');
    expect(await emailsTo(db, user.email, 'Your application to sell')).toHaveLength(0);
  });

  it('lets one of an approval and a rejection racing win, and the other get 409', async () => {
    const user = await applicant();
    const results = await Promise.all([decide('approve', user.applicationId, {}), decide('reject', user.applicationId, { reason: 'No' })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)?.json().data.status as string;
    expect(await userRow(user.userId)).toMatchObject({ role: winner === 'approved' ? 'seller' : 'customer' });
    expect(await emailsTo(db, user.email)).toHaveLength(2); // verification, and the one decision
  });

  it('answers 404 for an unknown application and 400 for a malformed id', async () => {
    expectError(await decide('approve', newId(), {}), 404, 'NOT_FOUND');
    expectError(await decide('reject', newId(), { reason: 'No' }), 404, 'NOT_FOUND');
    expectFieldError(await decide('approve', 'not-an-id', {}), 'id');
  });

  it('is for admins only: 401 anonymous, 403 for the applicant, who stays a customer', async () => {
    const user = await applicant();
    expectError(await decide('approve', user.applicationId, {}, ''), 401, 'AUTH_TOKEN_REQUIRED');
    const res = await decide('approve', user.applicationId, {}, user.accessToken);
    expectError(res, 403, 'AUTH_PERMISSION_DENIED');
    expect(res.body).not.toContain(user.applicationId);
    expect(await userRow(user.userId)).toMatchObject({ role: 'customer' });
  });

  it('refuses unknown fields', async () => {
    const user = await applicant();
    expectFieldError(await decide('approve', user.applicationId, { role: 'admin' }), 'role');
  });
});

describe('POST /admin/seller-applications/:id/reject', () => {
  it('rejects with the reason, emails it with a link back to the application, records it; the user may apply again', async () => {
    const user = await applicant();
    const res = await decide('reject', user.applicationId, { reason: '  The tax id does not match the business name  ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: 'rejected', reason: 'The tax id does not match the business name', reviewedAt: expect.any(String) });
    expect(await userRow(user.userId)).toMatchObject({ role: 'customer' });
    expect(await db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, user.userId))).toHaveLength(0);

    const [mail] = await emailsTo(db, user.email, 'Your application to sell on shoppingMall');
    expect(mail?.text).toContain('The tax id does not match the business name');
    expect(mail?.text).toContain(`${TEST_PUBLIC_URL}/account/sell`);

    const [record] = await auditRecords('admin.seller_application.rejected', user.applicationId);
    expect(record).toMatchObject({ outcome: 'success', actorId: admin.userId, details: { applicantId: user.userId } });

    expect((await apply(user.accessToken)).statusCode).toBe(201);
  });

  it('needs a reason of 1 to 500 characters', async () => {
    const user = await applicant();
    expectFieldError(await decide('reject', user.applicationId, {}), 'reason');
    expectFieldError(await decide('reject', user.applicationId, { reason: '   ' }), 'reason');
    expectFieldError(await decide('reject', user.applicationId, { reason: 'x'.repeat(501) }), 'reason');
    expectError(await decide('reject', user.applicationId), 400, 'VALIDATION_ERROR');
    expect((await db.select().from(sellerApplications).where(eq(sellerApplications.id, user.applicationId)))[0]?.status).toBe('pending');
  });

  it('is for admins only', async () => {
    const user = await applicant();
    const seller = await signedIn(app, db, 'seller');
    expectError(await decide('reject', user.applicationId, { reason: 'No' }, seller.accessToken), 403, 'AUTH_PERMISSION_DENIED');
  });
});

describe('an applicant whose account changed meanwhile', () => {
  it('is not approved once suspended: 409, and stays a customer', async () => {
    const user = await applicant();
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, user.userId));
    const res = await decide('approve', user.applicationId);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    const [row] = await db.select().from(users).where(eq(users.id, user.userId));
    expect(row?.role).toBe('customer');
  });
});
