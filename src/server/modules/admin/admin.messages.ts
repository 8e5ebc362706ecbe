import type { Message } from '../mail/mail.service.js';

/** Every email user administration sends, worded in one place. */

export const adminWelcomeEmail = (email: string, signInLink: string): Message => (store) => ({
  subject: `Your ${store} admin account is ready`,
  heading: 'Welcome to the admin console',
  paragraphs: [`An administrator account was created for ${email}.`, 'Sign in to manage products, orders, users and store settings.'],
  action: { label: 'Sign in', url: signInLink },
  footnote: 'If you did not expect this email, tell whoever runs this shop at once.',
});

export const suspendedEmail = (reason: string | undefined): Message => (store) => ({
  subject: `Your ${store} account was suspended`,
  heading: 'Your account is suspended',
  paragraphs: [
    'An administrator suspended your account, and every device signed in to it was signed out. You cannot sign in while it is suspended.',
    ...(reason ? [`The reason given: ${reason}`] : []),
  ],
  footnote: 'If you think this is a mistake, reply to this email and tell us why.',
});

export const reactivatedEmail = (note: string | undefined, signInLink: string): Message => (store) => ({
  subject: `Your ${store} account is active again`,
  heading: 'Welcome back',
  paragraphs: ['An administrator lifted the suspension of your account: you can sign in again.', ...(note ? [`The note given: ${note}`] : [])],
  action: { label: 'Sign in', url: signInLink },
});
