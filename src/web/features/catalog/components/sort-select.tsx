import { useId } from 'react';
import type { ProductSort } from '../../../../contracts/catalog';
import { isProductSort, sortLabels, sortOptions } from '../sort';

type SortSelectProps = { value: ProductSort; onChange: (sort: ProductSort) => void };

export function SortSelect({ value, onChange }: SortSelectProps) {
  const id = useId();
  return (
    <div className="field--inline sort-select">
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isProductSort(event.target.value)) onChange(event.target.value);
        }}
      >
        {sortOptions.map((sort) => (
          <option key={sort} value={sort}>
            {sortLabels[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
