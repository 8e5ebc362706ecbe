import { createHash } from 'node:crypto';
import { dictionary } from '@zxcvbn-ts/language-common';
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_PUBLIC_URL, testAppAndDatabase } from '../../../../test/app.js';
import { activeUser, bearer, emailsTo, login, nextIp, registration, STRONG_PASSWORD, tokenFromEmail, uniqueEmail } from '../../../../test/auth-helpers.js';
import type { Database } from '../../db/client.js';
import { auditLog } from '../audit/audit.tables.js';
import { sellerProfiles, users } from '../users/users.tables.js';
import { oneTimeTokens } from './auth.tables.js';
import { testClock } from '../../../../test/clock.js';
import { errorOf } from '../../../../test/errors.js';
import { passwordProblems } from './password-policy.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let app: FastifyInstance;
let db: Database;

const clock = testClock();
const advance = clock.advance;
/** Moves Date too, which the per-route rate limits (5 password changes a minute) read. */
const advanceWithRateLimits = (ms: number) => {
  advance(ms);
  vi.setSystemTime(Date.now() + ms);
};

afterEach(() => {
  vi.useRealTimers();
});

beforeAll(async () => {
  ({ app, db } = await testAppAndDatabase({}, { clock }));
});

type FieldProblem = { field: string; message: string; rule?: string };
type Profile = {
  id: string;
  email: string;
  fullName: string;
  phone: string;
  role: string;
  status: string;
  emailVerified: boolean;
  lastLoginAt: string | null;
  seller?: { businessName: string; taxId: string };
};

const post = (path: string, payload: object, headers: Record<string, string> = {}, ip = nextIp()) =>
  app.inject({ method: 'POST', url: `/api/v1/auth${path}`, payload, headers, remoteAddress: ip });

const detailsOf = (res: LightMyRequestResponse) => errorOf(res).details as FieldProblem[];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function userRow(email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row;
}

async function getMe(accessToken: string) {
  return app.inject({ url: '/api/v1/me', headers: bearer(accessToken), remoteAddress: nextIp() });
}

/** Registers through the API and returns the body that was sent. */
async function register(overrides: Record<string, unknown> = {}) {
  const body = registration(overrides);
  const res = await post('/register', body);
  expect(res.statusCode, res.body).toBe(201);
  return { body, user: res.json<{ data: { user: Profile } }>().data.user };
}

const countEmails = async (email: string, subjectPart: string) => (await emailsTo(db, email, subjectPart)).length;

