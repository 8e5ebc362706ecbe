import { IMAGES_MAX } from '../../../contracts/catalog-rules.js';
import type { ProductImage, UpdateImageBody } from '../../../contracts/catalog.js';
import type { Actor, Context, UnitOfWork } from '../../context.js';
import type { Database } from '../../db/client.js';
import { conflict, notFound } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import type { UserService } from '../users/users.service.js';
import { editableProduct, markChanged, mayEdit } from './catalog-access.js';
import * as repo from './catalog.repository.js';
import { imageOf, type CatalogService } from './catalog.service.js';
import type { ImageProcessor } from './images.js';

/**
 * Product images: sellers upload (checked and resized by `images.ts`), describe, reorder and
 * delete them; everyone is served their files. The first image is the one lists show.
 */
export function createImageService(deps: { db: Database; run: UnitOfWork; users: UserService; processImage: ImageProcessor; catalog: CatalogService }) {
  const { db, run, users, processImage, catalog } = deps;

  /** The image the caller may change, with its product locked: the product's images are ordered under that lock. */
  const editableImage = async (ctx: Context, actor: Actor, imageId: string) => {
    const found = await repo.findImageProduct(ctx.tx, imageId);
    if (!found || !mayEdit(actor, found.sellerId)) throw notFound('Image');
    await editableProduct(ctx, users, actor, found.productId);
    const images = await repo.listImages(ctx.tx, found.productId);
    const image = images.find((i) => i.id === imageId);
    if (!image) throw notFound('Image');
    return { productId: found.productId, image, images };
  };

  return {
    /** POST /products/:id/images: the image goes last; the product's first image is what lists show. */
    async upload(actor: Actor, productId: string, bytes: Buffer): Promise<ProductImage> {
      // A cheap look first, so that a stranger's upload costs no resizing.
      const found = await repo.findProduct(db, productId, 'owner');
      if (!found || !mayEdit(actor, found.product.sellerId)) throw notFound('Product');
      const prepared = await processImage(bytes);
      return run(actor, async (ctx) => {
        const product = await editableProduct(ctx, users, actor, productId);
        const images = await repo.listImages(ctx.tx, productId);
        if (images.length >= IMAGES_MAX) throw conflict(`A product has at most ${IMAGES_MAX} images; delete one first`);
        const id = newId();
        await repo.insertImage(ctx.tx, { id, productId, alt: product.name, position: images.length, width: prepared.width, height: prepared.height, createdAt: ctx.now }, prepared.files);
        await markChanged(ctx, catalog, productId);
        await ctx.audit({ action: 'product.image.added', outcome: 'success', target: { type: 'product', id: productId }, details: { imageId: id, bytes: bytes.length } });
        return imageOf({ id, alt: product.name, width: prepared.width, height: prepared.height, widths: prepared.files.map((f) => f.width) });
      });
    },

    /** PATCH /images/:id: new alt text, or a new place (the others close up around it). */
    async update(actor: Actor, imageId: string, input: UpdateImageBody): Promise<ProductImage> {
      return run(actor, async (ctx) => {
        const { productId, image, images } = await editableImage(ctx, actor, imageId);
        if (input.alt !== undefined) await repo.updateImageAlt(ctx.tx, imageId, input.alt);
        if (input.position !== undefined) {
          const others = images.filter((i) => i.id !== imageId).map((i) => i.id);
          others.splice(Math.min(input.position, others.length), 0, imageId);
          await repo.setImageOrder(ctx.tx, others);
        }
        await markChanged(ctx, catalog, productId);
        await ctx.audit({ action: 'product.image.updated', outcome: 'success', target: { type: 'product', id: productId }, details: { imageId, changed: Object.keys(input) } });
        return imageOf({ ...image, alt: input.alt ?? image.alt });
      });
    },

    /** DELETE /images/:id: with its files; the images after it move up. */
    async remove(actor: Actor, imageId: string): Promise<void> {
      await run(actor, async (ctx) => {
        const { productId, images } = await editableImage(ctx, actor, imageId);
        await repo.deleteImage(ctx.tx, imageId);
        await repo.setImageOrder(ctx.tx, images.filter((i) => i.id !== imageId).map((i) => i.id));
        await markChanged(ctx, catalog, productId);
        await ctx.audit({ action: 'product.image.deleted', outcome: 'success', target: { type: 'product', id: productId }, details: { imageId } });
      });
    },

    /** GET /images/:id/:width: the bytes of one stored width. */
    async file(imageId: string, width: number) {
      const file = await repo.findImageFile(db, imageId, width);
      if (!file) throw notFound('Image');
      return file;
    },
  };
}

export type ImageService = ReturnType<typeof createImageService>;
