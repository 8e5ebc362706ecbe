import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, useBrowser } from './browser.js';
import { ADMIN } from './server.js';

// The SMTP shop: the dev shop's other journeys sign in from this same address, under its 10-a-minute login limit.
const browser = useBrowser({ shop: 'smtp' });
const SELLER = { email: 'seller@example.com', password: 'Seller#Quince26' };
const shots = '/tmp/shots/seller/';
const PRODUCT = 'Harbour rain jacket';

let photo: string;
/** The product this file's first journey creates, for the ones after it. */
let productId: string;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  photo = path.join(os.tmpdir(), `seller-products-${process.pid}.png`);
  // A small drawn PNG: the server re-encodes whatever it is given, so any real image will do.
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360"><rect width="480" height="360" fill="#1e3a8a"/><circle cx="240" cy="180" r="110" fill="#fbbf24"/></svg>';
  await writeFile(photo, await sharp(Buffer.from(svg)).png().toBuffer());
});

/** Fails naming the elements that stick out, so the fix starts from the right place. */
async function noSidewaysScroll(page: Page) {
  const { overflow, sticking } = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    sticking: [...document.querySelectorAll('main *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !element.closest('.admin-table-wrap, .section-nav'))
      .slice(-3)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  }));
  expect(overflow, `the page scrolls sideways: ${sticking.join(', ')}`).toBeLessThanOrEqual(0);
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
/** A variant row of the grid: a fieldset named by its values. */
const row = (page: Page, title: string): Locator => page.getByRole('group', { name: title, exact: true });

async function addOption(page: Page, name: string, values: string[]) {
  await page.getByRole('button', { name: 'Add option' }).click();
  const nameField = page.getByLabel('Option name').last();
  await expect.poll(() => nameField.evaluate((element) => element === document.activeElement)).toBe(true);
  await nameField.fill(name);
  const valueField = page.getByLabel(`Add a value to ${name}`);
  for (const value of values) {
    await valueField.fill(value);
    await valueField.press('Enter');
    await page.getByRole('list', { name: `Values of ${name}` }).getByText(value, { exact: true }).waitFor();
  }
}

/** A SKU of another product (the newest may be ours): SKUs are unique in the whole shop. */
async function anotherProductsSku(): Promise<string> {
  const get = async <T>(path: string) => ((await (await fetch(browser.url(`/api/v1${path}`))).json()) as { data: T }).data;
  const product = (await get<{ id: string }[]>('/products?pageSize=2')).find(({ id }) => id !== productId);
  const { variants } = await get<{ variants: { sku: string }[] }>(`/products/${product?.id}`);
  return variants[0]?.sku ?? '';
}

