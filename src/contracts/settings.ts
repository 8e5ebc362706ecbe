import { z } from 'zod';

export const shippingMethod = z
  .object({
    code: z.string().regex(/^[a-z0-9-]{2,32}$/, 'Lower-case letters, digits and dashes'),
    name: z.string().trim().min(1).max(60),
    priceCents: z.int().min(0).max(1_000_000),
    /** Free when the order's subtotal reaches this. */
    freeOverCents: z.int().min(0).max(100_000_000).optional(),
    estimatedDays: z.object({ min: z.int().min(0).max(60), max: z.int().min(0).max(60) }).refine((d) => d.min <= d.max, 'min must not exceed max'),
  })
  .strict()
  .meta({ id: 'ShippingMethod' });
export type ShippingMethod = z.infer<typeof shippingMethod>;

export const storeSettings = z
  .object({
    storeName: z.string().trim().min(1).max(80),
    requireSignInToBrowse: z.boolean(),
    defaultLowStockThreshold: z.int().min(0).max(100_000),
    shipping: z
      .array(shippingMethod)
      .min(1, 'Offer at least one shipping method')
      .max(20)
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
