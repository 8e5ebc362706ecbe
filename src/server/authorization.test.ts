import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppAndDatabase, testConfig } from '../../test/app.js';
import { bearer, nextIp, signedIn } from '../../test/auth-helpers.js';
import { expectBareErrorEnvelope } from '../../test/errors.js';
import { errorStatus, type ErrorCode } from '../contracts/errors.js';
import { systemClock } from './lib/clock.js';
import { newId } from './lib/ids.js';
import { addresses } from './modules/addresses/addresses.tables.js';
import { auditLog } from './modules/audit/audit.tables.js';
import { sessions } from './modules/auth/auth.tables.js';
import { anonymousPermissions, permissionsByRole, type Permission, type Role } from './modules/auth/permissions.js';
import { createTokenService } from './modules/auth/tokens.js';
import { findUserById } from './modules/users/users.repository.js';
import { registerAuthorization, type RouteAccess } from './plugins/authorize.js';

/**
 * The permission matrix, generated from the routes themselves (`app.accessTable`): every API route
 * answers every kind of caller exactly as `permissions.ts` says, so a route added later is tested
 * without anyone writing a test for it. Then the table itself, the store setting that closes
 * browsing, and ownership: a second user of the same role acting on another's resource.
 */

const CALLERS = ['anonymous', 'customer', 'seller', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
const ROLES: Role[] = ['customer', 'seller', 'admin'];

/**
 * The routes of issue 4 (auth 10, /me 7, addresses 5, catalog 4, store 2, admin users 5, seller
 * applications 3, audit log 1, settings 2, the OpenAPI document 1) times the callers: the table
 * never silently shrinks.
 */
const MINIMUM_MATRIX_SIZE = 40 * CALLERS.length;

/**
 * Public routes that ask for a credential of their own (a body field or cookie): the contract's
 * answer when it is missing, whoever calls. API.md: "Refresh without any token is 401".
 */
const OWN_CREDENTIAL_MISSING: Record<string, ErrorCode> = {
  'POST /api/v1/auth/refresh': 'AUTH_TOKEN_REQUIRED',
};

// The table has to be known while the tests are collected, so the app is built here, not in a hook.
const { app, db } = await testAppAndDatabase();
const tokens = createTokenService(testConfig().jwtKeys ?? [], systemClock);

type Account = { userId: string; email: string };
/** The matrix's user of each role; made again when a route closed its account. */
const accounts = {} as Record<Role, Account>;

beforeAll(async () => {
  for (const role of ROLES) accounts[role] = await signedIn(app, db, role);
});

const routeKey = (route: { method: string; url: string }) => `${route.method} ${route.url}`;

async function activeAccount(role: Role): Promise<Account> {
  const user = await findUserById(db, accounts[role].userId);
  if (user?.status !== 'active') accounts[role] = await signedIn(app, db, role);
  return accounts[role];
}

/** A session written straight to the table: cheaper than signing in, and as real to the session check. */
async function newSession(account: Account): Promise<string> {
  const now = new Date();
  const sessionId = newId();
  await db.insert(sessions).values({
    id: sessionId,
    userId: account.userId,
    // No refresh token was issued: nothing hashes to this.
    refreshTokenHash: randomUUID(),
    refreshExpiresAt: new Date(now.getTime() + 24 * 3_600_000),
    deviceType: 'unknown',
    browser: 'Matrix',
    os: 'Test',
    userAgent: 'authorization.test',
    ip: '192.0.2.1',
    location: 'Unknown',
    createdAt: now,
    lastActiveAt: now,
  });
  return sessionId;
}

/**
 * An access token of a session of its own, signed with the app's keys and carrying the role's
 * permissions: what one request does to sessions (logout-all ends them all) touches no other.
 */
async function freshToken(role: Role, account: Account): Promise<string> {
  const sid = await newSession(account);
  return tokens.signAccess({ userId: account.userId, email: account.email, role, sid });
}

/** The role's matrix user with a fresh session: its account, and the headers that sign a request in. */
async function signedInAs(role: Role) {
  const account = await activeAccount(role);
  return { account, headers: bearer(await freshToken(role, account)) };
}

/** Any route, as any caller, with every path parameter a random UUID and `{}` as the body of a write. */
async function call(route: RouteAccess, caller: Caller) {
  const url = route.url.replace(/:\w+/g, () => randomUUID());
  const { account, headers } = caller === 'anonymous' ? { account: null, headers: {} } : await signedInAs(caller);
  const res = await app.inject({
    method: route.method as InjectOptions['method'],
    url,
    headers,
    remoteAddress: nextIp(),
    ...(route.method === 'GET' ? {} : { payload: {} }),
  });
  return { res, url, account };
}

/** A refusal carries the error envelope and nothing else: no field of the resource, no details. */
function expectBareRefusal(res: LightMyRequestResponse, code: ErrorCode): void {
  expect(res.statusCode, res.body).toBe(errorStatus[code]);
  expectBareErrorEnvelope(res.json(), code);
}

/** The one `authz.denied` record of this request (its url holds a fresh UUID or is unique to the route and actor). */
async function expectDenialRecorded(route: RouteAccess, url: string, actor: Account): Promise<void> {
  const records = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, 'authz.denied'),
        eq(auditLog.actorId, actor.userId),
        sql`${auditLog.details}->>'method' = ${route.method}`,
        sql`${auditLog.details}->>'url' = ${url}`,
      ),
    );
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({ outcome: 'denied', actorEmail: actor.email, details: { access: route.access, method: route.method, route: route.url } });
}

