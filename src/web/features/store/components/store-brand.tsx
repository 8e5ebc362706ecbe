import { useStore } from '../api/get-store';

const PRODUCT_NAME = 'shoppingMall';

/** The store's name as it heads every page: the product's two-tone logo, or the name an admin chose. */
export function StoreBrand() {
  const name = useStoreName();
  return name === PRODUCT_NAME ? (
    <>
      shopping<span className="brand__accent">Mall</span>
    </>
  ) : (
    name
  );
}

export function useStoreName(): string {
  return useStore().data?.storeName ?? PRODUCT_NAME;
}
