import { z } from 'zod';
import {
  LOW_STOCK_THRESHOLD_MAX,
  MAX_SHIPPING_METHODS,
  SHIPPING_CODE_PATTERN,
  SHIPPING_DAYS_MAX,
  SHIPPING_FREE_OVER_MAX_CENTS,
  SHIPPING_NAME_MAX,
  SHIPPING_PRICE_MAX_CENTS,
  STORE_NAME_MAX,
} from './settings-rules.js';

export const shippingMethod = z
  .object({
    code: z.string().regex(SHIPPING_CODE_PATTERN, 'Lower-case letters, digits and dashes'),
    name: z.string().trim().min(1).max(SHIPPING_NAME_MAX),
    priceCents: z.int().min(0).max(SHIPPING_PRICE_MAX_CENTS),
    /** Free when the order's subtotal reaches this. */
    freeOverCents: z.int().min(0).max(SHIPPING_FREE_OVER_MAX_CENTS).optional(),
    estimatedDays: z.object({ min: z.int().min(0).max(SHIPPING_DAYS_MAX), max: z.int().min(0).max(SHIPPING_DAYS_MAX) }).refine((d) => d.min <= d.max, 'min must not exceed max'),
  })
  .strict()
  .meta({ id: 'ShippingMethod' });
export type ShippingMethod = z.infer<typeof shippingMethod>;

export const storeSettings = z
  .object({
    storeName: z.string().trim().min(1).max(STORE_NAME_MAX),
    requireSignInToBrowse: z.boolean(),
    defaultLowStockThreshold: z.int().min(0).max(LOW_STOCK_THRESHOLD_MAX),
    shipping: z
      .array(shippingMethod)
      .min(1, 'Offer at least one shipping method')
      .max(MAX_SHIPPING_METHODS)
      .refine((methods) => new Set(methods.map((m) => m.code)).size === methods.length, 'Each shipping method needs its own code'),
  })
  .meta({ id: 'StoreSettings' });
export type StoreSettings = z.infer<typeof storeSettings>;

export const settingsPatch = storeSettings.partial().strict().refine((patch) => Object.keys(patch).length > 0, "Change at least one setting");
export type SettingsPatch = z.infer<typeof settingsPatch>;

/** What every visitor may know about the store (GET /store). */
export const storeInfo = z
  .object({
    storeName: z.string(),
    requireSignInToBrowse: z.boolean(),
    currency: z.string().length(3),
    devMailbox: z.boolean().meta({ description: 'This server keeps its emails at /dev/mailbox instead of sending them (development without SMTP)' }),
  })
  .meta({ id: 'StoreInfo' });
export type StoreInfo = z.infer<typeof storeInfo>;
