import type { Message } from '../mail/mail.service.js';

/** Every email the catalog sends, worded in one place. */

/** To the seller, once each time a variant's stock falls to its threshold (not at every sale after). */
export const lowStockEmail = (variant: { productName: string; sku: string; stock: number; threshold: number }, inventoryLink: string): Message => (store) => ({
  subject: `Low stock: ${variant.productName} (${variant.sku})`,
  heading: 'A variant is running low',
  paragraphs: [
    `${variant.productName}, SKU ${variant.sku}, is down to ${variant.stock} in stock: at or under your threshold of ${variant.threshold}.`,
    `We tell you once each time it falls this low. Restock it from your ${store} seller center.`,
  ],
  action: { label: 'Open the inventory', url: inventoryLink },
});
