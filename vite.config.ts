import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (npm run dev) listens here; the dev server forwards everything that is not the web app.
const apiServer = 'http://localhost:3000';

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist/web'),
    emptyOutDir: true,
    // The server's CSP allows no inline script: the preload polyfill is one. Inlined assets
    // would become data: URLs, which the CSP accepts only for images.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': apiServer,
      '/dev': apiServer,
      '/healthz': apiServer,
      '/readyz': apiServer,
    },
  },
});