describe('POST /auth/register', () => {
  it('answers 201 with the new, unverified user and nothing else', async () => {
    const body = registration({ fullName: 'Grace Hopper' });
    const res = await post('/register', body);
    expect(res.statusCode, res.body).toBe(201);
    const json = res.json<{ success: boolean; data: Record<string, unknown> }>();
    expect(json.success).toBe(true);
    expect(Object.keys(json.data)).toEqual(['user']);
    expect(json.data.user).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      email: body.email,
      fullName: 'Grace Hopper',
      phone: '+12025550143',
      role: 'customer',
      status: 'unverified',
      emailVerified: false,
      lastLoginAt: null,
    });
    expect(json.data.user).not.toHaveProperty('seller');
    expect(res.body).not.toMatch(/password|argon2/i);

    const row = await userRow(body.email);
    expect(row).toMatchObject({ status: 'unverified', role: 'customer', emailVerifiedAt: null });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('stores the email in lower case and refuses the same address in any case with 409 AUTH_EMAIL_EXISTS', async () => {
    const lower = uniqueEmail('mixed');
    const mixed = lower.replace('mixed', 'MiXeD').replace('example.com', 'Example.COM');
    const first = await post('/register', registration({ email: mixed }));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<{ data: { user: Profile } }>().data.user.email).toBe(lower);
    expect((await userRow(lower))?.email).toBe(lower);

    for (const again of [lower, mixed, lower.toUpperCase()]) {
      const res = await post('/register', registration({ email: again }));
      expect(res.statusCode, again).toBe(409);
      expect(errorOf(res).code).toBe('AUTH_EMAIL_EXISTS');
    }
    const rows = await db.select().from(users).where(sql`lower(${users.email}) = ${lower}`);
    expect(rows).toHaveLength(1);
  });

  describe('password policy: every unmet rule at once', () => {
    it('uses a password that really is on the zxcvbn common list', () => {
      expect((dictionary['passwords-common'] as string[]).includes('p@ssw0rd')).toBe(true);
    });

    it('refuses every one of at least 30,000 common passwords, to the last', () => {
      const list = dictionary['passwords-common'] as string[];
      expect(list.length).toBeGreaterThanOrEqual(30_000);
      const refused = list.filter((password) => passwordProblems(password, 'someone@example.com').some((problem) => problem.rule === 'common'));
      expect(refused).toHaveLength(list.length);
    });

    const cases: { name: string; password: () => string; rules: string[] }[] = [
      { name: 'too short', password: () => 'Ab1!xyz', rules: ['minLength'] },
      { name: '129 characters', password: () => `Aa1!${'x'.repeat(125)}`, rules: ['maxLength'] },
      { name: 'no upper-case letter', password: () => 'tr1cky#parrot', rules: ['uppercase'] },
      { name: 'no lower-case letter', password: () => 'TR1CKY#PARROT', rules: ['lowercase'] },
      { name: 'no digit', password: () => 'Tricky#Parrot', rules: ['digit'] },
      { name: 'no special character', password: () => 'Tr1ckyParrot', rules: ['special'] },
      { name: 'a common password', password: () => 'P@ssw0rd', rules: ['common'] },
      // What composition rules push people to: a common word with a capital and digits or symbols tacked on.
      { name: 'Password1! (a common word padded at the end)', password: () => 'Password1!', rules: ['common'] },
      { name: 'Qwerty123!', password: () => 'Qwerty123!', rules: ['common'] },
      { name: 'Summer2024#', password: () => 'Summer2024#', rules: ['common'] },
      { name: '#1Dragon (padded at the start)', password: () => '#1Dragon99', rules: ['common'] },
      { name: 'empty', password: () => '', rules: ['minLength', 'uppercase', 'lowercase', 'digit', 'special'] },
      { name: 'short, lower-case and common', password: () => 'short', rules: ['minLength', 'uppercase', 'digit', 'special', 'common'] },
      { name: '129 lower-case letters', password: () => 'a'.repeat(129), rules: ['maxLength', 'uppercase', 'digit', 'special'] },
    ];

    it.each(cases)('$name → AUTH_WEAK_PASSWORD listing $rules', async ({ password, rules }) => {
      const body = registration();
      const res = await post('/register', { ...body, password: password() });
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res).code).toBe('AUTH_WEAK_PASSWORD');
      const details = detailsOf(res);
      expect(details.map((d) => d.rule).sort()).toEqual([...rules].sort());
      for (const detail of details) {
        expect(detail).toEqual({ field: 'password', rule: expect.any(String), message: expect.stringMatching(/\S/) });
      }
      expect(await userRow(body.email)).toBeUndefined();
      expect(await emailsTo(db, body.email)).toHaveLength(0);
    });

    it('reports notEmail for a password equal to the email, compared case-insensitively', async () => {
      const email = uniqueEmail('pw1');
      // Upper case, lower case, digit and "@" are all there: only notEmail fails.
      const password = `${email.charAt(0).toUpperCase()}${email.slice(1)}`;
      const res = await post('/register', registration({ email, password }));
      expect(res.statusCode, res.body).toBe(400);
      expect(errorOf(res).code).toBe('AUTH_WEAK_PASSWORD');
      expect(detailsOf(res)).toEqual([{ field: 'password', rule: 'notEmail', message: expect.any(String) }]);

      // The same when the email is sent in another case than the password.
      const shouted = await post('/register', registration({ email: email.toUpperCase(), password }));
      expect(detailsOf(shouted).map((d) => d.rule)).toEqual(['notEmail']);
    });

    it('accepts exactly 128 characters', async () => {
      const { body } = await register({ password: `Aa1!${'x'.repeat(124)}` });
      expect(body.password).toHaveLength(128);
    });
  });

  it('stores the phone in E.164 and refuses an invalid one as VALIDATION_ERROR on `phone`', async () => {
    const { body, user } = await register({ phone: '(202) 555-0143' });
    expect(user.phone).toBe('+12025550143');
    expect((await userRow(body.email))?.phone).toBe('+12025550143');

    for (const phone of ['12345', 'call me maybe']) {
      const bad = registration({ phone });
      const res = await post('/register', bad);
      expect(res.statusCode, phone).toBe(400);
      expect(errorOf(res).code).toBe('VALIDATION_ERROR');
      expect(detailsOf(res)).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'phone' })]));
      expect(await userRow(bad.email)).toBeUndefined();
    }
  });

  it('requires a business for a seller, gives the seller a profile, and refuses a business for a customer', async () => {
    const noBusiness = registration({ role: 'seller' });
    const missing = await post('/register', noBusiness);
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).code).toBe('VALIDATION_ERROR');
    expect(detailsOf(missing)).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'business' })]));
    expect(await userRow(noBusiness.email)).toBeUndefined();

    const halfBusiness = await post('/register', registration({ role: 'seller', business: { name: 'Acme' } }));
    expect(halfBusiness.statusCode).toBe(400);
    expect(errorOf(halfBusiness).code).toBe('VALIDATION_ERROR');

    const business = { name: 'Acme Widgets', taxId: 'US-12-3456789' };
    const seller = await activeUser(app, db, { role: 'seller', business });
    const session = await login(app, seller);
    const me = await getMe(session.accessToken);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json<{ data: Profile }>().data).toMatchObject({ role: 'seller', status: 'active', seller: { businessName: 'Acme Widgets', taxId: 'US-12-3456789' } });
    expect(await db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, seller.userId))).toHaveLength(1);

    const customer = registration({ role: 'customer', business });
    const refused = await post('/register', customer);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).code).toBe('VALIDATION_ERROR');
    expect(detailsOf(refused)).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'business' })]));
    expect(await userRow(customer.email)).toBeUndefined();
  });

  it('rejects unknown fields and role "admin" with VALIDATION_ERROR, and never creates an admin', async () => {
    const attempts: Record<string, unknown>[] = [
      { role: 'admin' },
      { status: 'active' },
      { emailVerified: true },
      { role: 'customer', isAdmin: true },
    ];
    for (const overrides of attempts) {
      const body = registration(overrides);
      const res = await post('/register', body);
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect(errorOf(res).code).toBe('VALIDATION_ERROR');
      expect(await userRow(body.email)).toBeUndefined();
    }
    const status = await post('/register', registration({ status: 'active' }));
    expect(detailsOf(status)).toEqual([expect.objectContaining({ field: 'status' })]);

    const admins = await db.select().from(users).where(eq(users.role, 'admin'));
    expect(admins).toHaveLength(0);
  });
});

