/**
 * Lighthouse on the storefront (`npm run lighthouse`, which builds first): the built shop on a
 * fresh embedded database with the demo data (the e2e suite's start-up), then Lighthouse 12 in the
 * machine's Chromium on the home, category, search and product pages, with Lighthouse's defaults
 * (a mid-range phone, simulated slow 4G and a 4× slower CPU), and once more as a desktop for
 * information. It fails when a phone score for performance or accessibility is under 90, or when
 * the JavaScript the home page loads is over 200 KB gzipped.
 *
 * CHROME_PATH names another Chromium (default /usr/bin/chromium); `--no-desktop` skips the
 * desktop runs. Every report is kept as JSON under test-results/lighthouse/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import type { Flags, Result } from 'lighthouse';
import { startShop } from '../e2e/server.js';

const SCORE_MIN = 90;
const JS_GZIP_MAX = 200_000;
const CATEGORIES = ['performance', 'accessibility'] as const;
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REPORT_DIR = path.resolve(import.meta.dirname, '..', 'test-results', 'lighthouse');

type Page = { name: string; path: string };
type Row = { page: Page; formFactor: 'mobile' | 'desktop'; scores: Record<(typeof CATEGORIES)[number], number>; lhr: Result };
type Category = { id: string; name: string; slug: string; children: Category[] };
type ListBody = { data: { id: string; name: string }[]; meta: { total: number } };

const print = (line = '') => process.stdout.write(`${line}\n`);

async function api<T>(base: string, pathname: string): Promise<T> {
  const response = await fetch(`${base}/api/v1${pathname}`);
  if (!response.ok) throw new Error(`GET /api/v1${pathname} answered ${response.status}`);
  return (await response.json()) as T;
}

/** A category with products (the first top-level one that has any), a word that finds products, and a product. */
async function pagesOf(base: string): Promise<Page[]> {
  const tree = (await api<{ data: Category[] }>(base, '/categories')).data;
  let slug: string | undefined;
  for (const category of tree.flatMap((root) => [root, ...root.children])) {
    const found = await api<ListBody>(base, `/products?category=${encodeURIComponent(category.slug)}&pageSize=1`);
    if (found.meta.total > 0) {
      slug = category.slug;
      break;
    }
  }
  if (!slug) throw new Error('no category has products: is the demo data loaded?');
  const products = (await api<ListBody>(base, '/products?pageSize=20')).data;
  const product = products[0];
  if (!product) throw new Error('the catalog is empty: is the demo data loaded?');
  let term: string | undefined;
  for (const word of products.flatMap((p) => p.name.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) {
    if ((await api<ListBody>(base, `/products?q=${encodeURIComponent(word)}&pageSize=1`)).meta.total > 0) {
      term = word;
      break;
    }
  }
  if (!term) throw new Error('no word of a product name finds a product');
  return [
    { name: 'home', path: '/' },
    { name: 'category', path: `/search?category=${encodeURIComponent(slug)}` },
    { name: 'search', path: `/search?q=${encodeURIComponent(term)}` },
    { name: 'product', path: `/products/${product.id}` },
  ];
}

/** The JavaScript the page loaded (every script request until the network was quiet), gzipped here at level 9, and as it crossed the wire. */
async function javascriptOf(lhr: Result): Promise<{ files: { url: string; gzip: number; transfer: number }[]; gzip: number; transfer: number }> {
  const items = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const files = [];
  for (const item of items.filter((request) => request.resourceType === 'Script')) {
    const body = Buffer.from(await (await fetch(item.url)).arrayBuffer());
    files.push({ url: item.url, gzip: gzipSync(body, { level: 9 }).length, transfer: item.transferSize ?? 0 });
  }
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), transfer: files.reduce((sum, f) => sum + f.transfer, 0) };
}

/** The audits of a category that cost it points: score under 0.9, weighted or not, with what Lighthouse says of them. */
function failingAudits(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 0.9) return [];
    const details = audit.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined;
    const nodes = (details?.items ?? []).flatMap((item) => (item.node?.selector ? [item.node.selector] : [])).slice(0, 3);
    return [`${ref.id} (${Math.round(audit.score * 100)}${ref.weight ? `, weight ${ref.weight}` : ''})${audit.displayValue ? ` ${audit.displayValue}` : ''}${nodes.length ? ` — ${nodes.join(' | ')}` : ''}`];
  });
}

async function main(): Promise<number> {
  const desktop = !process.argv.includes('--no-desktop');
  await mkdir(REPORT_DIR, { recursive: true });
  print('Starting the built shop on a fresh database with the demo data…');
  const shop = await startShop({});
  const chrome = await launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const rows: Row[] = [];
  try {
    const pages = await pagesOf(shop.url);
    const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
    for (const formFactor of desktop ? (['mobile', 'desktop'] as const) : (['mobile'] as const)) {
      for (const page of pages) {
        const result = await lighthouse(`${shop.url}${page.path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        await writeFile(path.join(REPORT_DIR, `${page.name}-${formFactor}.json`), JSON.stringify(lhr));
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        rows.push({ page, formFactor, scores: { performance: score('performance'), accessibility: score('accessibility') }, lhr });
        print(`  ${formFactor} ${page.name}: performance ${score('performance')}, accessibility ${score('accessibility')}`);
      }
    }

    const home = rows.find((row) => row.page.name === 'home' && row.formFactor === 'mobile');
    const js = await javascriptOf(home!.lhr);

    print();
    print(`Lighthouse ${home!.lhr.lighthouseVersion}, ${home!.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
    print();
    print('| page | path | performance (phone) | accessibility (phone) |' + (desktop ? ' performance (desktop) | accessibility (desktop) |' : ''));
    print('|---|---|---|---|' + (desktop ? '---|---|' : ''));
    for (const mobile of rows.filter((row) => row.formFactor === 'mobile')) {
      const wide = rows.find((row) => row.formFactor === 'desktop' && row.page === mobile.page);
      print(`| ${mobile.page.name} | ${mobile.page.path} | ${mobile.scores.performance} | ${mobile.scores.accessibility} |` + (wide ? ` ${wide.scores.performance} | ${wide.scores.accessibility} |` : ''));
    }
    print();
    print(`JavaScript of the home page's first load: ${js.files.length} files, ${(js.gzip / 1000).toFixed(1)} kB gzipped (-9), ${(js.transfer / 1000).toFixed(1)} kB on the wire; at most ${JS_GZIP_MAX / 1000} kB`);
    for (const file of js.files) print(`  ${(file.gzip / 1000).toFixed(1).padStart(6)} kB gzip  ${(file.transfer / 1000).toFixed(1).padStart(6)} kB wire  ${new URL(file.url).pathname}`);

    let failed = js.gzip > JS_GZIP_MAX;
    for (const row of rows) {
      for (const category of CATEGORIES) {
        if (row.scores[category] >= SCORE_MIN) continue;
        if (row.formFactor === 'mobile') failed = true;
        print();
        print(`${row.formFactor} ${row.page.name} ${category} ${row.scores[category]} < ${SCORE_MIN}${row.formFactor === 'desktop' ? ' (desktop: reported, not gated)' : ''}:`);
        for (const line of failingAudits(row.lhr, category)) print(`  - ${line}`);
      }
    }
    print();
    print(failed ? 'FAILED: a phone score under 90 or the JavaScript over 200 kB (reports in test-results/lighthouse/)' : 'Passed: every phone score is 90 or more and the JavaScript is within 200 kB');
    return failed ? 1 : 0;
  } finally {
    chrome.kill();
    await shop.stop();
  }
}

process.exitCode = await main();
