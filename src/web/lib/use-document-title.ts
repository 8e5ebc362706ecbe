import { useEffect } from 'react';
import { useStoreName } from '../features/store/components/store-brand';

/** Sets the tab title, which is also what a screen reader announces after a navigation. */
export function useDocumentTitle(title?: string): void {
  const storeName = useStoreName();
  useEffect(() => {
    document.title = title ? `${title} · ${storeName}` : storeName;
  }, [title, storeName]);
}
