import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { ADMIN } from './server.js';

const browser = useBrowser();
/** The demo customer of the seed. */
const CUSTOMER = { email: 'customer@example.com', password: 'Shopper#Plum26' };

describe('becoming a seller', () => {
  it('a customer applies, an admin approves, and the new seller opens the seller center', async () => {
    const customer = await browser.newPage();
    await browser.signIn(customer, CUSTOMER, '/account/sell');

    // Before approval the seller center turns a customer away, pointing to the application.
    await customer.goto(browser.url('/seller'));
    await customer.getByRole('heading', { name: 'The seller center is for sellers', level: 1 }).waitFor();

    await customer.goto(browser.url('/account/sell'));
    await customer.getByLabel('Business name').fill('Journey Ceramics');
    await customer.getByLabel('Tax ID').fill('US-98-7654321');
    await customer.getByRole('button', { name: 'Send application' }).click();
    await customer.getByText('Under review').waitFor();

    const admin = await browser.newPage();
    await browser.signIn(admin, ADMIN, '/admin/seller-applications');
    await admin.getByRole('button', { name: /Approve… Journey Ceramics/ }).click();
    await admin.getByRole('button', { name: 'Approve application' }).click();
    await admin.getByRole('heading', { name: /Journey Ceramics/ }).waitFor({ state: 'detached' });

    // The applicant's page learns of the approval, renews its token, and the seller center opens.
    await customer.reload();
    await customer.getByRole('link', { name: /seller center/i }).first().click();
    await customer.waitForURL(/\/seller$/);
    await customer.getByRole('heading', { name: 'Seller center', level: 1 }).waitFor();
    expect(await customer.getByRole('heading', { name: 'The seller center is for sellers' }).count()).toBe(0);
  });
});
