import { and, count, desc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import { hotQuery, hotStatement, type Executor, type QueryParams } from '../../db/client.js';
import { containsPattern } from '../../lib/like.js';
import { sellerProfiles, users } from './users.tables.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

/**
 * Sellers whose products may be shown, with the name shoppers see. Other modules join on this
 * (published by the service) instead of reading the users tables, so what "an active seller"
 * means lives here.
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

/** Every seller's name as shoppers see it, whatever the account's status: for the seller's own and the admins' views. */
export const sellerNames = (db: Executor) =>
  db
    .select({
      id: users.id,
      name: sql<string>`coalesce(${sellerProfiles.businessName}, ${users.fullName})`.as('seller_name'),
    })
    .from(users)
    .leftJoin(sellerProfiles, eq(sellerProfiles.userId, users.id))
    .as('seller_names');

/** What other modules may join on of an account: who it is, its role and its status. */
export const accountDirectory = (db: Executor) =>
  db.select({ id: users.id, email: users.email, role: users.role, status: users.status }).from(users).as('accounts');

/** The ids of active accounts, as SQL to test membership in (`user_id in …`) inside another module's statement. */
export const activeAccountIds: SQL = sql`(select ${users.id} from ${users} where ${users.status} = 'active')`;

const userByEmail = hotQuery('user_by_email', (db, p: QueryParams<{ email: string }>) => db.select().from(users).where(sql`lower(${users.email}) = ${p.email}`));

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await userByEmail(db, { email: email.toLowerCase() });
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

/** Only active ones: a shop whose admins are all suspended needs the bootstrap's way back in. */
export async function countActiveAdmins(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users).where(and(eq(users.role, 'admin'), eq(users.status, 'active')));
  return row?.count ?? 0;
}

export async function holdDemoSeed(db: Executor): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('demo-seed'))`);
}

/** Changes to who is an active admin happen one at a time: no race makes two first admins or suspends the last. */
export async function holdAdminRoster(db: Executor): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('admin-roster'))`);
}

export async function activeAdminEmails(db: Executor): Promise<string[]> {
  const rows = await db.select({ email: users.email }).from(users).where(and(eq(users.role, 'admin'), eq(users.status, 'active')));
  return rows.map((row) => row.email);
}

/** Admins do not count: the first admin may be created before the demo data is loaded. */
export async function countShoppersAndSellers(db: Executor): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users).where(ne(users.role, 'admin'));
  return row?.count ?? 0;
}

const userById = hotQuery('user_by_id', (db, p: QueryParams<{ id: string }>) => db.select().from(users).where(eq(users.id, p.id)));

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await userById(db, { id });
  return row;
}

export type UserSearch = { text?: string; role?: UserRow['role']; status?: UserRow['status']; limit: number; offset: number };

/** Accounts whose email or name contains the text (any case), newest first, with the count of all matches. */
export async function searchUsers(db: Executor, search: UserSearch): Promise<{ rows: UserRow[]; total: number }> {
  const pattern = search.text ? containsPattern(search.text) : undefined;
  const where = and(
    pattern ? or(ilike(users.email, pattern), ilike(users.fullName, pattern)) : undefined,
    search.role ? eq(users.role, search.role) : undefined,
    search.status ? eq(users.status, search.status) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db.select().from(users).where(where).orderBy(desc(users.createdAt), desc(users.id)).limit(search.limit).offset(search.offset),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** Moves the account from one status to another; undefined when it was not in `from` (any more). */
export async function changeUserStatus(
  db: Executor,
  userId: string,
  change: { from: UserRow['status']; to: UserRow['status'] },
  now: Date,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ status: change.to, updatedAt: now })
    .where(and(eq(users.id, userId), eq(users.status, change.from)))
    .returning();
  return row;
}

/** The account row, locked until the transaction ends: serialises the writes made on its behalf. */
export async function lockUser(db: Executor, userId: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).for('update');
  return row;
}

export async function findSellerProfile(db: Executor, userId: string) {
  const [row] = await db.select().from(sellerProfiles).where(eq(sellerProfiles.userId, userId));
  return row;
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

/**
 * A login on an account that is still active: its time (and a stronger password hash, when the
 * login made one). The account row stays locked until the transaction ends, so a concurrent
 * suspension either waits and then revokes the new session too, or commits first and the login
 * finds no active account. False in that case.
 */
export async function recordSignIn(db: Executor, userId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ lastLoginAt: now })
    .where(and(eq(users.id, userId), eq(users.status, 'active')))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** Replaces the hash only if it is still `from`: a password changed meanwhile is never overwritten. */
export async function replacePasswordHash(db: Executor, userId: string, change: { from: string; to: string }): Promise<void> {
  await db.update(users).set({ passwordHash: change.to }).where(and(eq(users.id, userId), eq(users.passwordHash, change.from)));
}

/** What a profile shows of an account. */
export type AccountFields = Pick<UserRow, 'id' | 'email' | 'fullName' | 'phone' | 'role' | 'status' | 'emailVerifiedAt' | 'createdAt' | 'lastLoginAt'>;
export type ProfileRow = AccountFields & { businessName: string | null; taxId: string | null };

/** The accounts among `ids` with their seller profile: every profile the cache missed at one moment, in one round trip. */
export const profilesByIds = hotStatement<{ ids: string[] }, ProfileRow>(
  'profiles_by_ids',
  (p) => sql`select u.id, u.email, u.full_name as "fullName", u.phone, u.role, u.status, u.email_verified_at as "emailVerifiedAt",
      u.created_at as "createdAt", u.last_login_at as "lastLoginAt", sp.business_name as "businessName", sp.tax_id as "taxId"
    from ${users} u left join ${sellerProfiles} sp on sp.user_id = u.id
    where u.id = any(${p.ids}::uuid[])`,
);
