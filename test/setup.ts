import { afterEach, expect, vi } from 'vitest';

// A console.error during a test is a bug that would otherwise scroll by unnoticed.
const consoleError = vi.spyOn(console, 'error');
afterEach(() => {
  expect(consoleError, 'console.error was called during the test').not.toHaveBeenCalled();
  consoleError.mockClear();
});
