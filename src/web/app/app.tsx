import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { startSession } from '../features/auth/session';
import { queryClient } from './query-client';
import { router } from './router';

// Before the first render, so the router's guards already know a session is being restored.
startSession(queryClient);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
