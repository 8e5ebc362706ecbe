import type { Message } from '../mail/mail.service.js';

/** Every email the users module sends (accounts and applications to sell), worded in one place. */

export const accountClosedEmail: Message = (store) => ({
  subject: `Your ${store} account was closed`,
  heading: 'Your account is closed',
  paragraphs: [
    `As you asked, we closed your ${store} account and signed it out on every device.`,
    'Your name, phone number, addresses and sign-in details have been erased. This is the last email we send to this address about the account; you are welcome to create a new one at any time.',
  ],
  footnote: 'If you did not close your account, contact us at once.',
});

export const applicationApprovedEmail = (businessName: string, note: string | null, sellerCenterLink: string): Message => (store) => ({
  subject: `You can now sell on ${store}`,
  heading: `Welcome aboard, ${businessName}`,
  paragraphs: [
    `Your application to sell on ${store} as ${businessName} was approved.`,
    ...(note ? [`A note from our team: ${note}`] : []),
    'Open the seller center to add your first products.',
  ],
  action: { label: 'Open the seller center', url: sellerCenterLink },
});

export const applicationRejectedEmail = (businessName: string, reason: string | null, applicationLink: string): Message => (store) => ({
  subject: `Your application to sell on ${store}`,
  heading: 'Your application was not approved',
  paragraphs: [
    `We could not approve your application to sell as ${businessName}.`,
    `The reason: ${reason}`,
    'You are welcome to apply again once you have addressed it.',
  ],
  action: { label: 'See your application', url: applicationLink },
});
