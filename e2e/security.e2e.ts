import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { accessTokenOf, verifiedCustomer } from './dev-mailbox.js';
import { ADMIN } from './server.js';

const browser = useBrowser();

describe('sign-in and security', () => {
  it('tells sessions of the same browser apart, and asks before signing out another device', async () => {
    const account = await verifiedCustomer(browser.url(''), 'devices');
    const other = await browser.newPage();
    await browser.signIn(other, account, '/account');
    const page = await browser.newPage();
    await browser.signIn(page, account, '/account/security');

    const sessions = page.getByRole('region', { name: /signed in/ }).getByRole('listitem');
    await sessions.getByText('This device').waitFor();
    expect(await sessions.count()).toBe(2);
    const idle = sessions.filter({ hasNotText: 'This device' });
    expect(await idle.innerText()).toMatch(/Last active .+\n+Signed in /);

    await idle.getByRole('button', { name: /^Revoke…/ }).click();
    const confirm = page.getByRole('button', { name: 'Yes, sign it out' });
    await confirm.waitFor();
    // The question takes the focus; cancelling gives it back and signs nothing out.
    expect(await confirm.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await idle.getByRole('button', { name: /^Revoke…/ }).evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await sessions.count()).toBe(2);

    await idle.getByRole('button', { name: /^Revoke…/ }).click();
    await confirm.click();
    await page.getByText(/was signed out\./).waitFor();
    await expect.poll(() => sessions.count()).toBe(1);
  });

  it('tells a user whose account was suspended why they were signed out', async () => {
    const account = await verifiedCustomer(browser.url(''), 'suspended');
    const page = await browser.newPage(undefined, {
      // The refresh refused for the suspension, then the sign-in refused for it.
      expectedFailedRequests: ['/api/v1/auth/refresh', '/api/v1/auth/login'],
    });
    await browser.signIn(page, account, '/account');
    await page.getByRole('heading', { name: /Hello/, level: 1 }).waitFor();

    const token = await accessTokenOf(browser.url(''), ADMIN);
    const users = await fetch(browser.url(`/api/v1/admin/users?q=${encodeURIComponent(account.email)}`), {
      headers: { Authorization: `Bearer ${token}` },
    });
    const [user] = ((await users.json()) as { data: { id: string }[] }).data;
    const suspended = await fetch(browser.url(`/api/v1/admin/users/${user?.id}/suspend`), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ reason: 'Journey test' }),
    });
    expect(suspended.status).toBe(200);

    // The next visit finds the session ended and says why.
    await page.reload();
    await page.waitForURL(/\/sign-in\?.*reason=suspended/);
    await page.getByText('An administrator suspended your account, so you were signed out.', { exact: false }).waitFor();

    await page.getByLabel('Email address').fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('It cannot be used to sign in until an administrator activates it again', { exact: false }).waitFor();
    expect(await page.getByText('This account is suspended').count()).toBe(1);
  });
});
