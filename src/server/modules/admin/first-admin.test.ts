import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../../test/database.js';
import type { Database } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import type { UnmetPasswordRule as UnmetRule } from '../../../contracts/password-rules.js';
import { buildTestApp } from '../../../../test/app.js';
import { verifyPassword } from '../../../../test/passwords.js';
import { mailOutbox } from '../mail/mail.tables.js';
import { insertUser } from '../users/users.repository.js';
import { users } from '../users/users.tables.js';
import type { AdminUserService, NewAdmin } from './admin-users.service.js';

const PUBLIC_URL = 'https://mall.example:8443';
let db: Database;
let createFirstAdmin: AdminUserService['createFirstAdmin'];

// createFirstAdmin only acts on a database without an admin, so every test starts from a fresh one.
beforeEach(async () => {
  ({ db } = await createTestDatabase());
  ({ createFirstAdmin } = (await buildTestApp(db, { PUBLIC_URL })).services.adminUsers);
});

// ---------------------------------------------------------------------------------------------
// Factory
// ---------------------------------------------------------------------------------------------

const anAdmin = (overrides: Partial<NewAdmin> = {}): NewAdmin => ({
  email: 'chief@example.com',
  password: 'Adm1n#Strong',
  fullName: 'Chief Admin',
  ...overrides,
});

async function insertCustomer(email: string): Promise<void> {
  await insertUser(db, {
    id: newId(),
    email,
    passwordHash: 'not-used-by-these-tests',
    fullName: 'Casey Customer',
    phone: '+12025550178',
    role: 'customer',
    status: 'active',
    emailVerifiedAt: new Date(),
  });
}

const admins = () => db.select().from(users).where(eq(users.role, 'admin'));
const outbox = () => db.select().from(mailOutbox);

/** The AppError a call rejects with; fails the test when it resolves or rejects with something else. */
async function appErrorFrom(call: Promise<unknown>): Promise<AppError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (error instanceof AppError) return error;
  return expect.unreachable(`expected an AppError, got ${String(error)}`);
}

// ---------------------------------------------------------------------------------------------

describe('createFirstAdmin', () => {
  it('creates one active, verified admin whose password verifies', async () => {
    expect(await createFirstAdmin(anAdmin())).toBe('created');

    const created = await admins();
    expect(created).toHaveLength(1);
    const [admin] = created;
    expect(admin).toMatchObject({ email: 'chief@example.com', fullName: 'Chief Admin', role: 'admin', status: 'active' });
    expect(admin?.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(admin?.passwordHash ?? '', 'Adm1n#Strong')).toBe(true);
  });

  it('queues exactly one email to the admin with a sign-in link built from PUBLIC_URL', async () => {
    await createFirstAdmin(anAdmin());

    const mail = await outbox();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ recipient: 'chief@example.com', status: 'pending' });
    expect(mail[0]?.text).toContain(`${PUBLIC_URL}/sign-in`);
  });

  it('stores the email in lower case', async () => {
    await createFirstAdmin(anAdmin({ email: 'Chief.Admin@Example.COM' }));

    expect((await admins()).map((admin) => admin.email)).toEqual(['chief.admin@example.com']);
  });

  it("returns 'exists' on a second call and creates nothing more", async () => {
    await createFirstAdmin(anAdmin());

    expect(await createFirstAdmin(anAdmin({ email: 'second@example.com', password: 'An0ther#Strong' }))).toBe('exists');
    expect(await db.$count(users)).toBe(1);
    expect((await admins()).map((admin) => admin.email)).toEqual(['chief@example.com']);
    expect(await outbox()).toHaveLength(1);
  });

  it('makes one again when every admin is suspended: the way back in after a stolen admin session', async () => {
    await createFirstAdmin(anAdmin());
    await db.update(users).set({ status: 'suspended' }).where(eq(users.email, 'chief@example.com'));

    expect(await createFirstAdmin(anAdmin({ email: 'rescue@example.com', password: 'Resc0ue#Strong' }))).toBe('created');
    expect((await admins()).map((admin) => admin.email).sort()).toEqual(['chief@example.com', 'rescue@example.com']);
  });

  it('creates exactly one admin and one email when two calls race', async () => {
    const outcomes = await Promise.all([
      createFirstAdmin(anAdmin({ email: 'first@example.com' })),
      createFirstAdmin(anAdmin({ email: 'second@example.com' })),
    ]);

    expect(outcomes.sort()).toEqual(['created', 'exists']);
    const created = await admins();
    expect(created).toHaveLength(1);
    const mail = await outbox();
    expect(mail.map((m) => m.recipient)).toEqual([created[0]?.email]);
  });

  it('rejects a weak password with AUTH_WEAK_PASSWORD listing every unmet rule, and creates nothing', async () => {
    const error = await appErrorFrom(createFirstAdmin(anAdmin({ password: 'short' })));

    expect(error.code).toBe('AUTH_WEAK_PASSWORD');
    expect(error.status).toBe(400);
    const unmet = error.details as UnmetRule[];
    // "short" is also on the common-password blocklist.
    expect(unmet.map((rule) => rule.rule).sort()).toEqual(['common', 'digit', 'minLength', 'special', 'uppercase']);
    for (const rule of unmet) expect(rule).toEqual({ field: 'password', rule: rule.rule, message: expect.any(String) });
    expect(await db.$count(users)).toBe(0);
    expect(await outbox()).toHaveLength(0);
  });

  it('rejects a password that is the email address in another case', async () => {
    const error = await appErrorFrom(
      createFirstAdmin(anAdmin({ email: 'ADM1N#boss@example.com', password: 'Adm1n#Boss@Example.com' })),
    );

    expect(error.code).toBe('AUTH_WEAK_PASSWORD');
    expect((error.details as UnmetRule[]).map((rule) => rule.rule)).toEqual(['notEmail']);
  });

  it('rejects an email a customer already uses, whatever its case, and leaves the customer as it was', async () => {
    await insertCustomer('taken@example.com');

    const error = await appErrorFrom(createFirstAdmin(anAdmin({ email: 'Taken@Example.com' })));

    expect(error.code).toBe('AUTH_EMAIL_EXISTS');
    expect(await admins()).toEqual([]);
    expect(await outbox()).toHaveLength(0);
    const [customer] = await db.select().from(users).where(eq(users.email, 'taken@example.com'));
    expect(customer?.role).toBe('customer');
  });
});
