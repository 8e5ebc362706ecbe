import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';
import { accessTokenOf } from './dev-mailbox.js';
import { ADMIN } from './server.js';

const browser = useBrowser();
const REFRESHED = 'auth.token.refreshed';

describe('admin console', () => {
  it('hides routine token refreshes in the audit log until asked, and keeps its filters in the URL', async () => {
    const admin = await browser.newPage();
    await browser.signIn(admin, ADMIN, '/admin/audit-log');
    // A reload restores the session with a refresh: at least one such record exists now.
    await admin.reload();
    const records = admin.getByRole('region', { name: 'Audit records' });
    await records.waitFor();
    await admin.getByText(/token refreshes hidden/).waitFor();
    expect(await records.getByText(REFRESHED, { exact: true }).count()).toBe(0);

    const toggle = admin.getByLabel('Show routine token refreshes');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await admin.waitForURL(/refreshes=shown/);
    await records.getByText(REFRESHED, { exact: true }).first().waitFor();

    // A filtered view survives a reload: the filters are in the URL, and the form shows them.
    await admin.getByLabel('Actor').fill(ADMIN.email);
    await admin.getByRole('button', { name: 'Apply filters' }).click();
    await admin.waitForURL(/actor=admin%40example\.com/);
    await admin.reload();
    await records.waitFor();
    expect(await admin.getByLabel('Actor').inputValue()).toBe(ADMIN.email);
    expect(await admin.getByLabel('Show routine token refreshes').isChecked()).toBe(true);

    // So does the user search.
    await admin.goto(browser.url('/admin/users'));
    await admin.getByLabel('Email or name').fill('customer@example.com');
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.waitForURL(/\/admin\/users\?q=customer%40example\.com$/);
    await admin.reload();
    await admin.getByText('1 account').waitFor();
    expect(await admin.getByLabel('Email or name').inputValue()).toBe('customer@example.com');

    // The console has the account menu, and signs out from it.
    await admin.getByRole('button', { name: /your account/ }).click();
    await admin.getByRole('button', { name: 'Sign out', exact: true }).click();
    await admin.waitForURL(browser.url('/'));
  });

  it("makes an admin, and suspends another admin, only with the acting admin's own password; never suspends itself", async () => {
    // The creation and the suspension refused for a wrong password of the acting admin.
    const admin = await browser.newPage(undefined, { expectedFailedRequests: ['/api/v1/admin/users', '/suspend'] });
    await browser.signIn(admin, ADMIN, '/admin/users');
    await admin.getByRole('button', { name: 'Create admin' }).click();
    const form = admin.getByRole('form', { name: 'Create an admin' });
    const email = `second.admin.${Date.now()}@example.com`;
    await form.getByLabel('Full name').fill('Grace Second');
    await form.getByLabel('Email', { exact: true }).fill(email);
    await form.getByLabel('Phone number').fill('+1 202 555 0143');
    await form.getByLabel('Password', { exact: true }).fill('Journey#Parrot7');
    const ownPassword = form.getByLabel('Your password');
    await ownPassword.fill('not-my-password');
    await form.getByRole('button', { name: 'Create admin' }).click();

    // The server's refusal lands on the field, which takes the focus.
    await form.getByText('Your password is not correct').waitFor();
    expect(await ownPassword.getAttribute('aria-invalid')).toBe('true');
    expect(await ownPassword.evaluate((input) => input === document.activeElement)).toBe(true);

    await ownPassword.fill(ADMIN.password);
    await form.getByRole('button', { name: 'Create admin' }).click();
    await admin.getByText('Admin created').waitFor();
    await admin.getByRole('link', { name: 'See their account' }).click();
    await admin.getByRole('heading', { name: 'Grace Second', level: 1 }).waitFor();

    // Another admin can be suspended, which ends every session of theirs — with the acting admin's
    // own password, asked for first by the form and then checked by the server.
    await admin.getByRole('button', { name: 'Suspend account…' }).click();
    const suspension = admin.getByRole('form', { name: 'Suspend', exact: true });
    await suspension.getByText(/Every session of theirs ends at once/).waitFor();
    const suspendPassword = suspension.getByLabel('Your password');
    await suspension.getByRole('button', { name: 'Suspend', exact: true }).click();
    await suspension.getByText('Enter your own password').waitFor();
    expect(await suspendPassword.evaluate((input) => input === document.activeElement)).toBe(true);

    await suspendPassword.fill('not-my-password');
    const refusedSuspension = admin.waitForResponse((response) => response.url().endsWith('/suspend'));
    await suspension.getByRole('button', { name: 'Suspend', exact: true }).click();
    expect((await refusedSuspension).status()).toBe(400);
    await suspension.getByText('Your password is not correct').waitFor();
    expect(await suspendPassword.getAttribute('aria-invalid')).toBe('true');
    expect(await suspendPassword.evaluate((input) => input === document.activeElement)).toBe(true);

    await suspendPassword.fill(ADMIN.password);
    await suspension.getByRole('button', { name: 'Suspend', exact: true }).click();
    await admin.getByText(/every one of its sessions has ended/).waitFor();

    // Your own account offers no suspension.
    await admin.goto(browser.url(`/admin/users?q=${encodeURIComponent(ADMIN.email)}`));
    await admin.getByRole('region', { name: 'Users' }).getByRole('link').first().click();
    await admin.getByText('you cannot suspend yourself', { exact: false }).waitFor();
    expect(await admin.getByRole('button', { name: /^Suspend/ }).count()).toBe(0);
  });

  it('tells a first-time visitor of a members-only store that it is for members, with a way to join', async () => {
    const token = await accessTokenOf(browser.url(''), ADMIN);
    const setMembersOnly = (on: boolean) =>
      fetch(browser.url('/api/v1/admin/settings'), {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ requireSignInToBrowse: on }),
      });
    expect((await setMembersOnly(true)).status).toBe(200);
    try {
      const visitor = await browser.newPage();
      await visitor.goto(browser.url('/search?q=mug'));
      await visitor.waitForURL(/\/sign-in\?redirect=/);
      await visitor.getByText(/is open to its members only/).waitFor();
      expect(await visitor.getByText('Welcome back').count()).toBe(0);
      await visitor.getByRole('link', { name: 'Create an account' }).click();
      await visitor.waitForURL(/\/register$/);
    } finally {
      await setMembersOnly(false);
    }
  });
});
