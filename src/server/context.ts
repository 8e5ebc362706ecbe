import type { Database, Transaction } from './db/client.js';
import type { Clock } from './lib/clock.js';
import type { Role } from './modules/auth/permissions.js';

/**
 * The shape every use case shares: who calls (`Actor` or `Visitor`), and the one transaction the
 * use case runs in (`Context`), opened by `createUnitOfWork`. Modules import their types from
 * here, never from the composition root (`services.ts`) or `app.ts`.
 */

/** Where a request came from; every audit record keeps it. */
export type Origin = { ip: string; userAgent: string; requestId: string };

/** The signed-in caller of a request, put on it by `authorize`: the one name for whoever acts. */
export type Actor = Origin & { userId: string; email: string; role: Role; sessionId: string };

/** A caller who is not signed in (signing in, registering, following an email link). */
export type Visitor = Origin & { userId: null };

/** A user agent or URL as records keep it: long enough to read, too short to flood the log with. */
export const RECORDED_TEXT_MAX = 512;

/** Work done by the process itself (start-up, the command line), not on anybody's request. */
export const systemVisitor = (what: string): Visitor => ({ userId: null, ip: '', userAgent: what, requestId: what });

/** One audit record, as a use case describes it; the context adds the time and the origin. */
export type AuditEntry = {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  /** Who acted, when not the signed-in caller (a login names the account it signs in to); null for nobody. */
  actor?: { id: string; email: string } | null;
  target?: { type: string; id: string };
  details?: Record<string, unknown>;
};

/** What a use case receives: its caller, its transaction, its moment, and what it leaves for after the commit. */
export type Context<C extends Actor | Visitor = Actor | Visitor> = {
  readonly actor: C;
  /** The use case's one transaction: every module it calls writes through it. */
  readonly tx: Transaction;
  /** The clock's time when the use case began: one instant for all it writes. */
  readonly now: Date;
  /** Appends an audit record in the transaction, so the action and its record commit together. */
  audit(entry: AuditEntry): Promise<void>;
  /** Work that must see the committed state (revocation fan-out, cache invalidation); dropped on rollback. */
  afterCommit(hook: () => Promise<void> | void): void;
};

export type UnitOfWork = <C extends Actor | Visitor, T>(actor: C, work: (ctx: Context<C>) => Promise<T>) => Promise<T>;

/**
 * Opens the transaction, runs the use case in it, commits, and only then runs the hooks the use
 * case registered. A hook that fails is logged, not thrown: the change is committed, and what
 * hooks do (telling caches) has a bound of its own (the session cache forgets within seconds).
 */
export function createUnitOfWork(deps: {
  db: Database;
  clock: Clock;
  writeAudit: (tx: Transaction, actor: Actor | Visitor, at: Date, entry: AuditEntry) => Promise<void>;
  onHookError: (error: unknown) => void;
}): UnitOfWork {
  return async (actor, work) => {
    const hooks: (() => Promise<void> | void)[] = [];
    const result = await deps.db.transaction((tx) => {
      const now = deps.clock.now();
      return work({
        actor,
        tx,
        now,
        audit: (entry) => deps.writeAudit(tx, actor, now, entry),
        afterCommit: (hook) => void hooks.push(hook),
      });
    });
    for (const hook of hooks) {
      try {
        await hook();
      } catch (error) {
        deps.onHookError(error);
      }
    }
    return result;
  };
}

/** The audit actor a signed-in caller stands for; a visitor stands for nobody. */
export const auditActorOf = (caller: Actor | Visitor): { id: string; email: string } | null =>
  caller.userId === null ? null : { id: caller.userId, email: caller.email };
