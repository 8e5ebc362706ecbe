import { useEffect } from 'react';
import { useStore } from '../features/store/api/get-store';

/** Sets the tab title ("Sign in · Acme"), which is also what a screen reader announces after a navigation. */
export function useDocumentTitle(title?: string): void {
  const storeName = useStore().data?.storeName;
  useEffect(() => {
    document.title = [title, storeName].filter(Boolean).join(' · ');
  }, [title, storeName]);
}
