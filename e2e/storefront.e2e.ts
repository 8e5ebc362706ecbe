import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CategoryNode, ProductDetail, ProductSummary, Variant } from '../src/contracts/catalog.js';
import { PHONE, useBrowser } from './browser.js';
import { accessTokenOf, verifiedCustomer } from './dev-mailbox.js';

const browser = useBrowser();
const screenshots = new URL('../test-results/', import.meta.url).pathname;

describe('storefront', () => {
  it('shows the demo catalog on the home page and opens a product', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/'));
    const [category] = await api<CategoryNode[]>('/categories');
    await page.getByRole('region', { name: 'Shop by category' }).getByRole('link', { name: category!.name }).waitFor();
    const newest = (await api<ProductSummary[]>('/products?sort=newest&pageSize=1'))[0]!;
    const card = page.getByRole('region', { name: 'New arrivals' }).getByRole('link', { name: newest.name, exact: true });
    await card.click();
    await page.getByRole('heading', { level: 1, name: newest.name }).waitFor();
    expect(page.url()).toMatch(/\/products\/[0-9a-f-]{36}$/);
    // The product picture is served by the API in the width the layout needs, and really loads.
    const image = page.locator('.gallery img[srcset]').first();
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.currentSrc.includes('/api/v1/images/'))).toBe(true);
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
    await page.getByRole('region', { name: 'New arrivals' }).getByRole('link').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(0);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}home-phone.png`, fullPage: true });
  });
});

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(browser.url(`/api/v1${path}`), init);
  expect(response.ok, `${init?.method ?? 'GET'} ${path}: ${response.status}`).toBe(true);
  return ((await response.json()) as { data: T }).data;
}

async function productNamed(name: string): Promise<ProductDetail> {
  const [summary] = (await api<ProductSummary[]>(`/products?q=${encodeURIComponent(name)}`)).filter((product) => product.name === name);
  expect(summary, `a product named ${name}`).toBeDefined();
  return api<ProductDetail>(`/products/${summary!.id}`);
}

let sellerToken: Promise<string> | undefined;

/** A product of the demo seller, made for one journey: its data is what the journey says it is. */
async function createProduct(name: string, variants: Omit<Variant, 'id'>[]): Promise<ProductDetail> {
  // One sign-in for the file: the dev shop's journeys share a 10-a-minute login limit.
  sellerToken ??= accessTokenOf(browser.url(''), { email: 'seller@example.com', password: 'Seller#Quince26' });
  const [category] = await api<CategoryNode[]>('/categories');
  return api<ProductDetail>('/products', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await sellerToken}` },
    body: JSON.stringify({ name: `${name} ${Date.now()}`, description: `Made for a browser journey.`, categoryId: category!.id, variants }),
  });
}

/** What the product page says of a variant's stock (StockStatus). */
function stockText(variant: Variant): string {
  if (variant.stock === 0) return 'Sold out';
  return variant.stock <= 5 ? `Only ${variant.stock} left` : `In stock (${variant.stock} available)`;
}

/** The price, stock and SKU on the page are those of the variant the URL names. */
async function expectVariantShown(page: Page, product: ProductDetail): Promise<Variant> {
  const variantId = new URL(page.url()).searchParams.get('variant');
  const variant = product.variants.find((candidate) => candidate.id === variantId);
  expect(variant, 'the URL names one of the product’s variants').toBeDefined();
  await page.getByText(`SKU ${variant!.sku}`).waitFor();
  expect(await page.locator('.product-detail__price').textContent()).toBe(`$${(variant!.priceCents / 100).toFixed(2)}`);
  expect(await page.locator('.stock').textContent()).toBe(stockText(variant!));
  for (const [name, value] of Object.entries(variant!.options)) {
    expect(await page.getByRole('group', { name: new RegExp(`^${name}:`, 'i') }).getByRole('radio', { name: new RegExp(`^${value}\\b`) }).isChecked()).toBe(true);
  }
  return variant!;
}

