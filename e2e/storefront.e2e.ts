import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PHONE, useBrowser } from './browser.js';

const browser = useBrowser();
const screenshots = new URL('../test-results/', import.meta.url).pathname;

describe('storefront', () => {
  it('shows the demo catalog on the home page and opens a product', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/'));
    const card = page.getByRole('link', { name: /Studio Wireless Headphones/ }).first();
    await card.waitFor();
    expect(await page.getByRole('link', { name: /Stoneware Coffee Mug/ }).count()).toBeGreaterThan(0);

    await card.click();
    await page.getByRole('heading', { level: 1, name: 'Studio Wireless Headphones' }).waitFor();
    expect(page.url()).toMatch(/\/products\/[0-9a-f-]{36}$/);
    expect(await page.getByText('$149.00').count()).toBeGreaterThan(0);
    // The product picture is served by the API and really loads.
    const image = page.locator('img[src^="/api/v1/images/"]').first();
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  it('searches the catalog from the header', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/'));
    const search = page.getByRole('searchbox').first();
    await search.fill('mug');
    await search.press('Enter');
    await page.getByRole('link', { name: /Stoneware Coffee Mug/ }).first().waitFor();
    expect(page.url()).toContain('q=mug');
    expect(await page.getByRole('link', { name: /Studio Wireless Headphones/ }).count()).toBe(0);
  });

  it('answers an unknown page with a not-found page, not a blank screen', async () => {
    const page = await browser.newPage();
    const response = await page.goto(browser.url('/no/such/page'));
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not found/i);
  });

  it('explains selling before asking anyone to register, and registers a seller from there', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(browser.url('/'));
    await page.getByRole('contentinfo').getByRole('link', { name: /^Sell on / }).click();
    await page.waitForURL(/\/sell$/);
    await page.getByRole('heading', { level: 2, name: 'What a seller does' }).waitFor();
    // Both ways in: register a shop, or apply from an account that exists.
    await page.getByRole('link', { name: 'Sign in to apply' }).waitFor();
    await page.getByRole('link', { name: 'Register as a seller' }).click();
    await page.waitForURL(/\/register\?role=seller$/);
    expect(await page.getByRole('radio', { name: /^Sell/ }).isChecked()).toBe(true);
    await page.getByText(/Your shop opens as soon as you verify your email address/).waitFor();
    expect(await page.getByText(/administrator reviews/i).count()).toBe(0);
  });

  it('works on a phone', async () => {
    const page = await browser.newPage(PHONE);
    await page.goto(browser.url('/'));
    await page.getByRole('link', { name: /Studio Wireless Headphones/ }).first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(0);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}home-phone.png`, fullPage: true });
  });
});

describe('API docs', () => {
  it('opens the interactive API reference', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/api/docs'));
    await page.getByText('shoppingMall API').first().waitFor();
    await page.getByText('/api/v1/products').first().waitFor();
  });
});
