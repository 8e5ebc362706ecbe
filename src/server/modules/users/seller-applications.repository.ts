import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import type { SellerApplicationStatus } from '../../../contracts/account.js';
import type { Executor } from '../../db/client.js';
import { sellerApplications, sellerProfiles, users } from './users.tables.js';

export type SellerApplicationRow = typeof sellerApplications.$inferSelect;
export type Applicant = { id: string; email: string; fullName: string };

/** A second pending application of the user breaks `seller_applications_one_pending_key`. */
export async function insertApplication(db: Executor, application: typeof sellerApplications.$inferInsert): Promise<SellerApplicationRow> {
  const [row] = await db.insert(sellerApplications).values(application).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findApplication(db: Executor, id: string): Promise<SellerApplicationRow | undefined> {
  const [row] = await db.select().from(sellerApplications).where(eq(sellerApplications.id, id));
  return row;
}

export async function latestApplicationOf(db: Executor, userId: string): Promise<SellerApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(sellerApplications)
    .where(eq(sellerApplications.userId, userId))
    .orderBy(desc(sellerApplications.createdAt), desc(sellerApplications.id))
    .limit(1);
  return row;
}

const applicantColumns = { id: users.id, email: users.email, fullName: users.fullName };

/** The review queue: pending ones oldest first, decided ones newest decision first. */
export async function listApplications(
  db: Executor,
  filter: { status: SellerApplicationStatus; limit: number; offset: number },
): Promise<{ rows: { application: SellerApplicationRow; applicant: Applicant }[]; total: number }> {
  const order: SQL[] =
    filter.status === 'pending'
      ? [asc(sellerApplications.createdAt), asc(sellerApplications.id)]
      : [desc(sellerApplications.reviewedAt), desc(sellerApplications.id)];
  const [rows, [counted]] = await Promise.all([
    db
      .select({ application: sellerApplications, applicant: applicantColumns })
      .from(sellerApplications)
      .innerJoin(users, eq(users.id, sellerApplications.userId))
      .where(eq(sellerApplications.status, filter.status))
      .orderBy(...order)
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(sellerApplications).where(eq(sellerApplications.status, filter.status)),
  ]);
  return { rows, total: counted?.n ?? 0 };
}

/** Locks the application until the transaction ends, so two reviewers cannot both decide it. */
export async function lockApplication(db: Executor, id: string): Promise<{ application: SellerApplicationRow; applicant: Applicant } | undefined> {
  const [row] = await db
    .select({ application: sellerApplications, applicant: applicantColumns })
    .from(sellerApplications)
    .innerJoin(users, eq(users.id, sellerApplications.userId))
    .where(eq(sellerApplications.id, id))
    .for('update', { of: sellerApplications });
  return row;
}

export async function decideApplication(
  db: Executor,
  id: string,
  decision: { status: 'approved' | 'rejected'; reason: string | null; reviewedBy: string; reviewedAt: Date },
): Promise<SellerApplicationRow> {
  const [row] = await db.update(sellerApplications).set(decision).where(eq(sellerApplications.id, id)).returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** Closes the user's pending application, if any, as rejected with `reason`; true when there was one. */
export async function withdrawPendingApplication(db: Executor, userId: string, reason: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(sellerApplications)
    .set({ status: 'rejected', reason, reviewedAt: now })
    .where(and(eq(sellerApplications.userId, userId), eq(sellerApplications.status, 'pending')))
    .returning({ id: sellerApplications.id });
  return rows.length > 0;
}

/** The customer becomes a seller with this business; addresses, orders and everything else stay theirs. */
export async function makeSeller(db: Executor, userId: string, business: { businessName: string; taxId: string }, now: Date): Promise<void> {
  await db.update(users).set({ role: 'seller', updatedAt: now }).where(eq(users.id, userId));
  await db
    .insert(sellerProfiles)
    .values({ userId, ...business, createdAt: now })
    .onConflictDoUpdate({ target: sellerProfiles.userId, set: business });
}
