import type { SellerProductSummary, StockMovement } from '../../../contracts/catalog';

export type ProductStatus = SellerProductSummary['status'];

export const STATUS_LABELS: Record<ProductStatus, string> = {
  active: 'Active',
  draft: 'Draft',
  archived: 'Archived',
};

/** What each status means, under the status field. */
export const STATUS_HINTS: Record<ProductStatus, string> = {
  active: 'In the shop: shoppers can find and buy it.',
  draft: 'Not in the shop yet: only you see it.',
  archived: 'Taken out of the shop, kept here for you.',
};

export const MOVEMENT_LABELS: Record<StockMovement['reason'], string> = {
  initial: 'First stock',
  manual: 'Counted',
  order: 'Order',
  cancellation: 'Cancellation',
  refund: 'Refund',
};
