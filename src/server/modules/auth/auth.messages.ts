import type { Message } from '../mail/mail.service.js';
import type { Device } from './device.js';
import { LOCKOUT_MS, LOCKOUT_THRESHOLD } from './lockout-policy.js';

/** Every email the auth module sends, worded in one place. `link`s are built by the mailer from PUBLIC_URL. */

const minutes = (ms: number) => `${Math.round(ms / 60_000)} minutes`;

export const verificationEmail = (fullName: string, link: string): Message => (store) => ({
  subject: 'Confirm your email address',
  heading: `Welcome, ${fullName}`,
  paragraphs: [`Confirm that this is your email address to finish creating your ${store} account.`],
  action: { label: 'Confirm my email', url: link },
  footnote: 'The link works for 24 hours. If you did not sign up, ignore this email.',
});

/**
 * The lock of one scope (`lockout.service.ts`): the strangers' lock spares the owner's browsers;
 * a lock on one of the owner's own browsers or sessions spares the rest.
 */
export const lockoutEmail = (lockedUntil: Date, unlockLink: string, scope: 'strangers' | 'own'): Message => (store) => ({
  subject: `Your ${store} account was locked`,
  heading: 'We locked your account to protect it',
  paragraphs: [
    scope === 'strangers'
      ? `Someone entered a wrong password for your account ${LOCKOUT_THRESHOLD} times in a row, so we paused sign-in for ${minutes(LOCKOUT_MS)} on browsers that have not signed in to it before.`
      : `A wrong password for your account was entered ${LOCKOUT_THRESHOLD} times in a row on one of your own browsers or signed-in devices, so we paused sign-in there for ${minutes(LOCKOUT_MS)}.`,
    scope === 'strangers'
      ? 'A browser where you have signed in to this account before is not locked out, so a stranger guessing your password cannot keep you out.'
      : 'Your other browsers and devices are not locked out.',
    'If it was you, unlock your account now with the button below. If not, consider changing your password.',
  ],
  action: { label: 'Unlock my account', url: unlockLink },
  footnote: `The lock lifts by itself at ${lockedUntil.toUTCString()}.`,
});

export const newSignInEmail = (sign: { device: Device; location: string; ip: string; at: Date }, devicesLink: string): Message => (store) => ({
  subject: `New sign-in to your ${store} account`,
  heading: 'A new device signed in',
  paragraphs: [
    `Your account was signed in from ${sign.device.browser} on ${sign.device.os} (${sign.location}, IP ${sign.ip}) at ${sign.at.toUTCString()}.`,
    'If this was you, there is nothing to do. If not, change your password now and sign out the devices you do not recognise.',
  ],
  action: { label: 'Review your devices', url: devicesLink },
});

export const passwordResetEmail = (resetLink: string): Message => (store) => ({
  subject: `Reset your ${store} password`,
  heading: 'Choose a new password',
  paragraphs: ['Someone asked to reset the password of your account. If it was you, choose a new one below.'],
  action: { label: 'Reset my password', url: resetLink },
  footnote: 'The link works for one hour and only once. If you did not ask, ignore this email: your password stays as it is.',
});

/**
 * The password was changed: by a reset link (every device signed out) or from a signed-in session
 * (the other devices signed out). `next` is where to go if it was not the owner.
 */
export const passwordChangedEmail = (how: 'reset' | 'changed', next: { label: string; url: string }): Message => (store) => ({
  subject: `Your ${store} password was changed`,
  heading: how === 'reset' ? 'Your password was reset' : 'Your password was changed',
  paragraphs:
    how === 'reset'
      ? ['The password of your account was just reset, and every device was signed out.', 'If you did not do this, reset it again at once and contact us.']
      : ['The password of your account was just changed, and your other devices were signed out.', 'If you did not do this, reset your password at once.'],
  action: next,
});