/** The matrix's answer: served (any status but 401 and 403), or refused with this code. */
function expectedAnswer(route: RouteAccess, caller: Caller, anonymous: readonly Permission[]): 'served' | ErrorCode {
  if (route.access === 'public') return OWN_CREDENTIAL_MISSING[routeKey(route)] ?? 'served';
  if (caller === 'anonymous') return anonymous.includes(route.access) ? 'served' : 'AUTH_TOKEN_REQUIRED';
  return permissionsByRole[caller].includes(route.access) ? 'served' : 'AUTH_PERMISSION_DENIED';
}

async function expectMatrixAnswer(route: RouteAccess, caller: Caller, anonymous: readonly Permission[]): Promise<void> {
  const { res, url, account } = await call(route, caller);
  const expected = expectedAnswer(route, caller, anonymous);
  if (expected === 'served') {
    expect([401, 403], res.body).not.toContain(res.statusCode);
    // Not the matrix's business, but the house rule: `{}` or a random id is bad input, never a 500.
    expect(res.statusCode, res.body).toBeLessThan(500);
    return;
  }
  expectBareRefusal(res, expected);
  if (expected === 'AUTH_PERMISSION_DENIED' && account) await expectDenialRecorded(route, url, account);
}

async function setRequireSignInToBrowse(on: boolean): Promise<void> {
  const res = await app.inject({
    method: 'PATCH',
    url: '/api/v1/admin/settings',
    headers: (await signedInAs('admin')).headers,
    payload: { requireSignInToBrowse: on },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().data.requireSignInToBrowse).toBe(on);
}

describe('the permission matrix, every route × every caller', () => {
  const anonymous = anonymousPermissions({ requireSignInToBrowse: false });

  it('starts from the default store setting: browsing open to visitors', async () => {
    const store = await app.inject({ method: 'GET', url: '/api/v1/store' });
    expect(store.json().data.requireSignInToBrowse).toBe(false);
  });

  for (const route of app.accessTable) {
    describe(`${routeKey(route)} (${route.access})`, () => {
      it.each(CALLERS)('%s', (caller) => expectMatrixAnswer(route, caller, anonymous));
    });
  }
});

describe('the access table', () => {
  it(`covers at least ${MINIMUM_MATRIX_SIZE} route × caller pairs`, () => {
    expect(app.accessTable.length * CALLERS.length).toBeGreaterThanOrEqual(MINIMUM_MATRIX_SIZE);
  });

  it('lists every API operation of the OpenAPI document, each once', () => {
    // The document is built by @fastify/swagger from its own onRoute hook: an independent witness.
    const { paths = {} } = app.swagger() as { paths?: Record<string, Record<string, unknown>> };
    const documented = Object.entries(paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const listed = app.accessTable.map(routeKey);
    expect(documented.length).toBeGreaterThan(0);
    expect(documented.filter((operation) => !listed.includes(operation))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('uses every permission of the matrix on at least one route: no dead rows', () => {
    const used = new Set(app.accessTable.map((route) => route.access));
    const granted = new Set(Object.values(permissionsByRole).flat());
    expect([...granted].filter((permission) => !used.has(permission))).toEqual([]);
  });

  describe('start-up', () => {
    /** A bare Fastify with only the authorization plugin, and a plugin of routes like a module's. */
    async function startWith(routes: (api: FastifyInstance) => void): Promise<FastifyInstance> {
      const bare = Fastify();
      registerAuthorization(bare, {
        tokens,
        sessions: { ownerOf: async () => null },
        anonymous: async () => [],
        onDenied: async () => undefined,
      });
      await bare.register(async (api) => routes(api)).ready();
      return bare;
    }

    it('fails when an API route does not declare who may call it', async () => {
      const starting = startWith((api) => api.get('/api/v1/undeclared', async () => ({})));
      await expect(starting).rejects.toThrow('GET /api/v1/undeclared does not declare who may call it');
    });

    it('starts, and lists the route, when it declares its access; routes outside /api/v1 need none', async () => {
      const bare = await startWith((api) => {
        api.get('/api/v1/declared', { config: { access: 'account:read' } }, async () => ({}));
        api.get('/outside', async () => ({}));
      });
      expect(bare.accessTable).toEqual([{ method: 'GET', url: '/api/v1/declared', access: 'account:read' }]);
      await bare.close();
    });
  });
});

describe('requireSignInToBrowse', () => {
  const catalogPages = ['/api/v1/products', '/api/v1/categories'];

  it('closes the catalog to anonymous visitors at once on the node that changed it, and opens it again', async () => {
    await setRequireSignInToBrowse(true);
    const closed = anonymousPermissions({ requireSignInToBrowse: true });
    for (const route of app.accessTable) await expectMatrixAnswer(route, 'anonymous', closed);
    for (const url of catalogPages) {
      expectBareRefusal(await app.inject({ method: 'GET', url }), 'AUTH_TOKEN_REQUIRED');
      const customer = await app.inject({ method: 'GET', url, headers: (await signedInAs('customer')).headers });
      expect(customer.statusCode, customer.body).toBe(200);
    }

    await setRequireSignInToBrowse(false);
    for (const url of catalogPages) {
      const visitor = await app.inject({ method: 'GET', url });
      expect(visitor.statusCode, visitor.body).toBe(200);
    }
  });
});

/** How one kind of owned resource is made, read back, and refused to anyone but its owner. */
type OwnedResource = {
  /** The contract's answer to a user acting on another user's resource. */
  refusal: ErrorCode;
  /** Makes one owned by `owner` and returns its id. */
  create(role: Role, owner: Account): Promise<string>;
  /** Its stored row, to prove the refused request changed nothing. */
  row(id: string): Promise<Record<string, unknown> | undefined>;
};

const ownSession: OwnedResource = {
  // API.md: "unknown or another user's id → 404", so a stranger cannot even learn that it exists.
  refusal: 'NOT_FOUND',
  create: (_role, owner) => newSession(owner),
  row: async (id) => (await db.select().from(sessions).where(eq(sessions.id, id)))[0],
};

const US_ADDRESS = { recipientName: 'Ada Lovelace', phone: '+12025550143', line1: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701', country: 'US' };

const ownAddress: OwnedResource = {
  refusal: 'AUTH_PERMISSION_DENIED',
  create: async (role, owner) => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/me/addresses', headers: bearer(await freshToken(role, owner)), payload: US_ADDRESS });
    expect(res.statusCode, `creating the owner's address: ${res.body}`).toBe(201);
    return res.json().data.id as string;
  },
  row: async (id) => (await db.select().from(addresses).where(eq(addresses.id, id)))[0],
};

/**
 * Every parameterised route under /me acts on a resource of the caller's: each must say how its
 * ownership is tested (a new one fails the first test below until it does). `body` is a valid
 * change, so that only ownership can stop it.
 */
const OWNERSHIP: Record<string, { resource: OwnedResource; body?: object }> = {
  'DELETE /api/v1/me/sessions/:id': { resource: ownSession },
  'PATCH /api/v1/me/addresses/:id': { resource: ownAddress, body: { recipientName: 'Mallory Intruder', line1: '666 Other St' } },
  'DELETE /api/v1/me/addresses/:id': { resource: ownAddress },
  'POST /api/v1/me/addresses/:id/default': { resource: ownAddress },
};

describe('ownership: a second user of the same role', () => {
  /** User B of each role, who tries A's resources. */
  const intruders: Partial<Record<Role, Account>> = {};
  const intruder = async (role: Role) => (intruders[role] ??= await signedIn(app, db, role));

  it('has a case for every parameterised route under /api/v1/me/', () => {
    const owned = app.accessTable.filter((route) => route.url.startsWith('/api/v1/me/') && route.url.includes('/:')).map(routeKey);
    expect(owned.filter((key) => !(key in OWNERSHIP))).toEqual([]);
  });

  for (const [key, { resource, body }] of Object.entries(OWNERSHIP)) {
    it(`${key}: another user's resource answers ${resource.refusal} with nothing of it, and stays as it was`, async () => {
      const route = app.accessTable.find((candidate) => routeKey(candidate) === key);
      if (!route) throw new Error(`${key} is not served`);
      const holders = ROLES.filter((role) => route.access !== 'public' && permissionsByRole[role].includes(route.access));
      expect(holders).not.toEqual([]);

      for (const role of holders) {
        const owner = await activeAccount(role);
        const stranger = await intruder(role);
        const id = await resource.create(role, owner);
        const before = await resource.row(id);
        expect(before, `${role}: the owner's resource exists`).toBeDefined();

        // Every owned route today names its resource `:id`.
        const url = route.url.replace(':id', id);
        const res = await app.inject({
          method: route.method as InjectOptions['method'],
          url,
          headers: bearer(await freshToken(role, stranger)),
          ...(body ? { payload: body } : {}),
        });

        expectBareRefusal(res, resource.refusal);
        // Nothing of the resource: none of its ids, names or other distinctive values.
        for (const value of Object.values(before ?? {})) if (typeof value === 'string' && value.length >= 8) expect(res.body, role).not.toContain(value);
        if (resource.refusal === 'AUTH_PERMISSION_DENIED') await expectDenialRecorded(route, url, stranger);
        expect(await resource.row(id), `${role}: the owner's resource is unchanged`).toEqual(before);
      }
    });
  }
});
