import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { AppError, notFound, sessionEnded } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { addPasswordHistory } from '../auth/auth.repository.js';
import { passwordProblems } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import type { Mailer } from '../mail/mail.service.js';
import type { UserProfile } from '../../../contracts/auth.js';
import { countAdmins, findSellerProfile, findUserByEmail, findUserById, insertUser, lockUser, type UserRow } from './users.repository.js';

export type NewAdmin = { email: string; password: string; fullName: string; phone?: string };

/** The password policy, then the hash: both before any transaction opens, as hashing is slow. */
export async function adminPasswordHash(admin: NewAdmin): Promise<string> {
  const unmet = passwordProblems(admin.password, admin.email);
  if (unmet.length) throw new AppError('AUTH_WEAK_PASSWORD', 'The admin password is too weak', unmet);
  return hashPassword(admin.password);
}

const emailTaken = () => new AppError('AUTH_EMAIL_EXISTS', 'An account with this email already exists');

/**
 * Makes an active, verified admin with its first password-history entry and queues the welcome
 * email, in the caller's transaction. Shared by the bootstrap and POST /admin/users, the only two
 * ways an admin is made.
 */
export async function insertAdmin(tx: Executor, mailer: Mailer, admin: NewAdmin, passwordHash: string, now: Date): Promise<UserRow> {
  if (await findUserByEmail(tx, admin.email)) throw emailTaken();
  const created = await insertUser(tx, {
    id: newId(),
    email: admin.email,
    passwordHash,
    fullName: admin.fullName,
    phone: admin.phone ?? '',
    role: 'admin',
    status: 'active',
    emailVerifiedAt: now,
    createdAt: now,
    updatedAt: now,
  }).catch((error: unknown) => {
    // Two requests racing for one address: the unique index decides.
    if ((error as { cause?: { code?: string } }).cause?.code === '23505') throw emailTaken();
    throw error;
  });
  await addPasswordHistory(tx, created.id, passwordHash, now);
  await mailer.queue(tx, created.email, (store) => ({
    subject: `Your ${store} admin account is ready`,
    heading: 'Welcome to the admin console',
    paragraphs: [`An administrator account was created for ${created.email}.`, 'Sign in to manage products, orders, users and store settings.'],
    action: { label: 'Sign in', url: mailer.link('/sign-in') },
    footnote: 'If you did not expect this email, tell whoever runs this shop at once.',
  }));
  return created;
}

/**
 * The first admin, from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create`. It does nothing when
 * an admin exists already: after the bootstrap, only an admin makes admins.
 */
export async function createFirstAdmin(db: Database, mailer: Mailer, admin: NewAdmin): Promise<'created' | 'exists'> {
  const passwordHash = await adminPasswordHash(admin);
  return db.transaction(async (tx) => {
    // Serialises concurrent bootstraps (two nodes starting at once) so only one admin is made.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('first-admin'))`);
    if ((await countAdmins(tx)) > 0) return 'exists';
    await insertAdmin(tx, mailer, admin, passwordHash, new Date());
    return 'created';
  });
}

/** The account's own fields: a profile without the seller's business (the admins' user list). */
export function accountOf(user: UserRow): Omit<UserProfile, 'seller'> {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    phone: user.phone,
    role: user.role,
    status: user.status,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

/** What a user sees of their own account (GET /me), and what sign-in and registration return. */
export async function profileOf(db: Executor, user: UserRow): Promise<UserProfile> {
  const seller = user.role === 'customer' ? undefined : await findSellerProfile(db, user.id);
  return { ...accountOf(user), ...(seller ? { seller: { businessName: seller.businessName, taxId: seller.taxId } } : {}) };
}

export async function getProfile(db: Executor, userId: string): Promise<UserProfile> {
  const user = await findUserById(db, userId);
  if (!user) throw notFound('User');
  return profileOf(db, user);
}

/**
 * The caller's account, locked for the rest of the transaction, for a write made on its behalf.
 * A token can outlive its account by a few seconds (the session cache, a request in flight while
 * the account is closed or suspended): such a write is refused here, and can never bring personal
 * data back to a closed account.
 */
export async function lockActiveAccount(tx: Executor, userId: string): Promise<UserRow> {
  const user = await lockUser(tx, userId);
  if (user?.status !== 'active') throw sessionEnded();
  return user;
}