/** Picks, group after group in the page's order, a value that is not chosen yet and can be bought. */
async function pickEachOption(page: Page): Promise<void> {
  const groups = page.locator('.variant-picker fieldset');
  for (let index = 0; index < (await groups.count()); index += 1) {
    const other = groups.nth(index).getByRole('radio', { checked: false }).filter({ hasNotText: /sold out|not available/ });
    if ((await other.count()) === 0) continue;
    const before = page.url();
    await other.first().check();
    await page.waitForURL((url) => url.href !== before && url.searchParams.has('variant'));
  }
}

describe('finding and choosing a product', () => {
  it('searches with a typo, filters, opens a product and keeps the chosen variant through a reload', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/'));
    const search = page.getByRole('searchbox').first();
    await search.fill('hedphones');
    await search.press('Enter');
    await page.waitForURL(/\/search\?q=hedphones/);
    const card = page.getByRole('link', { name: 'Studio Wireless Headphones' });
    await card.first().waitFor();

    // A filter is a new URL: the back button takes it off again.
    const inStock = page.getByRole('checkbox', { name: 'In stock only' });
    await inStock.check();
    await page.waitForURL(/inStock=true/);
    await page.getByRole('link', { name: 'In stock (remove filter)' }).waitFor();
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('inStock'));
    expect(await inStock.isChecked()).toBe(false);
    await page.goForward();
    await page.waitForURL(/inStock=true/);
    expect(await inStock.isChecked()).toBe(true);

    await card.first().click();
    await page.getByRole('heading', { level: 1, name: 'Studio Wireless Headphones' }).waitFor();
    const product = await productNamed('Studio Wireless Headphones');
    await pickEachOption(page);
    const chosen = await expectVariantShown(page, product);
    expect(chosen.stock, 'the picker chose a variant in stock').toBeGreaterThan(0);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Studio Wireless Headphones' }).waitFor();
    expect((await expectVariantShown(page, product)).id).toBe(chosen.id);
  });

  it('shows the options in the seller’s order and updates price and stock option by option', async () => {
    const sku = `E2E-TEE-${Date.now()}`;
    const sizes = ['S', 'M', 'L', 'XL'];
    const product = await createProduct(
      'Journey Tee',
      ['Red', 'Navy'].flatMap((color, c) =>
        sizes.map((size, s) => {
          const soldOut = (color === 'Red' && size === 'L') || (color === 'Navy' && size === 'XL');
          return { sku: `${sku}-${color}-${size}`, options: { size, color }, priceCents: 2000 + 100 * s + 50 * c, stock: soldOut ? 0 : 2 + s };
        }),
      ),
    );

    const page = await browser.newPage();
    await page.goto(browser.url(`/products/${product.id}`));
    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
    const legends = await page.locator('.variant-picker legend').allTextContents();
    expect(legends.map((legend) => legend.split(':')[0])).toEqual(['Size', 'Color']);
    const values = await page.locator('.variant-picker fieldset').first().getByRole('radio').evaluateAll((radios) => radios.map((radio) => (radio as HTMLInputElement).value));
    expect(values).toEqual(sizes);

    expect(new URL(page.url()).searchParams.has('variant'), 'no variant in the URL before a choice').toBe(false);
    await pickEachOption(page);
    const chosen = await expectVariantShown(page, product);
    expect(chosen.options).toEqual({ size: 'M', color: 'Navy' });
    await page.reload();
    expect((await expectVariantShown(page, product)).id).toBe(chosen.id);
  });
});

