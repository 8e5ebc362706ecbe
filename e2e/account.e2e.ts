import type { BrowserContext, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, useBrowser } from './browser.js';
import { waitForEmail } from './smtp.js';

// The shop that delivers its emails over SMTP: the verification email really leaves it.
const browser = useBrowser({ shop: 'smtp' });

const REFRESH_COOKIE = 'refresh_token';
const isRefresh = (response: Response) => response.url().endsWith('/api/v1/auth/refresh');
const refreshCookie = async (context: BrowserContext) => (await context.cookies()).find((c) => c.name === REFRESH_COOKIE);

describe('account journey', () => {
  it('registers, verifies from the delivered email once its button is pressed, signs in, survives a reload and a browser restart, sees the session and signs out, telling when that fails', async () => {
    const email = `journey.${Date.now()}@example.com`;
    const password = 'Journey#Parrot7';
    const page = await browser.newPage(DESKTOP);

    await page.goto(browser.url('/register'));
    await page.getByLabel('Email address').fill(email);
    // A common word padded with a digit and a symbol is as common as the word: the checklist says
    // so as it is typed, as the server's blocklist would.
    await page.getByLabel('Password', { exact: true }).fill('Password1!');
    const commonRule = page.getByRole('list', { name: 'Password requirements' }).getByRole('listitem').filter({ hasText: 'Not a commonly used password' });
    await commonRule.waitFor();
    expect(await commonRule.textContent()).toContain('not yet');
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Confirm password').fill(password);
    await page.getByLabel('Full name').fill('Ada Journey');
    await page.getByLabel('Phone number').fill('+1 202 555 0143');
    await page.getByRole('button', { name: /create/i }).click();
    await page.waitForURL(/\/check-email/);
    // This shop sends its emails: no dev mailbox to offer.
    expect(await page.getByRole('link', { name: 'Open the mailbox' }).count()).toBe(0);

    // The verification email arrives at the SMTP receiver, with one link in its text and HTML parts.
    const delivered = await waitForEmail(email, 'Confirm your email address');
    const link = delivered.text?.match(/\S+\/verify-email\?token=[\w-]+/)?.[0] ?? '';
    expect(link.startsWith(browser.url('/verify-email?token='))).toBe(true);
    const html = delivered.html || '';
    expect(html).toContain(`href="${link}"`);

    // Opened as a mail client shows it: the button of the HTML part leads back to the shop. On a
    // blank page, not the shop's, whose CSP would (rightly) block the email's inline styles.
    await page.goto('about:blank');
    await page.setContent(html);
    const verifyRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/auth/verify-email')) verifyRequests.push(request.url());
    });
    await page.getByRole('link', { name: 'Confirm my email', exact: true }).click();

    // Opening the link changes nothing (a mail scanner opens links too): the page waits for its button.
    const confirm = page.getByRole('button', { name: 'Confirm my email address' });
    await confirm.waitFor();
    const signInNow = () =>
      fetch(browser.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
    const unverified = await signInNow();
    expect(unverified.status).toBe(403);
    expect(((await unverified.json()) as { error: { code: string } }).error.code).toBe('AUTH_EMAIL_NOT_VERIFIED');
    expect(verifyRequests).toEqual([]);

    await confirm.click();
    await page.getByRole('heading', { name: /verified/i }).waitFor();
    expect(verifyRequests).toHaveLength(1);

    await page.goto(browser.url('/sign-in?redirect=/account/security'));
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    const login = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const { accessToken } = ((await (await login).json()) as { data: { accessToken: string } }).data;
    await page.waitForURL(/\/account\/security$/);
    await page.getByText('This device').waitFor();

    // The access token lives only in memory: a reload must restore the session from the cookie.
    const refreshOnReload = page.waitForResponse(isRefresh);
    await page.reload();
    expect((await refreshOnReload).status()).toBe(200);
    await page.getByText('This device').waitFor();
    expect(page.url()).toMatch(/\/account\/security$/);

    // A browser restart keeps persistent cookies and localStorage, never the in-memory access
    // token: the refresh cookie alone must bring the session back. A session cookie (no expiry)
    // would not survive a real restart, so the cookie must carry one.
    const cookie = await refreshCookie(page.context());
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 24 * 3600);
    const savedState = await page.context().storageState();
    expect(JSON.stringify(savedState)).not.toContain(accessToken);
    await page.context().close();

    const restarted = await browser.newPage(DESKTOP, {
      storageState: savedState,
      // The sign-outs below that cannot reach the server, or whose refresh the server is too busy for.
      expectedFailedRequests: ['/api/v1/auth/logout', '/api/v1/auth/refresh'],
    });
    const refreshOnRestart = restarted.waitForResponse(isRefresh);
    await restarted.goto(browser.url('/account/security'));
    expect((await refreshOnRestart).status()).toBe(200);
    const sessions = restarted.getByRole('region', { name: /signed in/ }).getByRole('listitem');
    await sessions.getByText('This device').waitFor();
    expect(restarted.url()).toMatch(/\/account\/security$/);

    // One session, resumed rather than signed in again, described as this very browser.
    const chromeMajor = (await restarted.evaluate(() => navigator.userAgent)).match(/Chrome\/(\d+)/)?.[1];
    expect(await sessions.count()).toBe(1);
    const row = await sessions.first().innerText();
    expect(row).toContain(`Chrome ${chromeMajor} on Linux`);
    expect(row).toContain('127.0.0.1 · Local network');
    expect(row).toContain('This device');

    const stateBeforeSignOut = await restarted.context().storageState();
    await restarted.getByRole('button', { name: /Ada/ }).click();
    const signOut = restarted.getByRole('button', { name: 'Sign out', exact: true });

    // A sign-out that does not reach the server says so, and this device stays signed in (the
    // session is alive), so the user can try again.
    await restarted.route('**/api/v1/auth/logout', (route) => route.abort());
    await signOut.click();
    await restarted.getByRole('alert').filter({ hasText: 'We could not sign you out' }).waitFor();
    expect(await restarted.getByText('Your session is still active on the server.', { exact: false }).count()).toBe(1);
    expect(restarted.url()).toMatch(/\/account\/security$/);
    expect(await refreshCookie(restarted.context())).toBeDefined();
    await restarted.unroute('**/api/v1/auth/logout');

    // Nor is a sign-out done when its token is refused and the refresh that should renew it fails
    // for another reason than a refused refresh token (the server busy): the session lives on.
    const refusedToken = { success: false, error: { code: 'AUTH_TOKEN_EXPIRED', message: 'The access token has expired', details: null } };
    const busy = { success: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'The server is busy; try again in a moment', details: { retryAfterSeconds: 5 } } };
    await restarted.route('**/api/v1/auth/logout', (route) => route.fulfill({ status: 401, json: refusedToken }), { times: 1 });
    await restarted.route('**/api/v1/auth/refresh', (route) => route.fulfill({ status: 503, headers: { 'Retry-After': '5' }, json: busy }), { times: 1 });
    const busyRefresh = restarted.waitForResponse(isRefresh);
    await signOut.click();
    expect((await busyRefresh).status()).toBe(503);
    const failedSignOut = restarted.getByRole('alert').filter({ hasText: 'We could not sign you out' });
    await failedSignOut.filter({ hasText: 'The server is busy. Please wait 5 seconds and try again.' }).waitFor();
    expect(await failedSignOut.getByText('Your session is still active on the server.', { exact: false }).count()).toBe(1);
    // Still signed in, on the page it was on, with its refresh cookie.
    expect(restarted.url()).toMatch(/\/account\/security$/);
    expect(await restarted.getByRole('button', { name: /Ada/ }).count()).toBe(1);
    expect(await restarted.getByRole('link', { name: 'Sign in', exact: true }).count()).toBe(0);
    await sessions.getByText('This device').waitFor();
    expect(await refreshCookie(restarted.context())).toBeDefined();

    await signOut.click();
    await restarted.waitForURL(browser.url('/'));
    expect(await refreshCookie(restarted.context())).toBeUndefined();
    await restarted.goto(browser.url('/account/security'));
    await restarted.waitForURL(/\/sign-in\?redirect=/);

    // The cookie from before the sign-out, replayed by another browser: the server ended that
    // session, so it refuses the cookie instead of merely this browser forgetting it.
    expect(stateBeforeSignOut.cookies.map((c) => c.name)).toContain(REFRESH_COOKIE);
    const replayed = await browser.newPage(DESKTOP, {
      storageState: stateBeforeSignOut,
      expectedFailedRequests: ['/api/v1/auth/refresh'],
    });
    const refusedRefresh = replayed.waitForResponse(isRefresh);
    await replayed.goto(browser.url('/account/security'));
    const refused = await refusedRefresh;
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('AUTH_INVALID_TOKEN');
    await replayed.waitForURL(/\/sign-in\?redirect=/);
  });
});