describe('seller center: products', () => {
  it('creates a product through the options grid, uploads a photo, counts its stock, and the shop shows it', async () => {
    // The refusal this journey asks for: a file that is no image.
    const page = await browser.newPage(DESKTOP, { expectedFailedRequests: ['/images'] });
    await browser.signIn(page, SELLER, '/seller/products');
    await page.getByRole('heading', { name: 'Products', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Product list' }).waitFor();
    await shot(page, 'products-desktop');

    await page.getByRole('link', { name: 'Add product' }).click();
    await page.waitForURL(/\/seller\/products\/new$/);
    await page.getByLabel('Name', { exact: true }).fill(PRODUCT);
    await page.getByLabel('Description').fill('A light, seam-sealed jacket for wet harbour walks.');
    const category = page.getByLabel('Category');
    await expect.poll(() => category.locator('option').count()).toBeGreaterThan(1);
    const label = (await category.locator('option').nth(1).textContent())?.trim() ?? '';
    await category.selectOption({ label });

    // Options in the seller's order make the rows: Colour slowest, then Size.
    await addOption(page, 'Colour', ['Red', 'Blue']);
    await addOption(page, 'Size', ['S', 'M']);
    const titles = await page.locator('.variant-row__title').allTextContents();
    expect(titles).toEqual(['Red / S', 'Red / M', 'Blue / S', 'Blue / M']);
    expect(await row(page, 'Red / S').getByLabel('SKU').inputValue()).toBe('HARBOUR-RAIN-JACKET-RED-S');

    // Sending it unfilled: the problems are said on the fields, and the first takes the focus.
    await page.getByRole('button', { name: 'Create product' }).click();
    const firstPrice = row(page, 'Red / S').getByLabel('Price (USD)');
    await expect.poll(() => firstPrice.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await firstPrice.getAttribute('aria-invalid')).toBe('true');

    for (const [title, price, stock] of [
      ['Red / S', '89.50', '5'],
      ['Red / M', '89.50', '4'],
      ['Blue / S', '92', '2'],
    ] as const) {
      await row(page, title).getByLabel('Price (USD)').fill(price);
      await row(page, title).getByLabel('Stock').fill(stock);
    }
    await row(page, 'Red / S').getByLabel('Low at').fill('3');
    // Blue M is not made: its row stays, marked as not sold.
    await row(page, 'Blue / M').getByRole('button', { name: 'Remove Blue / M' }).click();
    await page.getByRole('button', { name: 'Add back Blue / M' }).waitFor();
    await shot(page, 'new-product-desktop');

    await page.getByRole('button', { name: 'Create product' }).click();
    await page.waitForURL(/\/seller\/products\/[0-9a-f-]{36}$/);
    productId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const created = page.getByRole('status').filter({ hasText: `“${PRODUCT}” was created` });
    await created.waitFor();
    expect(await page.getByRole('form', { name: /^Variant / }).count()).toBe(3);

    // A photo through the file input: its progress, then the photo itself.
    await page.getByLabel('Photos to upload').setInputFiles(photo);
    const photos = page.getByRole('list', { name: 'Photos, in the order shoppers see them' });
    await photos.getByRole('img').waitFor();
    await photos.getByText('Main photo').waitFor();
    await page.getByRole('status').filter({ hasText: /\.png was uploaded\./ }).waitFor({ state: 'attached' });
    await photos.getByLabel('Description of photo 1').fill('The jacket in red, hood up');
    await photos.getByRole('button', { name: 'Save description of photo 1' }).click();
    await photos.getByText('Description saved.').waitFor();

    // A second photo dropped on the drop zone, then moved first with the keyboard's button.
    const dropped = (await readFile(photo)).toString('base64');
    await page.locator('.dropzone').evaluate((zone, base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, dropped);
    await photos.getByText('Photo 2 of 2').waitFor();
    const moveLeft = photos.getByRole('button', { name: 'Move left photo 2, earlier' });
    await moveLeft.click();
    await photos.getByText('Moved to place 1 of 2.').waitFor();
    // The dropped photo (described by the product's name until the seller says better) is the main one now, and the focus moved with its button.
    expect(await photos.getByRole('img').evaluateAll((images) => images.map((image) => image.getAttribute('alt')))).toEqual([PRODUCT, 'The jacket in red, hood up']);
    await expect.poll(() => photos.getByRole('button', { name: 'Move left photo 1, earlier' }).evaluate((element) => element === document.activeElement)).toBe(true);

    // A file that says it is a PNG but is not: the server recognises images by their bytes (415).
    await page.getByLabel('Photos to upload').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
    const refused = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').filter({ hasText: 'notes.png' });
    await refused.getByText(/^Not uploaded: /).waitFor();
    await refused.getByRole('button', { name: 'Dismiss notes.png' }).click();

    await shot(page, 'edit-desktop');

    // The inventory: a count needs a reason, and the change is a line of the ledger.
    await page.getByRole('navigation', { name: 'This product' }).getByRole('link', { name: 'Stock' }).click();
    await page.waitForURL(/\/inventory$/);
    const count = page.getByRole('form', { name: 'Count the stock of Red / S' });
    await count.getByLabel('Counted stock').fill('2');
    await count.getByRole('button', { name: /^Save count/ }).click();
    await count.getByText('Say why the stock changed').waitFor();
    await count.getByLabel('Reason').fill('Two sent back to the maker');
    await count.getByRole('button', { name: /^Save count/ }).click();
    const variant = page.getByRole('region', { name: 'Red / S' });
    await variant.getByText('Stock is now 2 (-3). The ledger has the change.').waitFor();
    // At its threshold of 3 now: low.
    await variant.getByText('Low stock').waitFor();
    await variant.getByRole('button', { name: 'Show the ledger of Red / S' }).click();
    const ledger = variant.getByRole('region', { name: 'Ledger of Red / S' });
    const lines = ledger.getByRole('row');
    await lines.nth(1).getByText('Counted: Two sent back to the maker').waitFor();
    expect(await lines.nth(1).getByRole('cell').nth(1).textContent()).toBe('-3');
    expect(await lines.nth(2).textContent()).toContain('First stock');
    await shot(page, 'inventory-desktop');

    // The list says it is running low, and so does its low-stock filter.
    await page.goto(browser.url('/seller/products?lowStock=true'));
    await page.getByRole('link', { name: PRODUCT, exact: true }).waitFor();
    expect(await page.getByLabel('Low stock only').isChecked()).toBe(true);

    // In the shop, as shoppers see it.
    await page.goto(browser.url(`/products/${productId}`));
    await page.getByRole('heading', { name: PRODUCT, level: 1 }).waitFor();
  });

  it('reads on a phone: the list, the edit page and the inventory fit the width', async () => {
    const page = await browser.newPage(PHONE);
    await browser.signIn(page, SELLER, '/seller/products');
    await page.getByRole('link', { name: PRODUCT, exact: true }).waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'products-phone');

    await page.getByRole('link', { name: PRODUCT, exact: true }).click();
    await page.getByRole('list', { name: 'Photos, in the order shoppers see them' }).getByRole('img').first().waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'edit-phone');

    await page.goto(browser.url(`/seller/products/${productId}/inventory`));
    await page.getByRole('form', { name: 'Count the stock of Red / S' }).waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'inventory-phone');

    await page.goto(browser.url('/seller/products/new'));
    await addOption(page, 'Colour', ['Green']);
    await noSidewaysScroll(page);
    await shot(page, 'new-product-phone');
  });
});

