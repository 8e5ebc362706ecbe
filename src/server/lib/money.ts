/** Money is integer minor units everywhere; the store has one currency. */
export const STORE_CURRENCY = 'USD';