describe('email verification', () => {
  it('queues an email whose text part links to PUBLIC_URL/verify-email with a ≥32-byte token stored only as its SHA-256', async () => {
    const { body, user } = await register();
    const mails = await emailsTo(db, body.email);
    expect(mails).toHaveLength(1);
    const text = mails[0]?.text ?? '';
    const match = text.match(/(\S+)\/verify-email\?token=([A-Za-z0-9_-]+)/);
    expect(match?.[1]).toBe(TEST_PUBLIC_URL);
    const token = match?.[2] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);

    const rows = await db
      .select()
      .from(oneTimeTokens)
      .where(and(eq(oneTimeTokens.userId, user.id), eq(oneTimeTokens.kind, 'verify_email')));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]?.expiresAt.getTime()).toBe(clock.now().getTime() + 24 * HOUR);

    // A second registration gets a different token.
    const other = await register();
    expect(await tokenFromEmail(db, other.body.email, '/verify-email')).not.toBe(token);
  });

  it('activates the account once; the same token a second time is AUTH_RESET_TOKEN_INVALID', async () => {
    const { body } = await register();
    const token = await tokenFromEmail(db, body.email, '/verify-email');
    const res = await post('/verify-email', { token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ data: { user: Profile } }>().data.user).toMatchObject({ email: body.email, status: 'active', emailVerified: true });
    expect((await userRow(body.email))?.emailVerifiedAt).not.toBeNull();

    const again = await post('/verify-email', { token });
    expect(again.statusCode).toBe(400);
    expect(errorOf(again).code).toBe('AUTH_RESET_TOKEN_INVALID');
  });

  it('lets the token live 24 hours and not longer', async () => {
    const early = await register();
    const late = await register();
    const earlyToken = await tokenFromEmail(db, early.body.email, '/verify-email');
    const lateToken = await tokenFromEmail(db, late.body.email, '/verify-email');

    advance(24 * HOUR - MINUTE);
    const inTime = await post('/verify-email', { token: earlyToken });
    expect(inTime.statusCode, inTime.body).toBe(200);

    advance(MINUTE + 1_000);
    const tooLate = await post('/verify-email', { token: lateToken });
    expect(tooLate.statusCode).toBe(400);
    expect(errorOf(tooLate).code).toBe('AUTH_RESET_TOKEN_INVALID');
    expect((await userRow(late.body.email))?.status).toBe('unverified');
  });

  it('refuses a made-up token and a token of another kind', async () => {
    const garbage = await post('/verify-email', { token: 'A'.repeat(43) });
    expect(garbage.statusCode).toBe(400);
    expect(errorOf(garbage).code).toBe('AUTH_RESET_TOKEN_INVALID');

    const user = await activeUser(app, db);
    await post('/forgot-password', { email: user.email });
    const resetToken = await tokenFromEmail(db, user.email, '/reset-password');
    const wrongKind = await post('/verify-email', { token: resetToken });
    expect(wrongKind.statusCode).toBe(400);
    expect(errorOf(wrongKind).code).toBe('AUTH_RESET_TOKEN_INVALID');
  });
});

