// Plain data, no Zod: the limits of the store settings, shared by the schemas and the settings form.

export const STORE_NAME_MAX = 80;
export const LOW_STOCK_THRESHOLD_MAX = 100_000;
export const MAX_SHIPPING_METHODS = 20;
export const SHIPPING_CODE_PATTERN = /^[a-z0-9-]{2,32}$/;
export const SHIPPING_NAME_MAX = 60;
export const SHIPPING_PRICE_MAX_CENTS = 1_000_000;
export const SHIPPING_FREE_OVER_MAX_CENTS = 100_000_000;
export const SHIPPING_DAYS_MAX = 60;
