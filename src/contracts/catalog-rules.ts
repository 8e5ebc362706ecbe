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