describe('POST /auth/resend-verification', () => {
  const resend = (email: string) => post('/resend-verification', { email });

  it('answers 202 for an unknown email, a verified account and a too-early resend, sending nothing', async () => {
    const unknown = uniqueEmail('nobody');
    const toUnknown = await resend(unknown);
    expect(toUnknown.statusCode).toBe(202);
    expect(await emailsTo(db, unknown)).toHaveLength(0);

    const verified = await activeUser(app, db);
    advance(10 * MINUTE);
    const toVerified = await resend(verified.email);
    expect(toVerified.statusCode).toBe(202);
    expect(await countEmails(verified.email, 'Confirm')).toBe(1);

    const { body } = await register();
    const tooSoon = await resend(body.email);
    expect(tooSoon.statusCode).toBe(202);
    expect(await countEmails(body.email, 'Confirm')).toBe(1);

    // The same answer every time: nothing tells which addresses have accounts.
    expect(toUnknown.body).toBe(toVerified.body);
    expect(toUnknown.body).toBe(tooSoon.body);
  });

  it('sends a new email only when the last one is 5 minutes old; the earlier token keeps working', async () => {
    const { body } = await register();
    const firstToken = await tokenFromEmail(db, body.email, '/verify-email');

    advance(5 * MINUTE - 1_000);
    expect((await resend(body.email)).statusCode).toBe(202);
    expect(await countEmails(body.email, 'Confirm')).toBe(1);

    advance(2_000);
    expect((await resend(body.email)).statusCode).toBe(202);
    expect(await countEmails(body.email, 'Confirm')).toBe(2);
    const secondToken = await tokenFromEmail(db, body.email, '/verify-email');
    expect(secondToken).not.toBe(firstToken);

    // The interval counts from the latest email, not the first.
    advance(4 * MINUTE);
    await resend(body.email);
    expect(await countEmails(body.email, 'Confirm')).toBe(2);

    const verified = await post('/verify-email', { token: firstToken });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json<{ data: { user: Profile } }>().data.user.status).toBe('active');
  });

  it('sends again when the last email is exactly 5 minutes old', async () => {
    const { body } = await register();
    advance(5 * MINUTE);
    await resend(body.email);
    expect(await countEmails(body.email, 'Confirm')).toBe(2);
  });
});

