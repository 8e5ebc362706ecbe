import type { CategoryNode } from '../../../contracts/catalog';

export type FlatCategory = { category: CategoryNode; depth: number };

/** The tree in reading order, each with its depth, for a flat list such as a `<select>`. */
export function flattenCategories(nodes: CategoryNode[], depth = 0): FlatCategory[] {
  return nodes.flatMap((category) => [
    { category, depth },
    ...flattenCategories(category.children, depth + 1),
  ]);
}

/** A category's line in a `<select>`: options cannot hold markup, so indentation shows the tree. */
export function optionLabel({ category, depth }: FlatCategory): string {
  return `${'\u00a0\u00a0'.repeat(depth)}${category.name}`;
}

/** Finds a category by the id or slug the API accepts in `?category=`. */
export function findCategory(nodes: CategoryNode[], idOrSlug: string): CategoryNode | undefined {
  return categoryTrail(nodes, idOrSlug).at(-1);
}

/** The ids of a category and of every category below it: where it cannot be moved. */
export function subtreeIds(category: CategoryNode): Set<string> {
  return new Set([category.id, ...flattenCategories(category.children).map(({ category: below }) => below.id)]);
}

/** The path from a top category down to the one named by id or slug; empty when there is none. */
export function categoryTrail(nodes: CategoryNode[], idOrSlug: string): CategoryNode[] {
  for (const category of nodes) {
    if (category.slug === idOrSlug || category.id === idOrSlug) return [category];
    const below = categoryTrail(category.children, idOrSlug);
    if (below.length > 0) return [category, ...below];
  }
  return [];
}
