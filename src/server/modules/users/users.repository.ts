import { eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { sellerProfiles, users } from './users.tables.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/**
 * Sellers whose products may be shown, with the name shoppers see. Other modules join on this
 * instead of reading the users tables, so what "an active seller" means lives here.
 */
export const activeSellers = (db: Executor) =>
  db
    .select({
      id: users.id,
      name: sql<string>`coalesce(${sellerProfiles.businessName}, ${users.fullName})`.as('seller_name'),
    })
    .from(users)
    .leftJoin(sellerProfiles, eq(sellerProfiles.userId, users.id))
    .where(eq(users.status, 'active'))
    .as('active_sellers');

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row;
}

export async function insertUser(db: Executor, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values({ ...user, email: user.email.toLowerCase() }).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function insertSellerProfile(db: Executor, profile: typeof sellerProfiles.$inferInsert): Promise<void> {
  await db.insert(sellerProfiles).values(profile);
}

export async function countAdmins(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users).where(eq(users.role, 'admin'));
  return row?.count ?? 0;
}

/** Admins do not count: the first admin may be created before the demo data is loaded. */
export async function countShoppersAndSellers(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users).where(ne(users.role, 'admin'));
  return row?.count ?? 0;
}
