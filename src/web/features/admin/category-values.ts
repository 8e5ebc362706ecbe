import { SLUG_PATTERN, slugify } from '../../../contracts/catalog-rules';
import type { CategoryNode, CreateCategoryBody, UpdateCategoryBody } from '../../../contracts/catalog';
import { requiredProblem } from '../../lib/form-rules';
import type { FormErrors } from '../../lib/use-form';

// The category form's values and the API bodies made from them. An empty slug means "made from
// the name", when adding and when editing alike, with the contracts' own `slugify`.

/** What the form edits; `parentId` is empty for a top category. */
export type CategoryValues = { name: string; slug: string; parentId: string };

export const CATEGORY_FIELDS = ['name', 'slug', 'parentId'] as const;

/** A category's name (or slug) as the outcomes and titles quote it. */
export const quoted = (name: string): string => `“${name}”`;

export function categoryValues(category: CategoryNode | undefined, parentId = ''): CategoryValues {
  return category ? { name: category.name, slug: category.slug, parentId: category.parentId ?? '' } : { name: '', slug: '', parentId };
}

/** The slug the values give: the one typed, else the one the name makes (empty when it makes none). */
export function slugOf({ name, slug }: CategoryValues): string {
  return slug.trim() || slugify(name);
}

export function categoryProblems(values: CategoryValues): FormErrors {
  return { name: requiredProblem(values.name, 'Enter a name'), slug: slugProblem(values) };
}

function slugProblem({ name, slug }: CategoryValues): string | undefined {
  const typed = slug.trim();
  if (typed) return SLUG_PATTERN.test(typed) ? undefined : 'Use lower-case letters and digits joined by single hyphens, like “home-kitchen”';
  if (name.trim() && !slugify(name)) return 'The name makes no slug: type one of lower-case letters and digits';
  return undefined;
}

/** A new category: the server makes the slug from the name when none is typed. */
export function createBodyOf(values: CategoryValues): CreateCategoryBody {
  return { name: values.name.trim(), slug: values.slug.trim() || undefined, parentId: values.parentId || undefined };
}

/** Only what changed, so a rename cannot be refused for a slug or a parent it left alone. */
export function updatePatchOf(category: CategoryNode, values: CategoryValues): UpdateCategoryBody {
  const patch: UpdateCategoryBody = {};
  const name = values.name.trim();
  const slug = slugOf(values);
  const parentId = values.parentId || null;
  if (name !== category.name) patch.name = name;
  if (slug !== category.slug) patch.slug = slug;
  if (parentId !== category.parentId) patch.parentId = parentId;
  return patch;
}

/**
 * The field a 409 belongs to: a new category's is its slug (taken); an edit's, the one field it
 * changed of the two that can conflict (the slug taken, or a move under itself). An edit that
 * changed both gets the message form-wide.
 */
export function conflictFieldOf(category: CategoryNode | undefined, sent: CategoryValues): 'slug' | 'parentId' | undefined {
  if (!category) return 'slug';
  const patch = updatePatchOf(category, sent);
  const slug = patch.slug !== undefined;
  const parent = patch.parentId !== undefined;
  if (slug === parent) return undefined;
  return slug ? 'slug' : 'parentId';
}
