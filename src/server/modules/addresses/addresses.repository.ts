import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { addresses } from './addresses.tables.js';

export type AddressRow = typeof addresses.$inferSelect;
export type NewAddress = typeof addresses.$inferInsert;
export type AddressChanges = Partial<Omit<NewAddress, 'id' | 'userId' | 'createdAt'>>;

const liveOf = (userId: string) => and(eq(addresses.userId, userId), isNull(addresses.deletedAt));

/** Default first, then the most recently used, then the newest. */
export async function listLiveAddresses(db: Executor, userId: string): Promise<AddressRow[]> {
  return db
    .select()
    .from(addresses)
    .where(liveOf(userId))
    .orderBy(desc(addresses.isDefault), sql`${addresses.lastUsedAt} desc nulls last`, desc(addresses.createdAt), desc(addresses.id));
}

export async function countLiveAddresses(db: Executor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(addresses).where(liveOf(userId));
  return row?.n ?? 0;
}

/** Whoever owns it: the service tells a stranger's address (403) from none (404). */
export async function findLiveAddress(db: Executor, id: string): Promise<AddressRow | undefined> {
  const [row] = await db
    .select()
    .from(addresses)
    .where(and(eq(addresses.id, id), isNull(addresses.deletedAt)));
  return row;
}

export async function insertAddress(db: Executor, address: NewAddress): Promise<AddressRow> {
  const [row] = await db.insert(addresses).values(address).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateAddress(db: Executor, id: string, changes: AddressChanges): Promise<AddressRow> {
  const [row] = await db.update(addresses).set(changes).where(eq(addresses.id, id)).returning();
  if (!row) throw new Error(`address ${id} vanished during its update`);
  return row;
}

/** Unsets the user's default, if any, and returns its id. */
export async function clearDefault(db: Executor, userId: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(addresses)
    .set({ isDefault: false, updatedAt: now })
    .where(and(liveOf(userId), eq(addresses.isDefault, true)))
    .returning({ id: addresses.id });
  return row?.id;
}

/** A closed account's addresses, blanked and deleted: orders keep their own copy of the shipping address. */
export async function eraseAddressesOf(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(addresses)
    .set({ label: null, recipientName: '', phone: '', line1: '', line2: null, city: '', state: '', postalCode: '', country: '', isDefault: false, updatedAt: now, deletedAt: sql`coalesce(${addresses.deletedAt}, ${now})` })
    .where(eq(addresses.userId, userId));
}
