import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/client.js';
import { AppError } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { passwordProblems } from '../auth/password-policy.js';
import { hashPassword } from '../auth/passwords.js';
import type { Mailer } from '../mail/mail.service.js';
import type { UserProfile } from '../../../contracts/auth.js';
import { notFound } from '../../lib/app-error.js';
import { countAdmins, findSellerProfile, findUserByEmail, findUserById, insertUser, type UserRow } from './users.repository.js';

export type NewAdmin = { email: string; password: string; fullName: string; phone?: string };

/**
 * The first admin, from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create`. It does nothing when
 * an admin exists already: after the bootstrap, only an admin makes admins.
 */
export async function createFirstAdmin(db: Database, mailer: Mailer, admin: NewAdmin): Promise<'created' | 'exists'> {
  const unmet = passwordProblems(admin.password, admin.email);
  if (unmet.length) throw new AppError('AUTH_WEAK_PASSWORD', 'The admin password is too weak', unmet);
  const passwordHash = await hashPassword(admin.password);
  return db.transaction(async (tx) => {
    // Serialises concurrent bootstraps (two nodes starting at once) so only one admin is made.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('first-admin'))`);
    if ((await countAdmins(tx)) > 0) return 'exists';
    if (await findUserByEmail(tx, admin.email)) {
      throw new AppError('AUTH_EMAIL_EXISTS', `${admin.email} already has an account that is not an admin`);
    }
    const now = new Date();
    await insertUser(tx, {
      id: newId(),
      email: admin.email,
      passwordHash,
      fullName: admin.fullName,
      phone: admin.phone ?? '',
      role: 'admin',
      status: 'active',
      emailVerifiedAt: now,
    });
    await mailer.queue(tx, admin.email, {
      subject: 'Your shoppingMall admin account is ready',
      heading: 'Welcome to the admin console',
      paragraphs: [
        `An administrator account was created for ${admin.email}.`,
        'Sign in to manage products, orders, users and store settings.',
      ],
      action: { label: 'Sign in', url: mailer.link('/sign-in') },
      footnote: 'If you did not expect this email, tell whoever runs this shop at once.',
    });
    return 'created';
  });
}

/** What a user sees of their own account (GET /me), and what sign-in and registration return. */
export async function profileOf(db: Executor, user: UserRow): Promise<UserProfile> {
  const seller = user.role === 'customer' ? undefined : await findSellerProfile(db, user.id);
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
    ...(seller ? { seller: { businessName: seller.businessName, taxId: seller.taxId } } : {}),
  };
}

export async function getProfile(db: Executor, userId: string): Promise<UserProfile> {
  const user = await findUserById(db, userId);
  if (!user) throw notFound('User');
  return profileOf(db, user);
}
