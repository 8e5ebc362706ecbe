import { and, eq, ne, sql } from 'drizzle-orm';
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

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function findSellerProfile(db: Executor, userId: string) {
  const [row] = await db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, userId));
  return row;
}

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 30 * 60_000;

/**
 * Counts a failed login in a 15-minute window that starts at the first failure; the fifth locks
 * the account for 30 minutes. Failures while locked change nothing, so they cannot extend the
 * lock. Returns when the account became locked by this failure, or null.
 */
export async function recordLoginFailure(db: Executor, userId: string, now: Date): Promise<Date | null> {
  const windowStart = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
  const windowExpired = sql`(${users.failedLoginWindowStart} is null or ${users.failedLoginWindowStart} <= ${windowStart})`;
  const failures = sql`case when ${windowExpired} then 1 else ${users.failedLoginCount} + 1 end`;
  const [row] = await db
    .update(users)
    .set({
      failedLoginCount: sql`case when ${failures} >= ${LOCKOUT_THRESHOLD} then 0 else ${failures} end`,
      failedLoginWindowStart: sql`case when ${failures} >= ${LOCKOUT_THRESHOLD} then null when ${windowExpired} then ${now} else ${users.failedLoginWindowStart} end`,
      lockedUntil: sql`case when ${failures} >= ${LOCKOUT_THRESHOLD} then ${lockedUntil} else ${users.lockedUntil} end`,
    })
    .where(and(eq(users.id, userId), sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= ${now})`))
    .returning({ lockedUntil: users.lockedUntil });
  return row?.lockedUntil && row.lockedUntil.getTime() === lockedUntil.getTime() ? lockedUntil : null;
}

export async function clearLoginFailures(db: Executor, userId: string): Promise<void> {
  await db.update(users).set({ failedLoginCount: 0, failedLoginWindowStart: null, lockedUntil: null }).where(eq(users.id, userId));
}

export async function recordLogin(db: Executor, userId: string, now: Date, passwordHash?: string): Promise<void> {
  await db
    .update(users)
    .set({ lastLoginAt: now, failedLoginCount: 0, failedLoginWindowStart: null, ...(passwordHash ? { passwordHash } : {}) })
    .where(eq(users.id, userId));
}

export async function setPasswordHash(db: Executor, userId: string, passwordHash: string, now: Date): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}

/** Returns the user when this call verified them; an already verified account is left alone. */
export async function markEmailVerified(db: Executor, userId: string, now: Date): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ status: 'active', emailVerifiedAt: now, updatedAt: now })
    .where(and(eq(users.id, userId), eq(users.status, 'unverified')))
    .returning();
  return row;
}
