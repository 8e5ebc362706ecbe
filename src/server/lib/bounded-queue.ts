import pLimit from 'p-limit';
import { AppError } from './app-error.js';

const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Runs CPU-heavy tasks (password hashes, image resizing) a few at a time, first come first
 * served. A full queue sheds the request at once (503 with Retry-After) rather than letting it
 * wait behind a flood, so the memory each waiting request holds stays bounded.
 */
export function boundedQueue(options: { concurrency: number; maxQueued: number }): <T>(task: () => Promise<T>) => Promise<T> {
  const inOrder = pLimit(options.concurrency);
  return (task) => {
    if (inOrder.pendingCount >= options.maxQueued) {
      return Promise.reject(new AppError('SERVICE_UNAVAILABLE', 'The server is busy; try again in a moment', { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS }));
    }
    return inOrder(task);
  };
}
