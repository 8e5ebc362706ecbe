import { useId } from 'react';
import type { CategoryNode } from '../../../../contracts/catalog';
import { flattenCategories, optionLabel } from '../categories';

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
        {flattenCategories(categories).map((line) => (
          <option key={line.category.id} value={line.category.slug}>
            {optionLabel(line)}
          </option>
        ))}
      </select>
    </div>
  );
}
