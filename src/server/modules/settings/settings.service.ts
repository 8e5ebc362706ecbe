import type { SettingsPatch, StoreSettings } from '../../../contracts/settings.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { readSettings, updateSettings } from './settings.repository.js';

/**
 * Settings are read on hot paths (every anonymous catalog request asks whether browsing needs a
 * sign-in), so each node keeps them for at most CACHE_MS; a change made on another node is seen
 * within that time, one made here as soon as it commits.
 */
export const CACHE_MS = 5_000;

export function createSettingsService({ db, clock, run }: { db: Database; clock: Clock; run: UnitOfWork }) {
  let cached: { settings: StoreSettings; until: number } | undefined;
  // Bumped by every change: a read that began before one may hold the old settings, so it is
  // answered but not kept.
  let changes = 0;

  const load = async (): Promise<StoreSettings> => {
    const { storeName, requireSignInToBrowse, defaultLowStockThreshold, shipping } = await readSettings(db);
    return { storeName, requireSignInToBrowse, defaultLowStockThreshold, shipping };
  };

  return {
    async current(): Promise<StoreSettings> {
      const now = clock.now().getTime();
      if (cached && cached.until > now) return cached.settings;
      const startedAfter = changes;
      const settings = await load();
      if (startedAfter === changes) cached = { settings, until: now + CACHE_MS };
      return settings;
    },

    /** The store's name as it stands in the use case's own transaction, e.g. for its emails. */
    storeName: async (ctx: Context): Promise<string> => (await readSettings(ctx.tx)).storeName,

    /** The low-stock threshold of variants that name none, read in the use case's own transaction. */
    defaultLowStockThreshold: async (ctx: Context): Promise<number> => (await readSettings(ctx.tx)).defaultLowStockThreshold,

    async update(actor: Actor, patch: SettingsPatch): Promise<StoreSettings> {
      await run(actor, async (ctx) => {
        await updateSettings(ctx.tx, patch, actor.userId, ctx.now);
        await ctx.audit({ action: 'admin.settings.updated', outcome: 'success', target: { type: 'settings', id: 'store' }, details: { changed: patch } });
        ctx.afterCommit(() => {
          changes += 1;
          cached = undefined;
        });
      });
      return this.current();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
