import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { ADMIN } from './server.js';

const browser = useBrowser();

describe('development mailbox', () => {
  it('lists the email sent when the first admin was created, with a working link', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/dev/mailbox'));
    // Other journeys make admins of their own: the first admin's welcome is the one sent to ADMIN.
    const subject = page.getByRole('row').filter({ hasText: ADMIN.email }).getByRole('link', { name: 'Your shoppingMall admin account is ready' });
    await subject.waitFor();

    await subject.click();
    const signInLink = page.getByRole('link', { name: browser.url('/sign-in') });
    await signInLink.waitFor();
    expect(await page.frameLocator('iframe').getByRole('link', { name: 'Sign in' }).count()).toBe(1);

    await signInLink.click();
    await page.waitForURL(browser.url('/sign-in'));
  });

  it('is offered on the check-your-email page of a shop that keeps its emails', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/check-email'));
    await page.getByRole('link', { name: 'Open the mailbox' }).waitFor();
  });
});
