import { useEffect, useRef } from 'react';

/**
 * Runs `action` once for this component, after its first render with `enabled`: for the links
 * in emails, whose single-use token must be posted exactly once (React's development double
 * effects included).
 */
export function useRunOnce(action: () => void, enabled: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!enabled || done.current) return;
    done.current = true;
    action();
  }, [action, enabled]);
}
