import { STATUS_LABELS, type ProductStatus } from '../labels';

// The admin console's pills (styles/admin.css): the word carries the meaning, the colour only repeats it.
const STATUS_TONES: Record<ProductStatus, 'good' | 'warn' | 'neutral'> = { active: 'good', draft: 'warn', archived: 'neutral' };

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  return <span className={`admin-badge admin-badge--${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** "Low stock", or "2 low" for a product with several variants at or under their threshold. */
export function LowStockBadge({ count = 1 }: { count?: number }) {
  if (count === 0) return null;
  return <span className="admin-badge admin-badge--bad">{count === 1 ? 'Low stock' : `${count} variants low`}</span>;
}
