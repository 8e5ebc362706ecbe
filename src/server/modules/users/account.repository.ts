import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
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
 * Erases what identifies the person behind a closed account in this module's tables and keeps
 * only what the books need: the user row (anonymised, status `deleted`, its email freed for a new
 * account) and the business name of the seller profile and of the applications to sell, which
 * past sales and decisions show. The other modules erase theirs (`account.service.ts`).
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
      updatedAt: now,
    })
    .where(eq(users.id, userId));
  await db.update(sellerProfiles).set({ taxId: '' }).where(eq(sellerProfiles.userId, userId));
  await db.update(sellerApplications).set({ taxId: '', description: null }).where(eq(sellerApplications.userId, userId));
}
