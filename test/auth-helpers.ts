import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../src/server/db/client.js';
import { newId } from '../src/server/lib/ids.js';
import { hashPassword } from './passwords.js';
import { mailOutbox } from '../src/server/modules/mail/mail.tables.js';
import { insertUser } from '../src/server/modules/users/users.repository.js';

export const STRONG_PASSWORD = 'Tr1cky#Parrot';
export const DESKTOP_CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
export const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

let counter = 0;
/** A unique address per call, so tests in one file never collide. */
export const uniqueEmail = (label = 'user') => `${label}.${Date.now().toString(36)}.${++counter}@example.com`;

export const registration = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail(),
  password: STRONG_PASSWORD,
  fullName: 'Ada Lovelace',
  phone: '+12025550143',
  role: 'customer',
  ...overrides,
});

/** The token in the newest email to `to` whose link goes to `path`. */
export async function tokenFromEmail(db: Database, to: string, path: string): Promise<string> {
  const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.recipient, to)).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
  for (const mail of mails) {
    const match = mail.text?.match(new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9_-]+)`));
    if (match?.[1]) return match[1];
  }
  throw new Error(`no email to ${to} with a ${path} link`);
}

export async function emailsTo(db: Database, to: string, subjectPart?: string) {
  const rows = await db.select().from(mailOutbox).where(and(eq(mailOutbox.recipient, to)));
  return subjectPart ? rows.filter((r) => r.subject.includes(subjectPart)) : rows;
}

type Registered = { email: string; password: string; userId: string };

/** Registers and verifies through the API: an active account ready to sign in. */
export async function activeUser(app: FastifyInstance, db: Database, overrides: Record<string, unknown> = {}): Promise<Registered> {
  const body = registration(overrides);
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body, remoteAddress: nextIp() });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  const token = await tokenFromEmail(db, body.email, '/verify-email');
  const verified = await app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', payload: { token }, remoteAddress: nextIp() });
  if (verified.statusCode !== 200) throw new Error(`verify failed: ${verified.body}`);
  return { email: body.email, password: body.password, userId: res.json().data.user.id };
}

let ipCounter = 0;
/** A fresh client address, so per-IP rate limits of one test do not leak into another. */
export const nextIp = () => `198.51.100.${(++ipCounter % 250) + 1}`;

/** The refresh token cookie a response sets (or clears), if any. */
export const refreshCookie = (res: LightMyRequestResponse) => res.cookies.find((c) => c.name === 'refresh_token');

export async function login(app: FastifyInstance, who: { email: string; password: string }, headers: Record<string, string> = {}, ip = nextIp()) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: who.email, password: who.password }, headers, remoteAddress: ip });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  const data = res.json().data as { accessToken: string; refreshToken: string; session: { id: string } };
  return { ...data, cookie: refreshCookie(res), response: res };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/**
 * An active admin with a password, made as the bootstrap makes one (nobody can register as an
 * admin). Signs in like anybody else.
 */
export async function activeAdmin(db: Database, overrides: { email?: string; fullName?: string } = {}): Promise<Registered> {
  const email = overrides.email ?? uniqueEmail('admin');
  const now = new Date();
  const user = await insertUser(db, {
    id: newId(),
    email,
    passwordHash: await hashPassword(STRONG_PASSWORD),
    fullName: overrides.fullName ?? 'Grace Hopper',
    phone: '+12025550199',
    role: 'admin',
    status: 'active',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  return { email, password: STRONG_PASSWORD, userId: user.id };
}

export type SignedInUser = Registered & { accessToken: string; sessionId: string };

/** A signed-in user of the role: registered and verified (customer, seller) or bootstrapped (admin), then logged in. */
export async function signedIn(app: FastifyInstance, db: Database, role: 'customer' | 'seller' | 'admin'): Promise<SignedInUser> {
  const user =
    role === 'admin'
      ? await activeAdmin(db)
      : await activeUser(app, db, role === 'seller' ? { role, business: { name: 'Acme Goods', taxId: 'US-12-3456789' } } : {});
  const session = await login(app, user);
  return { ...user, accessToken: session.accessToken, sessionId: session.session.id };
}
