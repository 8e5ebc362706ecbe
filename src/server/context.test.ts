import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.js';
import { createUnitOfWork, systemVisitor, type UnitOfWork } from './context.js';
import type { Database } from './db/client.js';
import { appendAudit } from './modules/audit/audit.service.js';
import { auditLog } from './modules/audit/audit.tables.js';

let db: Database;
let run: UnitOfWork;
const hookErrors: unknown[] = [];
const visitor = systemVisitor('unit-of-work-test');

beforeAll(async () => {
  ({ db } = await createTestDatabase());
  run = createUnitOfWork({ db, clock: { now: () => new Date('2026-12-01T10:00:00Z') }, writeAudit: appendAudit, onHookError: (error) => hookErrors.push(error) });
});

/** Whether the record is visible outside the use case's transaction, i.e. committed. */
const committed = async (action: string) => (await db.select().from(auditLog).where(eq(auditLog.action, action))).length === 1;

describe('the unit of work', () => {
  it('runs the after-commit hooks once the transaction has committed, in order, and returns the result', async () => {
    const seen: string[] = [];
    const result = await run(visitor, async (ctx) => {
      await ctx.audit({ action: 'uow.committed', outcome: 'success' });
      ctx.afterCommit(async () => void seen.push(`first saw the record: ${await committed('uow.committed')}`));
      ctx.afterCommit(() => void seen.push('second'));
      seen.push('work done');
      return 42;
    });
    expect(result).toBe(42);
    expect(seen).toEqual(['work done', 'first saw the record: true', 'second']);
  });

  it('writes every record of the use case at its one instant, from the caller', async () => {
    await run(visitor, (ctx) => ctx.audit({ action: 'uow.instant', outcome: 'success' }));
    const [row] = await db.select().from(auditLog).where(eq(auditLog.action, 'uow.instant'));
    expect(row).toMatchObject({ at: new Date('2026-12-01T10:00:00Z'), actorId: null, userAgent: 'unit-of-work-test' });
  });

  it('drops the hooks and the writes of a use case that fails', async () => {
    let hookRan = false;
    const failing = run(visitor, async (ctx) => {
      await ctx.audit({ action: 'uow.rolled-back', outcome: 'success' });
      ctx.afterCommit(() => void (hookRan = true));
      throw new Error('the use case failed');
    });
    await expect(failing).rejects.toThrow('the use case failed');
    expect(hookRan).toBe(false);
    expect(await committed('uow.rolled-back')).toBe(false);
  });

  it('reports a failing hook without undoing the commit or failing the caller, and still runs the next hook', async () => {
    let nextRan = false;
    const result = await run(visitor, async (ctx) => {
      await ctx.audit({ action: 'uow.hook-failed', outcome: 'success' });
      ctx.afterCommit(() => {
        throw new Error('the cache is away');
      });
      ctx.afterCommit(() => void (nextRan = true));
      return 'done';
    });
    expect(result).toBe('done');
    expect(nextRan).toBe(true);
    expect(await committed('uow.hook-failed')).toBe(true);
    expect(hookErrors).toEqual([new Error('the cache is away')]);
  });
});
