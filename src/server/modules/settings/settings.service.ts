import { eq } from 'drizzle-orm';
import type { SettingsPatch, StoreSettings } from '../../../contracts/settings.js';
import type { Database } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { audit, type AuditContext } from '../audit/audit.service.js';
import { readSettings } from './settings.repository.js';
import { storeSettings } from './settings.tables.js';

/**
 * Settings are read on hot paths (every anonymous catalog request asks whether browsing needs a
 * sign-in), so each node keeps them for at most CACHE_MS; a change made on another node is seen
 * within that time, one made here at once.
 */
export const CACHE_MS = 5_000;

export function createSettingsService(db: Database, clock: Clock) {
  let cached: { settings: StoreSettings; until: number } | undefined;

  const load = async (): Promise<StoreSettings> => {
    const { storeName, requireSignInToBrowse, defaultLowStockThreshold, shipping } = await readSettings(db);
    return { storeName, requireSignInToBrowse, defaultLowStockThreshold, shipping };
  };

  return {
    async current(): Promise<StoreSettings> {
      const now = clock.now().getTime();
      if (cached && cached.until > now) return cached.settings;
      cached = { settings: await load(), until: now + CACHE_MS };
      return cached.settings;
    },

    async update(patch: SettingsPatch, actor: { id: string; email: string }, ctx: AuditContext): Promise<StoreSettings> {
      await db.transaction(async (tx) => {
        await tx
          .update(storeSettings)
          .set({ ...patch, updatedAt: clock.now(), updatedBy: actor.id })
          .where(eq(storeSettings.id, 1));
        await audit(tx, ctx, { action: 'admin.settings.updated', outcome: 'success', actor, target: { type: 'settings', id: 'store' }, details: { changed: patch } });
      });
      cached = undefined;
      return this.current();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
