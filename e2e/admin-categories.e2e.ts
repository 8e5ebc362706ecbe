import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, useBrowser } from './browser.js';
import { accessTokenOf } from './dev-mailbox.js';
import { ADMIN } from './server.js';

// The SMTP shop: the dev shop's other journeys sign in from this same address, under its 10-a-minute login limit.
const browser = useBrowser({ shop: 'smtp' });
const screenshots = new URL('../test-results/', import.meta.url).pathname;

type Category = { id: string; name: string; slug: string; parentId: string | null; children: Category[] };

/** The categories API as another admin uses it, in another browser: what the page has not seen yet. */
function categoriesApi(token: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(browser.url(`/api/v1/categories${path}`), {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, data: response.status === 204 ? undefined : ((await response.json()) as { data: unknown }).data };
  };
  return {
    create: async (body: { name: string; parentId?: string }) => {
      const created = await call('POST', '', body);
      expect(created.status).toBe(201);
      return created.data as Category;
    },
    move: (id: string, parentId: string | null) => call('PATCH', `/${id}`, { parentId }),
    bySlug: async (slug: string) => {
      const flat = (nodes: Category[]): Category[] => nodes.flatMap((node) => [node, ...flat(node.children)]);
      const found = flat((await call('GET', '')).data as Category[]).find((node) => node.slug === slug);
      if (!found) throw new Error(`no category ${slug}`);
      return found;
    },
  };
}

/** Focus moved by a ref or an effect, or in the next frame after a form closes. */
const expectFocused = (locator: Locator) => expect.poll(() => locator.evaluate((element) => element === document.activeElement)).toBe(true);
/** The list item of a category, found by its Edit button: its sub-categories are inside it. */
const itemOf = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('button', { name: `Edit ${name}`, exact: true }) }).last();

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

