/**
 * A ref callback that moves focus to its element when it appears: for a heading or message that
 * replaces the form the user was in, so keyboard and screen reader users land on the outcome.
 * The element needs `tabIndex={-1}` unless it is focusable anyway.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
