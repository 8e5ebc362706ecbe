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

/** To a shopper who asked, once, when the variant they waited for is back in stock. */
export const backInStockEmail = (variant: { productName: string; sku: string; options: Record<string, string> }, productLink: string): Message => (store) => {
  const options = Object.entries(variant.options).map(([name, value]) => `${name} ${value}`).join(', ');
  return {
    subject: `Back in stock: ${variant.productName}`,
    heading: 'It is back in stock',
    paragraphs: [
      `${variant.productName}${options ? ` (${options})` : ''} is back in stock at ${store}.`,
      'You asked us to tell you once; we will not email you about it again.',
    ],
    action: { label: 'See it in the shop', url: productLink },
  };
};
