import { expect } from 'vitest';

/*
 * Accounts for the journeys on the shop that keeps its emails (/dev/mailbox): registered and
 * verified through the API and the mailbox's own pages, so a journey can start signed out with
 * an account of its own instead of sharing the demo logins.
 */

export type Account = { email: string; password: string; fullName: string };

async function verificationToken(baseUrl: string, email: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const list = await (await fetch(`${baseUrl}/dev/mailbox`)).text();
    const row = list.split('<tr>').find((cells) => cells.includes(email));
    const message = row?.match(/href="(\/dev\/mailbox\/[0-9a-f-]+)"/)?.[1];
    if (message) {
      const token = (await (await fetch(`${baseUrl}${message}`)).text()).match(/verify-email\?token=([\w-]+)/)?.[1];
      if (token) return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no verification email for ${email} in the dev mailbox`);
}

/** A new customer, active: registered, and verified with the link the mailbox holds. */
export async function verifiedCustomer(baseUrl: string, name: string): Promise<Account> {
  const account = { email: `${name}.${Date.now()}@example.com`, password: 'Journey#Parrot7', fullName: 'Ada Journey' };
  const registered = await fetch(`${baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...account, phone: '+1 202 555 0143', role: 'customer' }),
  });
  expect(registered.status).toBe(201);
  const verified = await fetch(`${baseUrl}/api/v1/auth/verify-email`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: await verificationToken(baseUrl, account.email) }),
  });
  expect(verified.status).toBe(200);
  return account;
}

/** An access token of `who`, for what a journey does through the API rather than the pages. */
export async function accessTokenOf(baseUrl: string, who: { email: string; password: string }): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { accessToken: string } }).data.accessToken;
}
