import { useRef, useState } from 'react';

/**
 * An action asked twice: the first button opens the question, whose first control (`firstRef`)
 * takes the focus; cancelling gives the focus back to the first button (`startRef`).
 */
export function useConfirmation<T extends HTMLElement = HTMLButtonElement>() {
  const [confirming, setConfirming] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);
  const firstRef = useRef<T>(null);

  function ask() {
    setConfirming(true);
    requestAnimationFrame(() => firstRef.current?.focus());
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => startRef.current?.focus());
  }

  /** Closes the question without moving the focus: whoever called it decides where it goes. */
  function close() {
    setConfirming(false);
  }

  return { confirming, ask, cancel, close, startRef, firstRef };
}