describe('admin console: categories', () => {
  it('adds a category and a sub-category, renames one, refuses an impossible move and a delete, and deletes the sub-category', async () => {
    const api = categoriesApi(await accessTokenOf(browser.url(''), ADMIN));
    // Another admin's category, there before the page opens.
    const sheds = await api.create({ name: 'Sheds' });
    // Console errors of the refusals this journey asks for: a taken slug, a move under itself, a delete.
    const refused = ['/api/v1/categories'];
    const page = await browser.newPage(DESKTOP, { expectedFailedRequests: refused });
    await mkdir(screenshots, { recursive: true });
    await browser.signIn(page, ADMIN, '/admin');
    await page.getByRole('navigation', { name: 'Admin console' }).getByRole('link', { name: 'Categories' }).click();
    await page.waitForURL(/\/admin\/categories$/);
    await page.getByRole('heading', { name: 'Categories', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Edit Electronics', exact: true }).waitFor();

    // A top category: the slug is previewed from the name as it is typed, and made by the server.
    await page.getByRole('button', { name: 'Add top category' }).click();
    let form = page.getByRole('form', { name: 'New top category' });
    const name = form.getByLabel('Name');
    await expectFocused(name);
    await name.fill('Garden & Patio');
    await form.getByText('Leave it empty to use “garden-patio”.').waitFor();
    await form.getByRole('button', { name: 'Add category' }).click();
    let outcome = page.getByRole('status').filter({ hasText: '“Garden & Patio” was added as a top category.' });
    await outcome.waitFor();
    await expectFocused(outcome);
    await page.getByText('garden-patio', { exact: true }).waitFor();

    // A taken slug is the server's 409, said on the slug field, which takes the focus.
    await page.getByRole('button', { name: 'Add top category' }).click();
    form = page.getByRole('form', { name: 'New top category' });
    await form.getByLabel('Name').fill('Audio');
    await form.getByRole('button', { name: 'Add category' }).click();
    await form.getByText('Another category has this slug (“audio”, made from the name): type another one').waitFor();
    const slug = form.getByLabel('Slug');
    expect(await slug.getAttribute('aria-invalid')).toBe('true');
    await expectFocused(slug);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expectFocused(page.getByRole('button', { name: 'Add top category' }));

    // A sub-category, added in place under its parent.
    await page.getByRole('button', { name: 'Add sub-category to Garden & Patio' }).click();
    form = page.getByRole('form', { name: 'New category under “Garden & Patio”' });
    expect(await form.getByLabel('Parent category').inputValue()).toBe((await api.bySlug('garden-patio')).id);
    await form.getByLabel('Name').fill('Tools');
    await form.getByRole('button', { name: 'Add category' }).click();
    await page.getByRole('status').filter({ hasText: '“Tools” was added under “Garden & Patio”.' }).waitFor();
    await itemOf(page, 'Garden & Patio').getByRole('button', { name: 'Edit Tools', exact: true }).waitFor();

    // Renamed, with an empty slug made from the new name.
    await page.getByRole('button', { name: 'Edit Tools', exact: true }).click();
    form = page.getByRole('form', { name: 'Edit “Tools”' });
    await form.getByLabel('Name').fill('Garden tools');
    await form.getByLabel('Slug').fill('');
    await form.getByText('Leave it empty to use “garden-tools”.').waitFor();
    await form.getByRole('button', { name: 'Save changes' }).click();
    outcome = page.getByRole('status').filter({ hasText: '“Garden tools” was saved.' });
    await outcome.waitFor();
    await expectFocused(outcome);
    await itemOf(page, 'Garden & Patio').getByText('garden-tools', { exact: true }).waitFor();

    // The parent picker offers neither the category nor what is under it.
    const garden = await api.bySlug('garden-patio');
    await page.getByRole('button', { name: 'Edit Garden & Patio', exact: true }).click();
    form = page.getByRole('form', { name: 'Edit “Garden & Patio”' });
    const parent = form.getByLabel('Parent category');
    const offered = (await parent.locator('option').allTextContents()).map((text) => text.trim());
    expect(offered).toContain('Sheds');
    expect(offered).toContain('Electronics');
    expect(offered).not.toContain('Garden & Patio');
    expect(offered).not.toContain('Garden tools');
    await parent.selectOption({ label: 'Sheds' });

    // Meanwhile another admin files Sheds under Garden & Patio: the move the page offered is now a
    // loop, which the server refuses (409), said on the parent field.
    expect((await api.move(sheds.id, garden.id)).status).toBe(200);
    refused.push(`/api/v1/categories/${garden.id}`);
    await form.getByRole('button', { name: 'Save changes' }).click();
    await form.getByText('A category cannot move under itself or one of its sub-categories').waitFor();
    expect(await parent.getAttribute('aria-invalid')).toBe('true');
    await expectFocused(parent);
    // The tree has been fetched again: Sheds is under Garden & Patio, and no longer offered.
    await page.getByRole('listitem').filter({ has: form }).getByRole('button', { name: 'Edit Sheds', exact: true }).waitFor();
    expect(await parent.locator('option:not([disabled])').allTextContents()).not.toContain('Sheds');
    await page.screenshot({ path: `${screenshots}admin-categories-move-refused-desktop.png`, fullPage: true });
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expectFocused(page.getByRole('button', { name: 'Edit Garden & Patio', exact: true }));

    // A category with sub-categories is not deleted: the server's reason, in the question.
    await page.getByRole('button', { name: 'Delete Garden & Patio', exact: true }).click();
    let question = page.getByRole('group', { name: 'Confirm deleting Garden & Patio' });
    await question.getByRole('button', { name: 'Yes, delete' }).click();
    await question.getByRole('alert').getByText('Move or delete its sub-categories first').waitFor();
    await question.getByRole('button', { name: 'Close' }).click();
    await expectFocused(page.getByRole('button', { name: 'Delete Garden & Patio', exact: true }));

    // The empty sub-category is.
    await page.getByRole('button', { name: 'Delete Garden tools', exact: true }).click();
    question = page.getByRole('group', { name: 'Confirm deleting Garden tools' });
    await expectFocused(question.getByRole('button', { name: 'Yes, delete' }));
    await question.getByRole('button', { name: 'Yes, delete' }).click();
    outcome = page.getByRole('status').filter({ hasText: '“Garden tools” was deleted.' });
    await outcome.waitFor();
    await expectFocused(outcome);
    expect(await page.getByRole('button', { name: 'Edit Garden tools', exact: true }).count()).toBe(0);
    await expect(api.bySlug('garden-tools')).rejects.toThrow('no category garden-tools');

    await page.screenshot({ path: `${screenshots}admin-categories-desktop.png`, fullPage: true });
  });

  it('reads on a phone: the tree and a form in it fit the width', async () => {
    const page = await browser.newPage(PHONE);
    await browser.signIn(page, ADMIN, '/admin/categories');
    await page.getByRole('button', { name: 'Edit Computer accessories', exact: true }).waitFor();
    await noSidewaysScroll(page);
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: `${screenshots}admin-categories-phone.png`, fullPage: true });

    await page.getByRole('button', { name: 'Edit Computer accessories', exact: true }).click();
    await page.getByRole('form', { name: 'Edit “Computer accessories”' }).waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: `${screenshots}admin-categories-edit-phone.png`, fullPage: true });
  });
});
