import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

const browser = useBrowser();

describe('account journey', () => {
  it('registers, verifies from the emailed link, signs in, survives a reload, sees the session and signs out', async () => {
    const email = `journey.${Date.now()}@example.com`;
    const password = 'Journey#Parrot7';
    const page = await browser.newPage();

    await page.goto(browser.url('/register'));
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByLabel('Full name').fill('Ada Journey');
    await page.getByLabel('Phone number').fill('+1 202 555 0143');
    await page.getByRole('button', { name: /create/i }).click();
    await page.waitForURL(/\/check-email/);

    // The verification email, as the dev mailbox shows it.
    await page.goto(browser.url('/dev/mailbox'));
    await page.getByRole('link', { name: 'Confirm your email address' }).first().click();
    const verifyLink = page.getByRole('link', { name: /\/verify-email\?token=/ });
    await verifyLink.click();
    await page.getByRole('heading', { name: /verified/i }).waitFor();

    await page.goto(browser.url('/sign-in?redirect=/account/security'));
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/account\/security$/);
    await page.getByText('This device').waitFor();

    // The access token lives only in memory: a reload must restore the session from the cookie.
    await page.reload();
    await page.getByText('This device').waitFor();
    expect(page.url()).toMatch(/\/account\/security$/);

    await page.getByRole('button', { name: /Ada/ }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.goto(browser.url('/account/security'));
    await page.waitForURL(/\/sign-in\?redirect=/);
  });
});
