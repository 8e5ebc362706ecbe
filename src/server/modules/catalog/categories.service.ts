import { slugify } from '../../../contracts/catalog-rules.js';
import type { CategoryNode, CreateCategoryBody, UpdateCategoryBody } from '../../../contracts/catalog.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import { conflict, definedFields, fieldError, notFound } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import * as repo from './catalog.repository.js';
import type { CatalogService } from './catalog.service.js';


const nodeOf = (row: repo.CategoryRow): CategoryNode => ({ id: row.id, name: row.name, slug: row.slug, parentId: row.parentId, children: [] });

/**
 * The category tree as admins manage it: create, rename, re-slug, move and delete. Changes to the
 * tree's shape are serialised (`holdCategoryTree`), so two moves racing cannot make a cycle and a
 * delete cannot race a new child; a taken slug is the database's unique index speaking.
 */
export function createCategoryService(deps: { run: UnitOfWork; catalog: CatalogService }) {
  const { run, catalog } = deps;

  /** The parent a category may be filed under: one that exists, and not the category itself or one below it. */
  const checkParent = async (ctx: Context, parentId: string, movingId?: string): Promise<void> => {
    if (!(await repo.findCategory(ctx.tx, parentId))) throw fieldError('parentId', 'There is no such parent category');
    if (movingId && (await repo.isWithin(ctx.tx, parentId, movingId))) throw conflict('A category cannot move under itself or one of its sub-categories');
  };

  /** Runs a write of the tree, answering a taken slug as the 409 it is. */
  const writing = async <T>(actor: Actor, work: (ctx: Context) => Promise<T>): Promise<T> => {
    try {
      return await run(actor, async (ctx) => {
        await repo.holdCategoryTree(ctx.tx);
        ctx.afterCommit(() => catalog.forgetCategoryTree());
        return work(ctx);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Another category has this slug');
      // A product filed under the category, or a child under it, in the same moment as its deletion.
      if (isForeignKeyViolation(error)) throw conflict('The category is in use; try again');
      throw error;
    }
  };

  return {
    async create(actor: Actor, input: CreateCategoryBody): Promise<CategoryNode> {
      const slug = input.slug ?? slugify(input.name);
      if (!slug) throw fieldError('slug', 'The name makes no slug: give one of lower-case letters and digits');
      return writing(actor, async (ctx) => {
        if (input.parentId) await checkParent(ctx, input.parentId);
        const row = { id: newId(), name: input.name, slug, parentId: input.parentId ?? null };
        await repo.insertCategory(ctx.tx, row);
        await ctx.audit({ action: 'category.created', outcome: 'success', target: { type: 'category', id: row.id }, details: { name: row.name, slug, parentId: row.parentId } });
        return nodeOf({ ...row, createdAt: ctx.now });
      });
    },

    async update(actor: Actor, id: string, input: UpdateCategoryBody): Promise<CategoryNode> {
      return writing(actor, async (ctx) => {
        const before = await repo.findCategory(ctx.tx, id);
        if (!before) throw notFound('Category');
        if (input.parentId) await checkParent(ctx, input.parentId, id);
        const changes = definedFields({ name: input.name, slug: input.slug, parentId: input.parentId });
        if (Object.keys(changes).length === 0) return nodeOf(before);
        const after = await repo.updateCategory(ctx.tx, id, changes);
        if (!after) throw notFound('Category');
        await ctx.audit({
          action: 'category.updated',
          outcome: 'success',
          target: { type: 'category', id },
          details: { before: { name: before.name, slug: before.slug, parentId: before.parentId }, after: { name: after.name, slug: after.slug, parentId: after.parentId } },
        });
        return nodeOf(after);
      });
    },

    /** Refused while sub-categories or products (past ones too, which orders keep) are filed under it. */
    async remove(actor: Actor, id: string): Promise<void> {
      await writing(actor, async (ctx) => {
        const category = await repo.findCategory(ctx.tx, id);
        if (!category) throw notFound('Category');
        const use = await repo.categoryUse(ctx.tx, id);
        if (use.children > 0) throw conflict('Move or delete its sub-categories first');
        if (use.products > 0) throw conflict(`Products are filed under this category (${use.products}); move them first`);
        await repo.deleteCategory(ctx.tx, id);
        await ctx.audit({ action: 'category.deleted', outcome: 'success', target: { type: 'category', id }, details: { name: category.name, slug: category.slug } });
      });
    },
  };
}

export type CategoryService = ReturnType<typeof createCategoryService>;
