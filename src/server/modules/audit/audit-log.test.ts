import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin, testAppWithClock } from '../../../../test/app.js';
import { activeUser, bearer, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import type { AuditRecord } from '../../../contracts/audit.js';
import type { PaginationMeta } from '../../../contracts/common.js';
import type { Database } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { appendAudit, type AuditEntry } from './audit.service.js';
import { errorOf } from '../../../../test/errors.js';

let db: Database;
let app: FastifyInstance;
let admin: SignedInUser;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
});

// ---------------------------------------------------------------------------------------------
// Helpers: each test writes records under an action namespace of its own ("t1a2b3c4.…"), so
// the sign-ins and refusals other tests cause never show up in its results.
// ---------------------------------------------------------------------------------------------

const namespace = (): string => `t${randomBytes(4).toString('hex')}`;

const T0 = Date.parse('2026-03-01T12:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

type Spec = Partial<AuditEntry> & { action: string; minutes?: number };

/** Appends a record through the same function the application uses, at T0 + `minutes`. */
async function record(spec: Spec): Promise<void> {
  const { minutes = 0, ...entry } = spec;
  await appendAudit(db, { userId: null, ip: '203.0.113.9', userAgent: 'test-agent/1.0', requestId: 'test' }, at(minutes), { outcome: 'success', actor: null, ...entry });
}

async function readLog(query: string, token = admin.accessToken) {
  return app.inject({ method: 'GET', url: `/api/v1/admin/audit-log?${query}`, headers: bearer(token) });
}

async function page(query: string): Promise<{ data: AuditRecord[]; meta: PaginationMeta }> {
  const res = await readLog(query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const actions = async (query: string) => (await page(query)).data.map((r) => r.action);

// ---------------------------------------------------------------------------------------------

describe('GET /admin/audit-log', () => {
  it('returns every field of a record, newest first, ties broken by the newer id', async () => {
    const ns = namespace();
    const actor = { id: newId(), email: 'actor@example.com' };
    await record({ action: `${ns}.old`, minutes: 0 });
    await record({ action: `${ns}.same.first`, minutes: 5 });
    await record({
      action: `${ns}.same.second`,
      minutes: 5,
      outcome: 'denied',
      actor,
      target: { type: 'user', id: 'u-1' },
      details: { reason: 'because', nested: { n: 1 } },
    });

    const { data, meta } = await page(`action=${ns}`);

    expect(data.map((r) => r.action)).toEqual([`${ns}.same.second`, `${ns}.same.first`, `${ns}.old`]);
    expect(meta).toEqual({ page: 1, pageSize: 20, total: 3, totalPages: 1 });
    expect(data[0]).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      at: '2026-03-01T12:05:00.000Z',
      actorId: actor.id,
      actorEmail: 'actor@example.com',
      action: `${ns}.same.second`,
      targetType: 'user',
      targetId: 'u-1',
      ip: '203.0.113.9',
      userAgent: 'test-agent/1.0',
      outcome: 'denied',
      details: { reason: 'because', nested: { n: 1 } },
    });
    expect(data[2]).toMatchObject({ actorId: null, actorEmail: null, targetType: null, targetId: null, details: null });
  });

  it('matches the action as a prefix of the dotted name, with % and _ as plain characters', async () => {
    const ns = namespace();
    for (const action of ['login.failed', 'login.succeeded', 'logout', 'lockout']) await record({ action: `${ns}.${action}` });

    expect((await actions(`action=${ns}.login`)).sort()).toEqual([`${ns}.login.failed`, `${ns}.login.succeeded`]);
    expect((await actions(`action=${ns}.lo`)).length).toBe(4);
    expect(await actions(`action=${ns}.log_n`)).toEqual([]);
    expect(await actions(`action=${ns}.%25`)).toEqual([]);
    expect(await actions(`action=${ns}.logout.more`)).toEqual([]);
  });

  it('leaves out the actions under excludeAction, so routine token refreshes need not bury the rest', async () => {
    const ns = namespace();
    for (const action of ['token.refreshed', 'token.refreshed_twice', 'login.succeeded']) await record({ action: `${ns}.${action}` });

    expect((await actions(`action=${ns}&excludeAction=${ns}.token.refreshed`)).sort()).toEqual([`${ns}.login.succeeded`]);
    expect((await actions(`action=${ns}&excludeAction=${ns}.token_refreshed`)).length).toBe(3);
  });

  it('filters by actor id, or by actor email in any case', async () => {
    const ns = namespace();
    const ada = { id: newId(), email: `ada.${ns}@example.com` };
    const bob = { id: newId(), email: `bob.${ns}@example.com` };
    await record({ action: `${ns}.a`, actor: ada });
    await record({ action: `${ns}.b`, actor: bob });
    await record({ action: `${ns}.anonymous`, actor: null });

    expect(await actions(`actor=${ada.id}`)).toEqual([`${ns}.a`]);
    expect(await actions(`actor=${encodeURIComponent(bob.email.toUpperCase())}`)).toEqual([`${ns}.b`]);
    expect(await actions(`actor=${newId()}`)).toEqual([]);
  });

  it('filters by outcome', async () => {
    const ns = namespace();
    await record({ action: `${ns}.ok`, outcome: 'success' });
    await record({ action: `${ns}.bad`, outcome: 'failure' });
    await record({ action: `${ns}.no`, outcome: 'denied' });

    expect(await actions(`action=${ns}&outcome=failure`)).toEqual([`${ns}.bad`]);
    expect(await actions(`action=${ns}&outcome=denied`)).toEqual([`${ns}.no`]);
  });

  it('takes from as inclusive and to as exclusive, in any offset', async () => {
    const ns = namespace();
    for (const minutes of [0, 10, 20, 30]) await record({ action: `${ns}.m${minutes}`, minutes });

    expect(await actions(`action=${ns}&from=${at(10).toISOString()}&to=${at(30).toISOString()}`)).toEqual([`${ns}.m20`, `${ns}.m10`]);
    expect(await actions(`action=${ns}&from=${at(20).toISOString()}`)).toEqual([`${ns}.m30`, `${ns}.m20`]);
    expect(await actions(`action=${ns}&to=${at(10).toISOString()}`)).toEqual([`${ns}.m0`]);
    // 13:10 in Paris in March (UTC+1) is 12:10 UTC: the record at minute 10 is included.
    expect(await actions(`action=${ns}&from=${encodeURIComponent('2026-03-01T13:10:00+01:00')}&to=${at(11).toISOString()}`)).toEqual([`${ns}.m10`]);
  });

  it('pages through the results with their meta', async () => {
    const ns = namespace();
    for (let minutes = 0; minutes < 5; minutes++) await record({ action: `${ns}.n${minutes}`, minutes });

    const third = await page(`action=${ns}&pageSize=2&page=3`);
    expect(third.data.map((r) => r.action)).toEqual([`${ns}.n0`]);
    expect(third.meta).toEqual({ page: 3, pageSize: 2, total: 5, totalPages: 3 });
    const beyond = await page(`action=${ns}&pageSize=2&page=9`);
    expect(beyond.data).toEqual([]);
    expect(beyond.meta.total).toBe(5);
  });

  it('shows what the application records: an admin’s suspension and a customer’s refused request', async () => {
    const customer = await signedIn(app, db, 'customer');
    const target = await activeUser(app, db);
    const suspend = await app.inject({ method: 'POST', url: `/api/v1/admin/users/${target.userId}/suspend`, headers: bearer(admin.accessToken), payload: { reason: 'Spam' } });
    expect(suspend.statusCode).toBe(200);
    expect((await readLog('', customer.accessToken)).statusCode).toBe(403);

    const [suspended] = (await page(`action=admin.user.suspended&actor=${admin.userId}`)).data;
    expect(suspended).toMatchObject({ actorEmail: admin.email, targetType: 'user', targetId: target.userId, outcome: 'success', details: { reason: 'Spam' } });
    const [denied] = (await page(`action=authz.denied&actor=${customer.userId}`)).data;
    expect(denied).toMatchObject({ outcome: 'denied', details: expect.objectContaining({ access: 'audit-log:read' }) });
  });

  it("folds a caller's repeated denials on one route within a minute into one record with details.count, and keeps its texts short", async () => {
    const { app: timed, clock } = await testAppWithClock(db);
    const customer = await signedIn(timed, db, 'customer');
    const longAgent = `Flooder/${'x'.repeat(5_000)}`;
    const deny = (url: string) => timed.inject({ method: 'GET', url, headers: { ...bearer(customer.accessToken), 'user-agent': longAgent } });
    const denials = () => page(`action=authz.denied&actor=${customer.userId}&pageSize=100`);

    for (let i = 0; i < 40; i++) expect((await deny(`/api/v1/admin/users/${newId()}?token=secret-${i}&pad=${'y'.repeat(3_000)}`)).statusCode).toBe(403);
    expect((await deny('/api/v1/admin/settings')).statusCode).toBe(403);

    const { data: first } = await denials();
    expect(first).toHaveLength(2);
    const byRoute = Object.fromEntries(first.map((r) => [r.details?.route, r]));
    expect(byRoute['/api/v1/admin/users/:id']?.details).toMatchObject({ count: 40, method: 'GET', lastUrl: expect.stringMatching(/^\/api\/v1\/admin\/users\/[0-9a-f-]{36}$/) });
    expect(byRoute['/api/v1/admin/users/:id']?.details?.lastUrl).not.toBe(byRoute['/api/v1/admin/users/:id']?.details?.url);
    expect(byRoute['/api/v1/admin/settings']?.details).toMatchObject({ count: 1 });
    for (const record of first) {
      expect(record.userAgent?.length).toBeLessThanOrEqual(512);
      expect(String(record.details?.url).length).toBeLessThanOrEqual(512);
      expect(String(record.details?.url)).not.toContain('secret');
    }

    clock.advance(60_000);
    await deny(`/api/v1/admin/users/${newId()}`);
    const { data: later } = await denials();
    expect(later).toHaveLength(3);
    expect(later[0]?.details).toMatchObject({ route: '/api/v1/admin/users/:id', count: 1 });
  });

  it.each([
    ['actor=not-an-email', 'actor'],
    ['outcome=maybe', 'outcome'],
    ['from=yesterday', 'from'],
    ['to=2026-03-01', 'to'],
    ['from=2026-03-01T12:00:00Z&to=2026-03-01T12:00:00Z', 'to'],
    ['action=', 'action'],
    ['pageSize=101', 'pageSize'],
  ])('rejects ?%s with VALIDATION_ERROR naming %s', async (query, field) => {
    const res = await readLog(query);

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('VALIDATION_ERROR');
    expect(errorOf(res).details).toEqual([expect.objectContaining({ field })]);
  });

  it('is for admins only: anonymous 401, customers and sellers 403', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/admin/audit-log' });
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('AUTH_TOKEN_REQUIRED');
    for (const role of ['customer', 'seller'] as const) {
      const user = await signedIn(app, db, role);
      const res = await readLog('', user.accessToken);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('AUTH_PERMISSION_DENIED');
    }
  });

  it('offers no way to change the log', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await app.inject({ method, url: '/api/v1/admin/audit-log', headers: bearer(admin.accessToken) });
      expect(res.statusCode).toBe(404);
    }
  });
});

describe('the audit_log table', () => {
  it('refuses every UPDATE, DELETE and TRUNCATE in the database itself, and keeps the records', async () => {
    const ns = namespace();
    await record({ action: `${ns}.kept` });
    const count = async () => Number((await db.$client.query(`select count(*) from audit_log where action = $1`, [`${ns}.kept`])).rows[0].count);
    expect(await count()).toBe(1);

    for (const statement of [
      `update audit_log set action = 'rewritten' where action = '${ns}.kept'`,
      `delete from audit_log where action = '${ns}.kept'`,
      'truncate audit_log',
    ]) {
      await expect(db.$client.query(statement), statement).rejects.toThrow(/append-only/);
    }
    expect(await count()).toBe(1);
  });
});
