import { useId } from 'react';
import type { CategoryNode } from '../../../../contracts/catalog';
import { flattenCategories } from '../categories';

type CategorySelectProps = {
  categories: CategoryNode[];
  /** The selected category's slug; empty for all. */
  value: string;
  onChange: (slug: string | undefined) => void;
};

export function CategorySelect({ categories, value, onChange }: CategorySelectProps) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>Category</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">All categories</option>
        {flattenCategories(categories).map(({ category, depth }) => (
          <option key={category.id} value={category.slug}>
            {/* Options cannot hold markup: indentation shows the tree. */}
            {'\u00a0\u00a0'.repeat(depth)}
            {category.name}
          </option>
        ))}
      </select>
    </div>
  );
}
