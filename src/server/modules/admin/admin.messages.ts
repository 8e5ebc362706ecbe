import type { Message } from '../mail/mail.service.js';

/** Every email user administration sends, worded in one place. */

export const adminWelcomeEmail = (email: string, signInLink: string): Message => (store) => ({
  subject: `Your ${store} admin account is ready`,
  heading: 'Welcome to the admin console',
  paragraphs: [`An administrator account was created for ${email}.`, 'Sign in to manage products, orders, users and store settings.'],
  action: { label: 'Sign in', url: signInLink },
  footnote: 'If you did not expect this email, tell whoever runs this shop at once.',
});

/** To every active admin when an admin is made: a stolen admin session cannot make one unseen. */
export const adminCreatedNotice = (event: { created: string; by: string; at: Date }, usersLink: string): Message => (store) => ({
  subject: `A new ${store} admin was created`,
  heading: 'A new admin account was created',
  paragraphs: [`${event.by} created an admin account for ${event.created} at ${event.at.toUTCString()}.`, 'Every admin of the shop gets this email.'],
  action: { label: 'Review the admins', url: usersLink },
  footnote: `If nobody meant to do this, suspend ${event.created} under Admin → Users at once, and change the password of ${event.by}.`,
});

/** To every other active admin when an admin is suspended: a stolen admin session cannot lock the others out unseen. */
export const adminSuspendedNotice = (event: { suspended: string; by: string; at: Date }, usersLink: string): Message => (store) => ({
  subject: `A ${store} admin was suspended`,
  heading: 'An admin account was suspended',
  paragraphs: [`${event.by} suspended the admin account of ${event.suspended} at ${event.at.toUTCString()}.`, 'Every admin of the shop gets this email.'],
  action: { label: 'Review the admins', url: usersLink },
  footnote: `If nobody meant to do this, reactivate ${event.suspended} under Admin → Users and change the password of ${event.by}. If no admin can sign in any more, whoever runs the server can make one with \`npm run admin:create\`.`,
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
