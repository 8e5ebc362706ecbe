import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { queryClient } from './app/query-client';
import { router } from './app/router';
import './styles/base.css';
import './styles/layout.css';
import './styles/catalog.css';
import './styles/auth.css';
import './styles/account.css';
import './styles/addresses.css';
import './styles/admin.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

/** How long the first paint may wait for the page's data; past it, the page shows its own loading state. */
const FIRST_DATA_WAIT_MS = 1500;

/** Settles when no query is fetching any more (or after `ms`, whichever comes first). */
function queriesIdle(ms: number): Promise<void> {
  if (queryClient.isFetching() === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() === 0) done();
    });
  });
}

/**
 * The first page is rendered once, whole and without blocking the main thread: the router resolves
 * its guards and loaders first and the queries they start are given a moment to answer, so the
 * page does not render a spinner and then everything again when the data lands (a second long
 * task, and layout shifts); and the render is a transition, so React yields to the browser every
 * few milliseconds instead of holding the main thread for the whole tree.
 */
async function start(root: HTMLElement): Promise<void> {
  const deadline = new Promise<void>((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS));
  await Promise.race([router.load().catch(() => undefined), deadline]);
  await queriesIdle(FIRST_DATA_WAIT_MS / 2);
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

void start(container);
