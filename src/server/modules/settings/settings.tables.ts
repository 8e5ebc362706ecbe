import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ShippingMethod } from '../../../contracts/settings.js';

/** The store's settings: a single row (id 1), created by the migration with the defaults. */
export const storeSettings = pgTable(
  'store_settings',
  {
    id: integer('id').primaryKey().default(1),
    storeName: text('store_name').notNull(),
    requireSignInToBrowse: boolean('require_sign_in_to_browse').notNull(),
    defaultLowStockThreshold: integer('default_low_stock_threshold').notNull(),
    shipping: jsonb('shipping').$type<ShippingMethod[]>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [check('store_settings_single_row', sql`${t.id} = 1`)],
);
