import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export type PageOptions = {
  /** Cookies and localStorage saved from an earlier context, as a restarted browser finds them. */
  storageState?: BrowserContextOptions['storageState'];
  /**
   * Paths of requests this page is expected to see refused, e.g. `/api/v1/auth/refresh` with a
   * revoked cookie: Chromium logs each refused request as a console error.
   */
  expectedFailedRequests?: string[];
};

/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser builds download from the
 * internet, which this project cannot rely on). Console errors on any page — CSP violations
 * included — fail the test that opened it.
 *
 * `shop` picks which of the two shops of e2e/server.ts the pages open: the one with the dev
 * mailbox, or the one that delivers its emails over SMTP.
 */
export function useBrowser(options: { shop?: 'dev-mailbox' | 'smtp' } = {}) {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(() => browser?.close());
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
    expect(errors.splice(0), 'the browser console had errors').toEqual([]);
  });

  const url = (path: string) => `${inject(options.shop === 'smtp' ? 'smtpShopUrl' : 'baseUrl')}${path}`;

  return {
    url,
    /** Signs in through the sign-in page, which then opens `then`. */
    async signIn(page: Page, who: { email: string; password: string }, then: string): Promise<void> {
      await page.goto(url(`/sign-in?redirect=${encodeURIComponent(then)}`));
      await page.getByLabel('Email address').fill(who.email);
      await page.getByLabel('Password', { exact: true }).fill(who.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((address) => `${address.pathname}${address.search}` === then);
    },
    /** A page in a context of its own — a separate browser profile — closed after the test. */
    async newPage(viewport = DESKTOP, { storageState, expectedFailedRequests = [] }: PageOptions = {}): Promise<Page> {
      const context = await browser.newContext({ viewport, storageState });
      contexts.push(context);
      const page = await context.newPage();
      const expected = (message: ConsoleMessage) =>
        message.text().startsWith('Failed to load resource') && expectedFailedRequests.some((path) => message.location().url.endsWith(path));
      // The location says which request failed, which the text of a refused request does not.
      page.on('console', (message) => {
        if (message.type() === 'error' && !expected(message)) errors.push([message.text(), message.location().url].filter(Boolean).join(' at '));
      });
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
  };
}