describe('forgot and reset password', () => {
  const forgot = (email: string) => post('/forgot-password', { email });
  const reset = (token: string, password: string) => post('/reset-password', { token, password });
  const resetEmails = (email: string) => countEmails(email, 'Reset your');

  it('serves more requests at once than the pool has connections: a use case reads through the connection it holds', async () => {
    const poolSize = db.$client.options.max;
    const users = await Promise.all(Array.from({ length: poolSize + 3 }, () => activeUser(app, db)));
    // Each request holds one connection for its transaction; a read through the pool would wait
    // for a second one, and with every connection held, all of them would wait for ever.
    const answers = await Promise.all(users.map((user) => forgot(user.email)));
    expect(answers.map((res) => res.statusCode)).toEqual(users.map(() => 202));
    for (const user of users) expect(await resetEmails(user.email)).toBe(1);
  });

  /**
   * A signed-in user who has gone through six passwords (the registration one first), changing
   * through POST /me/password a minute apart; `change` changes it again in the same session.
   */
  async function userThroughSixPasswords() {
    const user = await activeUser(app, db);
    const session = await login(app, user);
    const change = (currentPassword: string, newPassword: string) =>
      app.inject({ method: 'POST', url: '/api/v1/me/password', payload: { currentPassword, newPassword }, headers: bearer(session.accessToken), remoteAddress: nextIp() });
    const passwords = [user.password, 'Second#Pass2', 'Third#Pass3', 'Fourth#Pass4', 'Fifth#Pass5', 'Sixth#Pass6'];
    for (let i = 1; i < passwords.length; i++) {
      advanceWithRateLimits(MINUTE);
      const res = await change(passwords[i - 1] ?? '', passwords[i] ?? '');
      expect(res.statusCode, res.body).toBe(200);
    }
    return { user, change, passwords, current: passwords[5] ?? '' };
  }

  it('answers 202 for known and unknown emails alike and emails only the known one', async () => {
    const user = await activeUser(app, db);
    const unknown = uniqueEmail('ghost');
    const toUnknown = await forgot(unknown);
    const toKnown = await forgot(user.email);
    expect(toUnknown.statusCode).toBe(202);
    expect(toKnown.statusCode).toBe(202);
    expect(toUnknown.body).toBe(toKnown.body);
    expect(await emailsTo(db, unknown)).toHaveLength(0);

    const mails = await emailsTo(db, user.email, 'Reset your');
    expect(mails).toHaveLength(1);
    const token = mails[0]?.text?.match(/(\S+)\/reset-password\?token=([A-Za-z0-9_-]+)/);
    expect(token?.[1]).toBe(TEST_PUBLIC_URL);
    expect(token?.[2]?.length).toBeGreaterThanOrEqual(43);
  });

  it('sends at most 3 reset emails an hour per account', async () => {
    const user = await activeUser(app, db);
    for (let i = 0; i < 4; i++) {
      expect((await forgot(user.email.toUpperCase())).statusCode).toBe(202);
      advance(MINUTE);
    }
    expect(await resetEmails(user.email)).toBe(3);

    advance(HOUR);
    expect((await forgot(user.email)).statusCode).toBe(202);
    expect(await resetEmails(user.email)).toBe(4);
  });

  it('sends at most 3 when many requests race: they are counted under a lock', async () => {
    const user = await activeUser(app, db);
    const answers = await Promise.all(Array.from({ length: 8 }, () => forgot(user.email)));
    expect(answers.every((a) => a.statusCode === 202)).toBe(true);
    expect(await resetEmails(user.email)).toBe(3);
  });

  it('a new request invalidates the earlier reset token', async () => {
    const user = await activeUser(app, db);
    await forgot(user.email);
    const first = await tokenFromEmail(db, user.email, '/reset-password');
    advance(MINUTE);
    await forgot(user.email);
    const second = await tokenFromEmail(db, user.email, '/reset-password');
    expect(second).not.toBe(first);

    const old = await reset(first, 'Fresh#Start42');
    expect(old.statusCode).toBe(400);
    expect(errorOf(old).code).toBe('AUTH_RESET_TOKEN_INVALID');
    const res = await reset(second, 'Fresh#Start42');
    expect(res.statusCode, res.body).toBe(200);
  });

  it('lets a reset token live one hour', async () => {
    const early = await activeUser(app, db);
    const late = await activeUser(app, db);
    await forgot(early.email);
    await forgot(late.email);
    const earlyToken = await tokenFromEmail(db, early.email, '/reset-password');
    const lateToken = await tokenFromEmail(db, late.email, '/reset-password');

    advance(HOUR - MINUTE);
    expect((await reset(earlyToken, 'Fresh#Start42')).statusCode).toBe(200);

    advance(MINUTE + 1_000);
    const expired = await reset(lateToken, 'Fresh#Start42');
    expect(expired.statusCode).toBe(400);
    expect(errorOf(expired).code).toBe('AUTH_RESET_TOKEN_INVALID');
    expect((await post('/login', { email: late.email, password: late.password })).statusCode).toBe(200);
  });

  it('sets the password, revokes every session, sends a confirmation and is single use', async () => {
    const user = await activeUser(app, db);
    const laptop = await login(app, user);
    const phone = await login(app, user);
    expect((await getMe(laptop.accessToken)).statusCode).toBe(200);
    expect((await getMe(phone.accessToken)).statusCode).toBe(200);

    await forgot(user.email);
    const token = await tokenFromEmail(db, user.email, '/reset-password');
    const newPassword = 'Brand#New1Pass';
    const res = await reset(token, newPassword);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ success: boolean }>().success).toBe(true);

    for (const session of [laptop, phone]) {
      const me = await getMe(session.accessToken);
      expect(me.statusCode).toBe(401);
      expect(errorOf(me).code).toBe('AUTH_INVALID_TOKEN');
      const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: session.refreshToken }, remoteAddress: nextIp() });
      expect(refreshed.statusCode).toBe(401);
    }

    const oldPassword = await post('/login', { email: user.email, password: user.password });
    expect(oldPassword.statusCode).toBe(401);
    expect(errorOf(oldPassword).code).toBe('AUTH_INVALID_CREDENTIALS');
    await login(app, { email: user.email, password: newPassword });

    expect(await countEmails(user.email, 'password was changed')).toBe(1);

    const again = await reset(token, 'Another#Pass77');
    expect(again.statusCode).toBe(400);
    expect(errorOf(again).code).toBe('AUTH_RESET_TOKEN_INVALID');
    await login(app, { email: user.email, password: newPassword });
  });

  it('refuses a weak or reused password and leaves the token usable', async () => {
    const user = await activeUser(app, db);
    const session = await login(app, user);
    await forgot(user.email);
    const token = await tokenFromEmail(db, user.email, '/reset-password');

    const weak = await reset(token, 'weak');
    expect(weak.statusCode).toBe(400);
    expect(errorOf(weak).code).toBe('AUTH_WEAK_PASSWORD');
    expect(detailsOf(weak).map((d) => d.rule).sort()).toEqual(['digit', 'minLength', 'special', 'uppercase']);

    const reused = await reset(token, user.password);
    expect(reused.statusCode).toBe(400);
    expect(errorOf(reused).code).toBe('AUTH_PASSWORD_REUSED');

    // Nothing happened: the old password and the session still work.
    expect((await getMe(session.accessToken)).statusCode).toBe(200);
    expect(await countEmails(user.email, 'password was changed')).toBe(0);

    const ok = await reset(token, 'Strong#Enough9');
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses any of the last 5 passwords (reset and change) and allows the 6th-oldest again', async () => {
    const { user, change, passwords, current } = await userThroughSixPasswords();

    for (const old of passwords.slice(1)) {
      advanceWithRateLimits(MINUTE);
      const res = await change(current, old);
      expect(res.statusCode, old).toBe(400);
      expect(errorOf(res).code).toBe('AUTH_PASSWORD_REUSED');
    }

    await forgot(user.email);
    const token = await tokenFromEmail(db, user.email, '/reset-password');
    const viaReset = await reset(token, passwords[2] ?? '');
    expect(viaReset.statusCode).toBe(400);
    expect(errorOf(viaReset).code).toBe('AUTH_PASSWORD_REUSED');

    // The sixth-oldest (the registration password) has dropped out of the history.
    const sixthOldest = await reset(token, user.password);
    expect(sixthOldest.statusCode, sixthOldest.body).toBe(200);
    await login(app, user);
  });

  it('allows the 6th-oldest password through POST /me/password as well', async () => {
    const { user, change, current } = await userThroughSixPasswords();
    advanceWithRateLimits(MINUTE);
    const back = await change(current, user.password);
    expect(back.statusCode, back.body).toBe(200);
  });
});

