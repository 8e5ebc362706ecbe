import type { CategoryNode } from '../../../contracts/catalog';

export type FlatCategory = { category: CategoryNode; depth: number };

/** The tree in reading order, each with its depth, for a flat list such as a `<select>`. */
export function flattenCategories(nodes: CategoryNode[], depth = 0): FlatCategory[] {
  return nodes.flatMap((category) => [
    { category, depth },
    ...flattenCategories(category.children, depth + 1),
  ]);
}

/** Finds a category by the id or slug the API accepts in `?category=`. */
export function findCategory(nodes: CategoryNode[], idOrSlug: string): CategoryNode | undefined {
  return flattenCategories(nodes).find(
    ({ category }) => category.slug === idOrSlug || category.id === idOrSlug,
  )?.category;
}
