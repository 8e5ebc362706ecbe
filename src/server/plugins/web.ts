import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../lib/app-error.js';
import { escapeHtml } from '../lib/html.js';

/** Paths that are never pages: the API, the development tools and the health checks answer JSON. */
const NOT_PAGES = /^\/(api|dev)(\/|$)|^\/(healthz|readyz)$/;

/**
 * Serves the built web app from the same origin as the API. Any other GET of a page path answers
 * index.html, whatever the Accept header (`curl /` gets the shop), so that the client-side router
 * can handle deep links; API paths, and files that do not exist, get the 404 envelope. The page's
 * title is the store's name as an admin set it, so a tab or a bookmark names the shop before the
 * app has loaded.
 */
export async function registerWeb(app: FastifyInstance, options: { webRoot: string | undefined; storeName: () => Promise<string> }): Promise<void> {
  const { webRoot } = options;
  const hasWeb = webRoot !== undefined && existsSync(path.join(webRoot, 'index.html'));
  const indexHtml = hasWeb ? await readFile(path.join(webRoot, 'index.html'), 'utf8') : '';
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      wildcard: false,
      // The build keeps a .br and a .gz beside each script and style sheet (vite.config.ts): sent to
      // a browser that accepts them, with Vary: Accept-Encoding; anything else gets the file as it is.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        // Vite fingerprints everything under assets/, so those files never change.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (hasWeb && isPageRequest(request)) {
      return options.storeName().then((name) =>
        reply
          .header('cache-control', 'no-cache')
          .type('text/html; charset=utf-8')
          .send(indexHtml.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(name)}</title>`)),
      );
    }
    throw new AppError('NOT_FOUND', 'No such route');
  });
}

/** A page is a GET of a path outside the API whose last segment names no file (`/assets/app.js` is not one). */
function isPageRequest(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0] ?? '';
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  return (request.method === 'GET' || request.method === 'HEAD') && !NOT_PAGES.test(pathname) && !lastSegment.includes('.');
}