describe('audit log', () => {
  it('records register, verify, login success and failure, reset request, reset and change with actor, ip and user agent', async () => {
    const ip = '192.0.2.77';
    const userAgent = 'RegistrationAuditTest/1.0';
    const headers = { 'user-agent': userAgent };
    const body = registration();
    expect((await post('/register', body, headers, ip)).statusCode).toBe(201);
    const verifyToken = await tokenFromEmail(db, body.email, '/verify-email');
    expect((await post('/verify-email', { token: verifyToken }, headers, ip)).statusCode).toBe(200);
    expect((await post('/login', { email: body.email, password: 'Wrong#Guess1' }, headers, ip)).statusCode).toBe(401);
    const session = await login(app, body, headers, ip);
    expect((await post('/forgot-password', { email: body.email }, headers, ip)).statusCode).toBe(202);
    const resetToken = await tokenFromEmail(db, body.email, '/reset-password');
    expect((await post('/reset-password', { token: resetToken, password: 'Reset#Pass123' }, headers, ip)).statusCode).toBe(200);
    const second = await login(app, { email: body.email, password: 'Reset#Pass123' }, headers, ip);
    expect(session.accessToken).not.toBe(second.accessToken);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'Reset#Pass123', newPassword: 'Changed#Pass456' },
      headers: { ...bearer(second.accessToken), ...headers },
      remoteAddress: ip,
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const userId = (await userRow(body.email))?.id ?? '';
    const rows = await db.select().from(auditLog).where(eq(auditLog.actorId, userId));
    const actions = rows.map((r) => r.action);
    for (const action of [
      'auth.register',
      'auth.email.verified',
      'auth.login.failed',
      'auth.login.succeeded',
      'auth.password.reset_requested',
      'auth.password.reset',
      'auth.password.changed',
    ]) {
      const row = rows.find((r) => r.action === action);
      expect(row, `${action} in ${actions.join(', ')}`).toBeDefined();
      expect(row).toMatchObject({ actorId: userId, actorEmail: body.email, ip, userAgent });
    }
    expect(rows.find((r) => r.action === 'auth.login.failed')?.outcome).toBe('failure');
    expect(rows.find((r) => r.action === 'auth.login.succeeded')?.outcome).toBe('success');
  });

  it('records a failed login for an unknown email without an actor', async () => {
    const ip = '192.0.2.78';
    const email = uniqueEmail('stranger');
    const res = await post('/login', { email, password: STRONG_PASSWORD }, { 'user-agent': 'UnknownProbe/2.0' }, ip);
    expect(res.statusCode).toBe(401);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.action, 'auth.login.failed'), eq(auditLog.ip, ip)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: null, outcome: 'failure', userAgent: 'UnknownProbe/2.0', details: { email } });
  });
});
