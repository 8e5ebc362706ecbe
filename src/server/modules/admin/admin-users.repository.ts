import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { addresses } from '../addresses/addresses.tables.js';

/**
 * A user's live (not deleted) addresses, default first, then the most recently used, as the
 * user's own list orders them. Read here rather than through the addresses module so the admin
 * console does not depend on its service; only the table is shared.
 */
export async function listLiveAddresses(db: Executor, userId: string) {
  return db
    .select()
    .from(addresses)
    .where(and(eq(addresses.userId, userId), isNull(addresses.deletedAt)))
    .orderBy(desc(addresses.isDefault), sql`${addresses.lastUsedAt} desc nulls last`, desc(addresses.createdAt));
}
