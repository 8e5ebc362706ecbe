import { randomUUID } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppAndDatabase } from '../../../../test/app.js';
import { bearer, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { testClock, type TestClock } from '../../../../test/clock.js';
import { expectError } from '../../../../test/errors.js';
import { checkPostalCode, MAX_ADDRESSES, POSTAL_CODE_STYLES } from '../../../contracts/address-rules.js';
import type { AddressView } from '../../../contracts/addresses.js';
import type { Database } from '../../db/client.js';
import { auditLog } from '../audit/audit.tables.js';
import { addresses } from './addresses.tables.js';

/** Delivery addresses under /me/addresses: ownership, validation per country, the one default, soft deletes. */

let db: Database;
let app: FastifyInstance;
let clock: TestClock;

beforeAll(async () => {
  clock = testClock();
  ({ app, db } = await testAppAndDatabase({}, { clock }));
});

const SAN_FRANCISCO = {
  label: 'Home',
  recipientName: 'Ada Lovelace',
  phone: '(415) 555-0123',
  line1: '1 Market St',
  city: 'San Francisco',
  state: 'CA',
  postalCode: '94105',
  country: 'US',
};

const LONDON = {
  recipientName: 'Charles Babbage',
  phone: '020 7946 0958',
  line1: '10 Downing Street',
  city: 'London',
  state: 'Greater London',
  postalCode: 'sw1a   2aa',
  country: 'GB',
};

/** Values of SAN_FRANCISCO that would give a person away if they reached the audit log or an error. */
const PERSONAL = ['Ada Lovelace', '1 Market St', 'San Francisco', '94105', '4155550123'];

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

const call = (user: SignedInUser | null, method: Method, path = '', payload?: object) =>
  app.inject({ method, url: `/api/v1/me/addresses${path}`, headers: user ? bearer(user.accessToken) : {}, payload });

/** A 400 VALIDATION_ERROR naming exactly these fields, each message matching. */
function expectFieldErrors(res: LightMyRequestResponse, expected: Record<string, string | RegExp>): void {
  expectError(res, 400, 'VALIDATION_ERROR');
  const details = res.json().error.details as { field: string; message: string }[];
  expect([...new Set(details.map((d) => d.field))].sort()).toEqual(Object.keys(expected).sort());
  for (const [field, message] of Object.entries(expected)) {
    expect(details.find((d) => d.field === field)?.message).toMatch(message);
  }
}

async function create(user: SignedInUser, body: Record<string, unknown> = SAN_FRANCISCO): Promise<AddressView> {
  const res = await call(user, 'POST', '', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as AddressView;
}

async function list(user: SignedInUser): Promise<AddressView[]> {
  const res = await call(user, 'GET');
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data as AddressView[];
}

const customer = () => signedIn(app, db, 'customer');
const rowOf = async (id: string) => (await db.select().from(addresses).where(eq(addresses.id, id)))[0];
const liveDefaults = async (userId: string) =>
  db
    .select({ id: addresses.id })
    .from(addresses)
    .where(and(eq(addresses.userId, userId), eq(addresses.isDefault, true), isNull(addresses.deletedAt)));

// ---------------------------------------------------------------------------------------------

describe('who may call', () => {
  it.each([
    ['GET', ''],
    ['POST', ''],
    ['PATCH', `/${randomUUID()}`],
    ['DELETE', `/${randomUUID()}`],
    ['POST', `/${randomUUID()}/default`],
  ] as const)('%s /me/addresses%s without a token is 401', async (method, path) => {
    expectError(await call(null, method, path, method === 'GET' || method === 'DELETE' ? undefined : SAN_FRANCISCO), 401, 'AUTH_TOKEN_REQUIRED');
  });

  it.each(['customer', 'seller', 'admin'] as const)('a %s keeps an address book of their own', async (role) => {
    const user = await signedIn(app, db, role);
    const address = await create(user);
    expect(await list(user)).toEqual([address]);
  });

  it.each(['customer', 'admin'] as const)(
    "as a %s, someone else's address is 403 with nothing of it in the answer, and stays as it was",
    async (role) => {
      const owner = await customer();
      const stranger = await signedIn(app, db, role);
      const address = await create(owner);
      const second = await create(owner, LONDON);

      for (const [method, path, payload] of [
        ['PATCH', `/${address.id}`, { city: 'Oakland' }],
        ['DELETE', `/${address.id}`, undefined],
        ['POST', `/${second.id}/default`, undefined],
      ] as const) {
        const res = await call(stranger, method, path, payload);
        expectError(res, 403, 'AUTH_PERMISSION_DENIED');
        for (const value of [...PERSONAL, address.id, second.id, 'Charles Babbage']) expect(res.body).not.toContain(value);
      }

      expect(await list(owner)).toEqual([address, second]);
      expect(await list(stranger)).not.toContainEqual(expect.objectContaining({ id: address.id }));
      const denials = await db.select().from(auditLog).where(and(eq(auditLog.action, 'authz.denied'), eq(auditLog.actorId, stranger.userId)));
      expect(denials).toHaveLength(3);
    },
  );

  it('an unknown id is 404 and a malformed one 400', async () => {
    const user = await customer();
    const unknown = randomUUID();
    expectError(await call(user, 'PATCH', `/${unknown}`, { city: 'Oakland' }), 404, 'NOT_FOUND');
    expectError(await call(user, 'DELETE', `/${unknown}`), 404, 'NOT_FOUND');
    expectError(await call(user, 'POST', `/${unknown}/default`), 404, 'NOT_FOUND');
    expectFieldErrors(await call(user, 'DELETE', '/not-a-uuid'), { id: /uuid/i });
  });
});

describe('adding an address', () => {
  it('answers 201 with the stored address; the first becomes the default, the next does not', async () => {
    const user = await customer();
    const res = await call(user, 'POST', '', SAN_FRANCISCO);
    expect(res.statusCode, res.body).toBe(201);
    const first = res.json().data as AddressView;
    expect(first).toEqual({
      id: expect.any(String),
      label: 'Home',
      recipientName: 'Ada Lovelace',
      phone: '+14155550123',
      line1: '1 Market St',
      line2: null,
      city: 'San Francisco',
      state: 'CA',
      postalCode: '94105',
      country: 'US',
      isDefault: true,
      lastUsedAt: null,
      createdAt: clock.now().toISOString(),
      updatedAt: clock.now().toISOString(),
    });
    expect(await rowOf(first.id)).toMatchObject({ userId: user.userId, isDefault: true, deletedAt: null });

    const second = await create(user, LONDON);
    expect(second).toMatchObject({ isDefault: false, label: null, postalCode: 'SW1A 2AA', phone: '+442079460958' });
    expect(await liveDefaults(user.userId)).toEqual([{ id: first.id }]);
  });

  it('first addresses sent all at once still make exactly one default', async () => {
    const user = await customer();
    const responses = await Promise.all(Array.from({ length: 5 }, () => call(user, 'POST', '', SAN_FRANCISCO)));
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(responses.filter((r) => r.json().data.isDefault)).toHaveLength(1);
    expect(await liveDefaults(user.userId)).toHaveLength(1);
  });

  it('refuses unknown fields, so isDefault, userId and the like cannot be set', async () => {
    const user = await customer();
    const res = await call(user, 'POST', '', { ...SAN_FRANCISCO, isDefault: false, userId: randomUUID() });
    expectFieldErrors(res, { isDefault: 'Unknown field', userId: 'Unknown field' });
    expect(await list(user)).toEqual([]);
  });

  it('names every missing required field', async () => {
    const user = await customer();
    expectFieldErrors(await call(user, 'POST', '', { label: 'Work' }), {
      recipientName: /.+/,
      phone: /.+/,
      line1: /.+/,
      city: /.+/,
      state: /.+/,
      postalCode: /.+/,
      country: /.+/,
    });
    expectFieldErrors(await call(user, 'POST', '', { ...SAN_FRANCISCO, recipientName: '   ', city: '' }), {
      recipientName: 'Enter the name of the person receiving the parcel',
      city: 'Enter the town or city',
    });
  });

  it('limits lengths and keeps each field to one line', async () => {
    const user = await customer();
    expectFieldErrors(await call(user, 'POST', '', { ...SAN_FRANCISCO, recipientName: 'a'.repeat(121), label: 'b'.repeat(41) }), {
      recipientName: 'Use at most 120 characters',
      label: 'Use at most 40 characters',
    });
    expectFieldErrors(await call(user, 'POST', '', { ...SAN_FRANCISCO, line1: '1 Market St\nSuite 2' }), { line1: 'Use a single line of text' });
    expect(await create(user, { ...SAN_FRANCISCO, recipientName: 'a'.repeat(120) })).toMatchObject({ recipientName: 'a'.repeat(120) });
  });

  it.each([['ZZ'], ['USA'], ['840'], ['']])('refuses the country %j: an ISO 3166-1 alpha-2 code is required', async (country) => {
    const user = await customer();
    expectFieldErrors(await call(user, 'POST', '', { ...SAN_FRANCISCO, country }), { country: /two-letter ISO 3166-1 code/ });
  });

  it('takes a country code in any case and stores it upper-case', async () => {
    const user = await customer();
    expect(await create(user, { ...LONDON, country: 'gb' })).toMatchObject({ country: 'GB', postalCode: 'SW1A 2AA' });
  });

  it.each([
    ['US', '9410', 'Enter a US ZIP code such as 94105'],
    ['US', 'SW1A 1AA', 'Enter a US ZIP code such as 94105'],
    ['GB', '12345', 'Enter a UK postcode such as SW1A 1AA'],
    ['CA', '94105', 'Enter a Canadian postal code such as K1A 0B1'],
    ['PL', '12345', 'Enter a valid postal code for Poland'],
  ])('in %s the postal code %j is refused: %s', async (country, postalCode, message) => {
    const user = await customer();
    const phone = '+1 202 555 0143';
    expectFieldErrors(await call(user, 'POST', '', { ...SAN_FRANCISCO, country, postalCode, phone }), { postalCode: message });
  });

  it.each([
    ['US', '94105-1234', '94105-1234'],
    ['GB', ' ec1a1bb ', 'EC1A1BB'],
    ['CA', 'k1a 0b1', 'K1A 0B1'],
    ['PL', '00-950', '00-950'],
    // Hong Kong has no postal codes and the validator no rule for it: any tidy value will do.
    ['HK', '000', '000'],
  ])('in %s the postal code %j is accepted and stored as %j', async (country, postalCode, stored) => {
    const user = await customer();
    const address = await create(user, { ...SAN_FRANCISCO, country, postalCode, phone: '+1 202 555 0143' });
    expect(address.postalCode).toBe(stored);
  });

  it('a country the validator does not know still refuses a postal code that is not letters and digits', async () => {
    const user = await customer();
    expectFieldErrors(await call(user, 'POST', '', { ...SAN_FRANCISCO, country: 'HK', postalCode: '#!?', phone: '+852 2123 4567' }), {
      postalCode: /letters and digits/,
    });
  });

  it('every example a postal-code message shows is valid in its country', () => {
    for (const [country, { example }] of Object.entries(POSTAL_CODE_STYLES)) {
      expect(checkPostalCode(example, country), `${country} ${example}`).toMatchObject({ ok: true });
    }
  });

  it.each([
    ['US', '(415) 555-0123', '+14155550123'],
    ['US', '415.555.0123', '+14155550123'],
    ['GB', '020 7946 0958', '+442079460958'],
    ['GB', '+1 202-555-0143', '+12025550143'],
  ])('in %s the phone %j is stored in E.164 as %s', async (country, phone, stored) => {
    const user = await customer();
    const base = country === 'GB' ? LONDON : SAN_FRANCISCO;
    expect((await create(user, { ...base, phone })).phone).toBe(stored);
  });

  it('refuses a phone number that is not valid in the address country, and reports the postal code with it', async () => {
    const user = await customer();
    expectFieldErrors(await call(user, 'POST', '', { ...LONDON, phone: '555-0123' }), { phone: 'Enter a valid GB phone number, or start it with + and the country code' });
    expectFieldErrors(await call(user, 'POST', '', { ...LONDON, phone: '12', postalCode: '94105' }), {
      phone: 'Enter a valid GB phone number, or start it with + and the country code',
      postalCode: 'Enter a UK postcode such as SW1A 1AA',
    });
    expect(await list(user)).toEqual([]);
  });

  it(`keeps at most ${MAX_ADDRESSES} live addresses: one more is a 409 until one is deleted`, async () => {
    const user = await customer();
    const created: AddressView[] = [];
    for (let i = 0; i < MAX_ADDRESSES; i++) created.push(await create(user, { ...SAN_FRANCISCO, label: `Place ${i}` }));

    const refused = await call(user, 'POST', '', LONDON);
    expectError(refused, 409, 'CONFLICT');
    expect(refused.json().error.message).toContain(`up to ${MAX_ADDRESSES} addresses`);
    expect(await list(user)).toHaveLength(MAX_ADDRESSES);

    expect((await call(user, 'DELETE', `/${created[5]?.id}`)).statusCode).toBe(204);
    await create(user, LONDON);
  });
});

describe('the list', () => {
  it('shows the default first, then the most recently used, then the newest', async () => {
    const user = await customer();
    const add = async (label: string) => {
      clock.advance(1_000);
      return (await create(user, { ...SAN_FRANCISCO, label })).id;
    };
    const first = await add('first');
    const usedLongAgo = await add('used long ago');
    const neverUsedOld = await add('never used, older');
    const usedRecently = await add('used recently');
    const neverUsedNew = await add('never used, newer');
    await db.update(addresses).set({ lastUsedAt: new Date('2026-01-01T00:00:00Z') }).where(eq(addresses.id, usedLongAgo));
    await db.update(addresses).set({ lastUsedAt: new Date('2026-03-01T00:00:00Z') }).where(eq(addresses.id, usedRecently));

    expect((await list(user)).map((a) => a.id)).toEqual([first, usedRecently, usedLongAgo, neverUsedNew, neverUsedOld]);

    // A used default is still first, and lastUsedAt is shown.
    expect((await call(user, 'POST', `/${neverUsedOld}/default`)).statusCode).toBe(200);
    const now = await list(user);
    expect(now.map((a) => a.id)).toEqual([neverUsedOld, usedRecently, usedLongAgo, neverUsedNew, first]);
    expect(now[1]?.lastUsedAt).toBe('2026-03-01T00:00:00.000Z');
  });

  it("holds only the caller's own live addresses", async () => {
    const user = await customer();
    const other = await customer();
    const kept = await create(user);
    const deleted = await create(user, LONDON);
    await create(other);
    expect((await call(user, 'DELETE', `/${deleted.id}`)).statusCode).toBe(204);
    expect(await list(user)).toEqual([kept]);
  });
});

describe('changing an address', () => {
  it('changes only the fields sent; null or an empty string clears an optional one', async () => {
    const user = await customer();
    const address = await create(user, { ...SAN_FRANCISCO, line2: 'Suite 400' });
    clock.advance(60_000);

    const res = await call(user, 'PATCH', `/${address.id}`, { city: 'Oakland', postalCode: '94607', label: null, line2: '' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual({ ...address, city: 'Oakland', postalCode: '94607', label: null, line2: null, updatedAt: clock.now().toISOString() });
    expect(await list(user)).toEqual([res.json().data]);
  });

  it('checks the postal code again when only the country changes', async () => {
    const user = await customer();
    const address = await create(user);
    expectFieldErrors(await call(user, 'PATCH', `/${address.id}`, { country: 'GB' }), { postalCode: 'Enter a UK postcode such as SW1A 1AA' });
    expect(await rowOf(address.id)).toMatchObject({ country: 'US', postalCode: '94105' });

    // The stored phone is in E.164, so it stays valid in any country.
    const moved = await call(user, 'PATCH', `/${address.id}`, { country: 'GB', postalCode: 'sw1a 1aa', city: 'London' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().data).toMatchObject({ country: 'GB', postalCode: 'SW1A 1AA', phone: '+14155550123' });
  });

  it('reads a new local phone number as one of the resulting country', async () => {
    const user = await customer();
    const address = await create(user, LONDON);
    expectFieldErrors(await call(user, 'PATCH', `/${address.id}`, { phone: '(415) 555-0123' }), { phone: 'Enter a valid GB phone number, or start it with + and the country code' });

    const res = await call(user, 'PATCH', `/${address.id}`, { phone: '07911 123456' });
    expect(res.json().data).toMatchObject({ phone: '+447911123456' });
    const moved = await call(user, 'PATCH', `/${address.id}`, { phone: '(415) 555-0123', country: 'US', postalCode: '94105' });
    expect(moved.json().data).toMatchObject({ phone: '+14155550123', country: 'US' });
  });

  it('refuses an empty change, unknown fields and invalid values, and changes nothing', async () => {
    const user = await customer();
    const address = await create(user);
    expectFieldErrors(await call(user, 'PATCH', `/${address.id}`, {}), { body: 'Change at least one field' });
    expectFieldErrors(await call(user, 'PATCH', `/${address.id}`, { city: 'Oakland', isDefault: false, deletedAt: null }), {
      isDefault: 'Unknown field',
      deletedAt: 'Unknown field',
    });
    expectFieldErrors(await call(user, 'PATCH', `/${address.id}`, { recipientName: '' }), { recipientName: /.+/ });
    expect(await list(user)).toEqual([address]);
  });

  it('cannot change a deleted address', async () => {
    const user = await customer();
    const address = await create(user);
    expect((await call(user, 'DELETE', `/${address.id}`)).statusCode).toBe(204);
    expectError(await call(user, 'PATCH', `/${address.id}`, { city: 'Oakland' }), 404, 'NOT_FOUND');
  });
});

describe('deleting an address', () => {
  it('answers 204 and hides it, but keeps the row; a second delete is 404', async () => {
    const user = await customer();
    const address = await create(user);
    const res = await call(user, 'DELETE', `/${address.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');
    expect(await list(user)).toEqual([]);
    expect((await rowOf(address.id))?.deletedAt?.toISOString()).toBe(clock.now().toISOString());
    expectError(await call(user, 'DELETE', `/${address.id}`), 404, 'NOT_FOUND');
    expectError(await call(user, 'POST', `/${address.id}/default`), 404, 'NOT_FOUND');
  });

  it('deleting the default leaves no default until the user picks one', async () => {
    const user = await customer();
    const home = await create(user);
    const office = await create(user, LONDON);
    expect((await call(user, 'DELETE', `/${home.id}`)).statusCode).toBe(204);

    expect(await list(user)).toEqual([office]);
    expect(await liveDefaults(user.userId)).toEqual([]);
    // Another address is not the first one, so it does not quietly become the default either.
    expect((await create(user)).isDefault).toBe(false);

    const chosen = await call(user, 'POST', `/${office.id}/default`);
    expect(chosen.json().data).toMatchObject({ id: office.id, isDefault: true });
    expect(await liveDefaults(user.userId)).toEqual([{ id: office.id }]);
  });

  it('once every address is deleted, the next one is the default again', async () => {
    const user = await customer();
    const home = await create(user);
    expect((await call(user, 'DELETE', `/${home.id}`)).statusCode).toBe(204);
    expect((await create(user, LONDON)).isDefault).toBe(true);
  });
});

describe('the default address', () => {
  it('moves: the new one is the only default', async () => {
    const user = await customer();
    const home = await create(user);
    const office = await create(user, LONDON);
    clock.advance(1_000);

    const res = await call(user, 'POST', `/${office.id}/default`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual({ ...office, isDefault: true, updatedAt: clock.now().toISOString() });
    expect(await liveDefaults(user.userId)).toEqual([{ id: office.id }]);
    expect((await list(user)).map((a) => [a.id, a.isDefault])).toEqual([
      [office.id, true],
      [home.id, false],
    ]);
  });

  it('several chosen at once still leave exactly one default', async () => {
    const user = await customer();
    const others: AddressView[] = [];
    await create(user);
    for (let i = 0; i < 4; i++) others.push(await create(user, { ...LONDON, label: `Office ${i}` }));
    const responses = await Promise.all(others.map((a) => call(user, 'POST', `/${a.id}/default`)));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(await liveDefaults(user.userId)).toHaveLength(1);
  });

  it('choosing the default again changes nothing', async () => {
    const user = await customer();
    const home = await create(user);
    const res = await call(user, 'POST', `/${home.id}/default`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toEqual(home);
  });
});

describe('the audit log', () => {
  it('records each change with the address id and no personal data', async () => {
    const user = await customer();
    const home = await create(user);
    const office = await create(user, LONDON);
    await call(user, 'PATCH', `/${home.id}`, { line1: '2 Market St' });
    await call(user, 'POST', `/${office.id}/default`);
    await call(user, 'DELETE', `/${home.id}`);

    const records = await db.select().from(auditLog).where(eq(auditLog.actorId, user.userId)).orderBy(asc(auditLog.id));
    const ofAddresses = records.filter((r) => r.action.startsWith('address.'));
    expect(ofAddresses.map((r) => [r.action, r.targetId, r.details])).toEqual([
      ['address.created', home.id, null],
      ['address.created', office.id, null],
      ['address.updated', home.id, { fields: ['line1'] }],
      ['address.default_set', office.id, { previousDefaultId: home.id }],
      ['address.deleted', home.id, { wasDefault: false }],
    ]);
    for (const record of ofAddresses) {
      expect(record).toMatchObject({ outcome: 'success', targetType: 'address', actorEmail: user.email });
      for (const value of [...PERSONAL, '2 Market St', 'Charles Babbage', 'SW1A']) expect(JSON.stringify(record.details)).not.toContain(value);
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes the address routes with their schemas', async () => {
    const res = await app.inject('/api/v1/openapi.json');
    expect(res.statusCode, res.body).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/me/addresses', '/api/v1/me/addresses/{id}', '/api/v1/me/addresses/{id}/default']),
    );
    expect(doc.components.schemas.NewAddressInput).toMatchObject({ additionalProperties: false, required: expect.arrayContaining(['country', 'postalCode']) });
    expect(doc.components.schemas.Address.required).toEqual(expect.arrayContaining(['isDefault', 'lastUsedAt']));
  });
});
