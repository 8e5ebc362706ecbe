import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The API server (npm run dev) listens here; the dev server forwards everything that is not the web app.
const apiServer = 'http://localhost:3000';

/**
 * Every script and style sheet of the build also as `.br` (quality 11) and `.gz` (level 9) beside
 * it, which the server sends to a browser that accepts them (src/server/plugins/web.ts,
 * `preCompressed`): compressed once at build time at the best ratio, never per request.
 */
function precompress(): Plugin {
  return {
    name: 'shoppingmall:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? path.dirname(options.file ?? '');
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|svg)$/.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const body = await readFile(file);
        if (body.length < 1024) continue;
        await writeFile(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/web'),
  plugins: [react(), precompress()],
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