describe('admin console: products', () => {
  it('finds every seller’s products by filters in the URL, and opens one on the same edit page', async () => {
    // The refusal this journey asks for: a SKU taken by another product.
    const page = await browser.newPage(DESKTOP, { expectedFailedRequests: ['/variants'] });
    await browser.signIn(page, ADMIN, '/admin');
    await page.getByRole('navigation', { name: 'Admin console' }).getByRole('link', { name: 'Products' }).click();
    await page.waitForURL(/\/admin\/products$/);
    await page.getByRole('region', { name: 'Product list' }).waitFor();

    await page.getByLabel('Name or SKU').fill('HARBOUR-RAIN-JACKET-RED');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=HARBOUR-RAIN-JACKET-RED$/);
    const table = page.getByRole('region', { name: 'Product list' });
    // The unfiltered page stays on screen until the search answers.
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    await table.getByRole('link', { name: PRODUCT, exact: true }).waitFor();
    await table.getByText('Northwind Goods').waitFor();

    await page.getByLabel('Status').selectOption('draft');
    await page.waitForURL(/status=draft/);
    await page.getByRole('heading', { name: 'No products found' }).waitFor();
    await page.getByLabel('Status').selectOption('active');
    await table.getByRole('link', { name: PRODUCT, exact: true }).waitFor();
    await shot(page, 'admin-products-desktop');

    await table.getByRole('link', { name: PRODUCT, exact: true }).click();
    await page.waitForURL(new RegExp(`/admin/products/${productId}$`));
    await page.getByText('Sold by Northwind Goods.').waitFor();
    await page.getByRole('form', { name: 'Variant Red / S' }).waitFor();

    // An admin adds variants like the seller would: from a new value; a SKU the shop has already is refused (409) on that row's SKU.
    const addVariants = page.getByRole('region', { name: 'Add variants' });
    await addVariants.getByLabel('Add a value to Colour').fill('Green');
    await addVariants.getByRole('button', { name: 'Add value to Colour' }).click();
    for (const title of ['Green / S', 'Green / M']) {
      await row(page, title).getByLabel('Price (USD)').fill('95');
      await row(page, title).getByLabel('Stock').fill('6');
    }
    const greenSku = row(page, 'Green / S').getByLabel('SKU');
    await greenSku.fill(await anotherProductsSku());
    await addVariants.getByRole('button', { name: 'Add variants' }).click();
    await row(page, 'Green / S').getByText('A variant with this SKU exists already').waitFor();
    await expect.poll(() => greenSku.evaluate((element) => element === document.activeElement)).toBe(true);
    await greenSku.fill('HARBOUR-RAIN-JACKET-GREEN-S');
    await addVariants.getByRole('button', { name: 'Add variants' }).click();
    await addVariants.getByText('2 new variants were added above.').waitFor();
    expect(await page.getByRole('form', { name: /^Variant / }).count()).toBe(5);
    await shot(page, 'admin-edit-desktop');
  });

  it('reads on a phone', async () => {
    const page = await browser.newPage(PHONE);
    await browser.signIn(page, ADMIN, '/admin/products');
    await page.getByRole('region', { name: 'Product list' }).waitFor();
    await noSidewaysScroll(page);
    await shot(page, 'admin-products-phone');
  });
});
