import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { addresses } from '../addresses/addresses.tables.js';
import { oneTimeTokens, passwordHistory, sessions } from '../auth/auth.tables.js';
import { sellerApplications, sellerProfiles, users } from './users.tables.js';
import type { UserRow } from './users.repository.js';

/** Not a hash of any password: every verification against it fails. */
export const UNUSABLE_PASSWORD_HASH = '!account-closed';

export async function updateProfile(db: Executor, userId: string, fields: { fullName?: string; phone?: string }, now: Date): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...fields, updatedAt: now })
    .where(eq(users.id, userId))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/**
 * Erases what identifies the person behind a closed account and keeps only what the books need:
 * the user row (anonymised, status `deleted`, its email freed for a new account) and the business
 * name of the seller profile and of the applications to sell, which past sales and decisions show. Revoking the sessions is the caller's job; their device
 * and network details are erased here.
 */
export async function erasePersonalData(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      email: `deleted-${userId}@deleted.invalid`,
      fullName: 'Deleted user',
      phone: '',
      passwordHash: UNUSABLE_PASSWORD_HASH,
      status: 'deleted',
      lockedUntil: null,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  // Orders keep their own copy of the shipping address, so these rows are of no further use.
  await db
    .update(addresses)
    .set({ label: null, recipientName: '', phone: '', line1: '', line2: null, city: '', state: '', postalCode: '', country: '', isDefault: false, updatedAt: now, deletedAt: sql`coalesce(${addresses.deletedAt}, ${now})` })
    .where(eq(addresses.userId, userId));
  await db.update(sellerProfiles).set({ taxId: '' }).where(eq(sellerProfiles.userId, userId));
  await db.update(sellerApplications).set({ taxId: '', description: null }).where(eq(sellerApplications.userId, userId));
  await db.update(sessions).set({ ip: '', userAgent: '', location: '' }).where(eq(sessions.userId, userId));
  await db.delete(oneTimeTokens).where(eq(oneTimeTokens.userId, userId));
  await db.delete(passwordHistory).where(eq(passwordHistory.userId, userId));
}