describe('a sold-out variant', () => {
  it('never strikes out the only colour, switches to a combination that exists, and takes a "notify me" from a signed-in shopper', async () => {
    const sku = `E2E-HOODIE-${Date.now()}`;
    const product = await createProduct('Journey Hoodie', [
      { sku: `${sku}-BLK-S`, options: { color: 'Black', size: 'S' }, priceCents: 4000, stock: 3 },
      { sku: `${sku}-BLK-M`, options: { color: 'Black', size: 'M' }, priceCents: 4200, stock: 0 },
      { sku: `${sku}-WHT-L`, options: { color: 'White', size: 'L' }, priceCents: 4500, stock: 2 },
    ]);

    const page = await browser.newPage();
    await page.goto(browser.url(`/products/${product.id}`));
    await page.getByRole('heading', { level: 1, name: product.name }).waitFor();
    const colours = page.getByRole('group', { name: /^Color:/ });
    const sizes = page.getByRole('group', { name: /^Size:/ });

    await sizes.getByRole('radio', { name: /^M\b/ }).check();
    await page.waitForURL(/variant=/);
    await expectVariantShown(page, product);
    // M is sold out in Black; Black is not to blame: no other colour comes in M.
    expect(await sizes.getByRole('radio', { name: 'M (sold out)', exact: true }).count()).toBe(1);
    expect(await colours.getByRole('radio', { name: 'Black', exact: true }).isEnabled()).toBe(true);
    expect(await page.locator('.option-chip--sold-out').allTextContents()).toEqual(['M (sold out)']);

    // White does not come in M: it can still be picked, and leads to the White that exists.
    await colours.getByRole('radio', { name: 'White (not available with your other choices)' }).check();
    await page.getByText(`SKU ${sku}-WHT-L`).waitFor();
    expect((await expectVariantShown(page, product)).options).toEqual({ color: 'White', size: 'L' });

    // Back to the sold-out one: a signed-out visitor signs in first and comes back to it.
    await colours.getByRole('radio', { name: /^Black/ }).check();
    await sizes.getByRole('radio', { name: /^M\b/ }).check();
    await page.getByText(`SKU ${sku}-BLK-M`).waitFor();
    const productUrl = new URL(page.url());
    await page.getByRole('link', { name: 'Sign in to be emailed when it’s back' }).click();
    await page.waitForURL(/\/sign-in\?redirect=/);
    const shopper = await verifiedCustomer(browser.url(''), 'notify');
    await page.getByLabel('Email address').fill(shopper.email);
    await page.getByLabel('Password', { exact: true }).fill(shopper.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === productUrl.pathname && url.search === productUrl.search);

    await page.getByRole('button', { name: 'Notify me when it’s back' }).click();
    await page.getByText('We’ll email you once when it’s back in stock.').waitFor();
    // Still asked for after a reload (the session comes back from its cookie).
    await page.reload();
    const cancel = page.getByRole('button', { name: 'Cancel the email' });
    await cancel.click();
    await page.getByRole('button', { name: 'Notify me when it’s back' }).waitFor();
    expect(await page.getByRole('button', { name: /Add to cart/ }).count()).toBe(0);
    expect(await page.getByText('Sign in to buy').count()).toBe(0);
  });
});

describe('browsing on a phone and by seller', () => {
  it('opens the filters in a labelled drawer that Escape closes, giving the focus back', async () => {
    const [category] = await api<CategoryNode[]>('/categories');
    const page = await browser.newPage(PHONE);
    await page.goto(browser.url('/search'));
    const open = page.getByRole('button', { name: 'Filters' });
    await open.click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.waitFor();
    expect(await drawer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true);
    await drawer.getByRole('link', { name: category!.name, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('category') === category!.slug);
    await drawer.getByRole('checkbox', { name: 'In stock only' }).check();
    await page.waitForURL(/inStock=true/);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Filters (2)');
    await page.getByRole('heading', { level: 1, name: category!.name }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(0);
  });

  it('links a product to its seller’s page, which lists their products; an unknown seller is not found', async () => {
    const product = await productNamed('Studio Wireless Headphones');
    const page = await browser.newPage(PHONE, { expectedFailedRequests: ['/api/v1/sellers/00000000-0000-7000-8000-000000000000'] });
    await page.goto(browser.url(`/products/${product.id}`));
    await page.getByRole('link', { name: product.seller.name }).click();
    await page.waitForURL(`**/sellers/${product.seller.id}`);
    await page.getByRole('heading', { level: 1, name: product.seller.name }).waitFor();
    await page.getByRole('link', { name: product.name }).waitFor();
    await page.getByLabel('Sort by').selectOption('price_desc');
    await page.waitForURL(/sort=price_desc/);

    await page.goto(browser.url('/sellers/00000000-0000-7000-8000-000000000000'));
    await page.getByRole('heading', { level: 1, name: 'Seller not found' }).waitFor();
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
