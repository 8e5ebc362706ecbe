import { useEffect } from 'react';

const STORE_NAME = 'shoppingMall';

/** Sets the tab title, which is also what a screen reader announces after a navigation. */
export function useDocumentTitle(title?: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${STORE_NAME}` : STORE_NAME;
  }, [title]);
}
