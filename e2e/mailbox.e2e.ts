import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { ADMIN } from './server.js';

const browser = useBrowser();

describe('development mailbox', () => {
  it('lists the email sent when the first admin was created, with a working link', async () => {
    const page = await browser.newPage();
    await page.goto(browser.url('/dev/mailbox'));
    const subject = page.getByRole('link', { name: 'Your shoppingMall admin account is ready' });
    await subject.waitFor();
    expect(await page.getByText(ADMIN.email).count()).toBeGreaterThan(0);

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
