import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { storeSettings } from './settings.tables.js';

/** The store's one settings row, created by migration 0003. */
export async function readSettings(db: Executor) {
  const [row] = await db.select().from(storeSettings).where(eq(storeSettings.id, 1));
  if (!row) throw new Error('store_settings has no row: migration 0003 creates it');
  return row;
}

export async function updateSettings(db: Executor, patch: Partial<typeof storeSettings.$inferInsert>, by: string, now: Date): Promise<void> {
  await db
    .update(storeSettings)
    .set({ ...patch, updatedAt: now, updatedBy: by })
    .where(eq(storeSettings.id, 1));
}
