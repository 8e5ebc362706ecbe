import { and, desc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { mailOutbox } from './mail.tables.js';

export type OutboxRow = typeof mailOutbox.$inferSelect;
/** A mail still to be sent: a check constraint keeps its bodies until then. */
export type PendingMail = OutboxRow & { text: string; html: string };
export type NewMail = { recipient: string; subject: string; text: string; html: string };

export async function insertMail(db: Executor, mail: NewMail, now: Date): Promise<string> {
  const id = newId();
  await db.insert(mailOutbox).values({ id, ...mail, createdAt: now, nextAttemptAt: now });
  return id;
}

/**
 * Takes up to `limit` due messages and leases them until `leaseUntil`, so that another worker
 * (on this node or another) skips them while they are being sent, with no transaction held open
 * across the SMTP conversation. A worker that dies mid-send leaves the lease to expire.
 */
export async function claimDueMail(db: Executor, now: Date, leaseUntil: Date, limit: number): Promise<PendingMail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now)))
      .orderBy(mailOutbox.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const claimed = await tx
      .update(mailOutbox)
      .set({ attempts: sql`${mailOutbox.attempts} + 1`, nextAttemptAt: leaseUntil })
      .where(inArray(mailOutbox.id, due.map((d) => d.id)))
      .returning();
    return claimed as PendingMail[];
  });
}

/** The bodies go once a mail is sent or given up: they hold live links. Only the dev mailbox, which shows them, keeps them. */
const finished = (keepBody: boolean) => (keepBody ? {} : { text: null, html: null });

export async function markSent(db: Executor, id: string, now: Date, keepBody: boolean): Promise<void> {
  await db.update(mailOutbox).set({ status: 'sent', sentAt: now, lastError: null, ...finished(keepBody) }).where(eq(mailOutbox.id, id));
}

export async function markFailedAttempt(
  db: Executor,
  id: string,
  error: string,
  retryAt: Date | null,
  keepBody: boolean,
): Promise<void> {
  await db
    .update(mailOutbox)
    .set(retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed', ...finished(keepBody) })
    .where(eq(mailOutbox.id, id));
}

/** Removes delivered and abandoned emails created before `before`; returns how many. */
export async function purgeFinishedMail(db: Executor, before: Date): Promise<number> {
  const removed = await db
    .delete(mailOutbox)
    .where(and(inArray(mailOutbox.status, ['sent', 'failed']), lt(mailOutbox.createdAt, before)))
    .returning({ id: mailOutbox.id });
  return removed.length;
}

export async function listRecentMail(db: Executor, limit: number): Promise<OutboxRow[]> {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id)).limit(limit);
}

export async function findMail(db: Executor, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}
