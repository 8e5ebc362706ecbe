import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { activeUser, bearer, emailsTo, nextIp, type SignedInUser } from '../../../../test/auth-helpers.js';
import type { Database } from '../../db/client.js';
import { auditLog } from '../audit/audit.tables.js';

let db: Database;
let app: FastifyInstance;
let admin: SignedInUser;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
});

const patchSettings = (payload: unknown) =>
  app.inject({ method: 'PATCH', url: '/api/v1/admin/settings', payload: payload as object, headers: bearer(admin.accessToken) });

describe('the store as every visitor sees it', () => {
  it('GET /store and GET /shipping-methods answer anonymous visitors with the defaults of the migration', async () => {
    const store = await app.inject('/api/v1/store');
    expect(store.json()).toEqual({ success: true, data: { storeName: 'shoppingMall', requireSignInToBrowse: false, currency: 'USD', devMailbox: true } });
    const shipping = (await app.inject('/api/v1/shipping-methods')).json().data as { code: string; priceCents: number }[];
    expect(shipping.map((method) => method.code)).toEqual(['standard', 'express']);
  });
});

describe('PATCH /admin/settings', () => {
  it('refuses an empty change, unknown fields, duplicate shipping codes and an inverted delivery estimate, changing nothing', async () => {
    const before = (await app.inject({ url: '/api/v1/admin/settings', headers: bearer(admin.accessToken) })).json().data;
    const method = { code: 'standard', name: 'Standard', priceCents: 500, estimatedDays: { min: 2, max: 4 } };
    for (const payload of [
      {},
      { storeName: 'X', currency: 'EUR' },
      { shipping: [method, { ...method, name: 'Again' }] },
      { shipping: [{ ...method, estimatedDays: { min: 5, max: 2 } }] },
      { shipping: [] },
      { storeName: '   ' },
    ]) {
      const res = await patchSettings(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_ERROR');
    }
    expect((await app.inject({ url: '/api/v1/admin/settings', headers: bearer(admin.accessToken) })).json().data).toEqual(before);
  });

  it('changes what it is given, records which settings changed, and every email is signed with the new name', async () => {
    const res = await patchSettings({ storeName: 'Northwind Market', defaultLowStockThreshold: 3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ storeName: 'Northwind Market', defaultLowStockThreshold: 3, requireSignInToBrowse: false });
    expect((await app.inject('/api/v1/store')).json().data.storeName).toBe('Northwind Market');

    const [record] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admin.settings.updated'), eq(auditLog.actorId, admin.userId)));
    expect(record?.details).toEqual({ changed: { storeName: 'Northwind Market', defaultLowStockThreshold: 3 } });

    const user = await activeUser(app, db);
    await app.inject({ method: 'POST', url: '/api/v1/auth/forgot-password', payload: { email: user.email }, remoteAddress: nextIp() });
    const [mail] = await emailsTo(db, user.email, 'Reset');
    expect(mail?.subject).toBe('Reset your Northwind Market password');
    expect(mail?.text).toContain('Northwind Market');
    expect(mail?.html).toContain('Northwind Market');
  });
});
