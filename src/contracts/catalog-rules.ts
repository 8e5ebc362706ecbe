// Plain data, no Zod: the limits and the slug rule of catalog fields, shared by the schemas and the
// web app's forms.

export const CATEGORY_NAME_MAX = 80;
export const SLUG_MAX = 80;
/** Lower-case letters and digits in words joined by single hyphens: what a slug may be. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug a name makes when none is given: accents dropped, letters and digits kept, every other
 * run of characters one hyphen ("Crème brûlée & Co." → "creme-brulee-co"). Empty when the name
 * has no letter or digit the pattern allows.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

export const PRODUCT_NAME_MAX = 200;
export const PRODUCT_DESCRIPTION_MAX = 5_000;
export const SKU_MAX = 64;
/** Upper- and lower-case letters, digits, dot, underscore and hyphen: what a SKU may hold. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const OPTION_TEXT_MAX = 40;
export const VARIANTS_MAX = 100;
/** The most any one variant may hold in stock, and the largest price: far beyond a shop's need, far from integer overflow. */
export const STOCK_MAX = 1_000_000;
export const PRICE_CENTS_MAX = 100_000_000;

/** Uploads: at most this many bytes, and this many pixels (a small file may still decode to a huge bitmap). */
export const IMAGE_BYTES_MAX = 5 * 1024 * 1024;
export const IMAGE_PIXELS_MAX = 40_000_000;
export const IMAGES_MAX = 12;
export const IMAGE_ALT_MAX = 200;
/** The types an upload may be, recognised by their bytes; what the web's file picker offers. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
