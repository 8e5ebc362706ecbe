import { useStore } from '../api/get-store';

/** What the pages call the store until GET /store answers (or if it cannot). */
const UNNAMED = 'this shop';

/**
 * The store's name as it heads every page. A name written in camel case, like the default
 * "shoppingMall", shows its second word in the accent colour.
 */
export function StoreBrand() {
  const name = useStore().data?.storeName;
  if (!name) return <span className="visually-hidden">Home</span>;
  const [, first, second] = /^([a-z]+)([A-Z][A-Za-z]*)$/.exec(name) ?? [];
  if (!first || !second) return name;
  return (
    <>
      {first}
      <span className="brand__accent">{second}</span>
    </>
  );
}

/** The name an admin gave the store, for sentences ("Sell on …"). */
export function useStoreName(): string {
  return useStore().data?.storeName ?? UNNAMED;
}
