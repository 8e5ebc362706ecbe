import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { testAppWithAdmin } from '../../../../test/app.js';
import { bearer, signedIn, type SignedInUser } from '../../../../test/auth-helpers.js';
import { api, newCategory, newProduct } from '../../../../test/catalog.js';
import { errorOf, expectError } from '../../../../test/errors.js';
import { EXIF_MARKERS, filePart, photoWithGps, pngDeclaring, solidImage, uploadImage } from '../../../../test/images.js';
import { IMAGE_BYTES_MAX, IMAGE_PIXELS_MAX, IMAGES_MAX } from '../../../contracts/catalog-rules.js';
import type { ProductDetail, ProductImage, ProductSummary } from '../../../contracts/catalog.js';
import type { Database } from '../../db/client.js';
import { productImageFiles, productImages } from './catalog.tables.js';

/** POST /products/:id/images and what becomes of the file: hostile uploads, the stored files, reorder, delete, serving. */

let app: FastifyInstance;
let db: Database;
let admin: SignedInUser;
let seller: SignedInUser;
let categoryId: string;

beforeAll(async () => {
  ({ app, db, admin } = await testAppWithAdmin());
  seller = await signedIn(app, db, 'seller');
  categoryId = (await newCategory(app, admin.accessToken)).id;
});

const product = (token = seller.accessToken) => newProduct(app, token, categoryId);

async function uploaded(productId: string, file: Buffer, token = seller.accessToken): Promise<ProductImage> {
  const res = await uploadImage(app, token, productId, file);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as ProductImage;
}

/** The URLs and widths of the srcset: `/api/v1/images/<id>/320 320w, …`. */
const srcsetOf = (image: ProductImage) =>
  image.srcset.split(', ').map((entry) => {
    const [url, width] = entry.split(' ');
    return { url: url!, width: Number(width!.replace(/w$/, '')) };
  });

const fetchFile = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

const imagesInDb = (productId: string) =>
  db.select({ id: productImages.id, position: productImages.position, alt: productImages.alt }).from(productImages).where(eq(productImages.productId, productId)).orderBy(asc(productImages.position));
const filesInDb = (imageId: string) => db.$count(productImageFiles, eq(productImageFiles.imageId, imageId));
const sellerDetail = async (productId: string) => (await api(app, 'GET', `/seller/products/${productId}`, seller.accessToken)).json().data as ProductDetail;

describe('a photo with EXIF and GPS', () => {
  it('is stored as WebP at its widths with no EXIF, no GPS and none of the camera’s strings, turned upright by its orientation', async () => {
    const photo = await photoWithGps();
    // The fixture really carries what must go: orientation 6, the camera and the place.
    const original = await sharp(photo).metadata();
    expect(original).toMatchObject({ format: 'jpeg', width: 400, height: 200, orientation: 6 });
    expect(original.exif?.includes(EXIF_MARKERS.mapDatum)).toBe(true);
    expect(photo.includes(EXIF_MARKERS.make)).toBe(true);

    const { id } = await product();
    const image = await uploaded(id, photo);
    // Upright it is 200 wide and 400 tall: a single width, since it is narrower than 320.
    expect(image).toMatchObject({ width: 200, height: 400 });
    const files = srcsetOf(image);
    expect(files.map((f) => f.width)).toEqual([200]);

    for (const { url, width } of files) {
      const res = await fetchFile(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/webp');
      const stored = res.rawPayload;
      const metadata = await sharp(stored).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width, height: 400 });
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      for (const text of ['EXIF', 'Exif', 'XMP ', EXIF_MARKERS.make, EXIF_MARKERS.model, EXIF_MARKERS.mapDatum]) {
        expect(stored.includes(text), `the stored file holds ${text}`).toBe(false);
      }
    }
  });
});

describe('the formats and widths stored', () => {
  it.each([
    ['a PNG', 'png', 'photo.png', 'image/png'],
    ['a WebP', 'webp', 'photo.webp', 'image/webp'],
    ['a JPEG', 'jpeg', 'photo.jpg', 'image/jpeg'],
  ] as const)('accepts %s and stores it at 320 and its own 500 px, no wider', async (_label, format, filename, contentType) => {
    const { id } = await product();
    const res = await uploadImage(app, seller.accessToken, id, [filePart(await solidImage(format, 500, 250), filename, contentType)]);
    expect(res.statusCode, res.body).toBe(201);
    const image = res.json().data as ProductImage;
    expect(image).toMatchObject({ width: 500, height: 250, url: `/api/v1/images/${image.id}/500` });
    expect(image.srcset).toBe(`/api/v1/images/${image.id}/320 320w, /api/v1/images/${image.id}/500 500w`);

    for (const { url, width } of srcsetOf(image)) {
      const stored = await sharp((await fetchFile(url)).rawPayload).metadata();
      expect(stored).toMatchObject({ format: 'webp', width, height: width / 2 });
    }
    expect((await fetchFile(`/api/v1/images/${image.id}/640`)).statusCode).toBe(404);
  });

  it('stores a wide picture at 320, 640 and 1280, and names the 640 one its url', async () => {
    const { id } = await product();
    const image = await uploaded(id, await solidImage('png', 2000, 1000));
    expect(image).toMatchObject({ width: 1280, height: 640, url: `/api/v1/images/${image.id}/640` });
    expect(srcsetOf(image).map((f) => f.width)).toEqual([320, 640, 1280]);
    expect(await filesInDb(image.id)).toBe(3);
  });
});

describe('files that are not what they claim', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>';

  it.each([
    ['a GIF', async () => filePart(await solidImage('gif', 20, 20), 'cat.gif', 'image/gif')],
    ['a GIF named .jpg and sent as image/jpeg', async () => filePart(await solidImage('gif', 20, 20), 'cat.jpg', 'image/jpeg')],
    ['an SVG named .png and sent as image/png', async () => filePart(svg, 'logo.png', 'image/png')],
    ['a text file', async () => filePart('just some words, not a picture\n', 'notes.jpg', 'image/jpeg')],
    ['a PDF', async () => filePart(Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), Buffer.alloc(200, 0x20)]), 'scan.png', 'image/png')],
    ['an empty file', async () => filePart(Buffer.alloc(0), 'empty.jpg', 'image/jpeg')],
  ])('refuses %s with 415 UNSUPPORTED_MEDIA_TYPE and stores nothing', async (_label, part) => {
    const { id } = await product();
    const res = await uploadImage(app, seller.accessToken, id, [await part()]);
    expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await imagesInDb(id)).toEqual([]);
  });

  it('refuses a damaged JPEG (a real header, garbage after it) with 400 VALIDATION_ERROR on the file, never a 500', async () => {
    const { id } = await product();
    const head = (await solidImage('jpeg', 300, 300)).subarray(0, 400);
    const damaged = Buffer.concat([head, Buffer.alloc(4000, 0x5a)]);
    const res = await uploadImage(app, seller.accessToken, id, damaged);
    expectError(res, 400, 'VALIDATION_ERROR');
    expect(errorOf(res).details).toContainEqual(expect.objectContaining({ field: 'file' }));
    expect(await imagesInDb(id)).toEqual([]);
  });

  it('refuses a PNG signature with nothing after it with 400', async () => {
    const { id } = await product();
    const res = await uploadImage(app, seller.accessToken, id, [filePart(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'short.png', 'image/png')]);
    expectError(res, 400, 'VALIDATION_ERROR');
  });

  it('refuses a JPEG cut off halfway with 400, never a 500', async () => {
    const { id } = await product();
    const whole = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg().toBuffer();
    const res = await uploadImage(app, seller.accessToken, id, whole.subarray(0, Math.floor(whole.length / 2)));
    expectError(res, 400, 'VALIDATION_ERROR');
    expect(await imagesInDb(id)).toEqual([]);
  });
});

describe('a decompression bomb', () => {
  it.each([
    ['200 million pixels (20,000 × 10,000)', 20_000, 10_000],
    // Past sharp's own limit of 16,383² the header must still be what refuses it, not the decoder.
    ['10 billion pixels (100,000 × 100,000)', 100_000, 100_000],
  ])('refuses a hundred-byte PNG declaring %s with 413, by its pixel count', async (_label, width, height) => {
    const { id } = await product();
    const bomb = pngDeclaring(width, height);
    expect(bomb.length).toBeLessThan(5_000);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: 'png', width, height });

    const res = await uploadImage(app, seller.accessToken, id, [filePart(bomb, 'tiny.png', 'image/png')]);
    expectError(res, 413, 'PAYLOAD_TOO_LARGE');
    // The header check speaks, not the decoder: its message is about pixels.
    expect(errorOf(res).message).toMatch(/pixels/);
    expect(await imagesInDb(id)).toEqual([]);
  });

  it('refuses a PNG one pixel row over the limit, and takes one at the limit', async () => {
    const width = 8000;
    const rows = IMAGE_PIXELS_MAX / width;
    const { id } = await product();
    const over = await uploadImage(app, seller.accessToken, id, [filePart(pngDeclaring(width, rows + 1), 'over.png', 'image/png')]);
    expectError(over, 413, 'PAYLOAD_TOO_LARGE');
    expect(errorOf(over).message).toMatch(/pixels/);
    // At the limit the header passes, and the decoder (not the pixel check) finds the data missing.
    const at = await uploadImage(app, seller.accessToken, id, [filePart(pngDeclaring(width, rows), 'at.png', 'image/png')]);
    expectError(at, 400, 'VALIDATION_ERROR');
  });
});

describe('what the request must be', () => {
  it('refuses a file over 5 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const { id } = await product();
    const jpeg = await solidImage('jpeg', 100, 100);
    const big = Buffer.concat([jpeg, Buffer.alloc(IMAGE_BYTES_MAX + 1 - jpeg.length)]);
    expectError(await uploadImage(app, seller.accessToken, id, big), 413, 'PAYLOAD_TOO_LARGE');
    expect(await imagesInDb(id)).toEqual([]);
  });

  it('takes a file of exactly 5 MB (the limit is not a byte short)', async () => {
    const { id } = await product();
    const jpeg = await solidImage('jpeg', 100, 100);
    // Bytes after the picture's end are ignored by the decoder and dropped by the re-encoding.
    const res = await uploadImage(app, seller.accessToken, id, Buffer.concat([jpeg, Buffer.alloc(IMAGE_BYTES_MAX - jpeg.length)]));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('refuses a body that is not multipart with 415', async () => {
    const { id } = await product();
    const asJson = await api(app, 'POST', `/products/${id}/images`, seller.accessToken, { file: 'aGVsbG8=' });
    expectError(asJson, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const raw = await app.inject({ method: 'POST', url: `/api/v1/products/${id}/images`, payload: await solidImage('jpeg', 50, 50), headers: { 'content-type': 'image/jpeg', ...bearer(seller.accessToken) } });
    expectError(raw, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(await imagesInDb(id)).toEqual([]);
  });

  it.each([
    ['no part at all', () => []],
    ['the file in a part named "image"', async () => [{ ...filePart(await solidImage('jpeg', 50, 50)), name: 'image' }]],
    ['a text field named "file" instead of a file', () => [{ name: 'file', data: 'not a file' }]],
    ['a caption field before the file', async () => [{ name: 'caption', data: 'hello' }, filePart(await solidImage('jpeg', 50, 50))]],
    ['a caption field after the file', async () => [filePart(await solidImage('jpeg', 50, 50)), { name: 'caption', data: 'hello' }]],
    ['two files', async () => [filePart(await solidImage('jpeg', 50, 50)), filePart(await solidImage('png', 50, 50), 'second.png', 'image/png')]],
  ])('refuses %s with 400 VALIDATION_ERROR', async (_label, parts) => {
    const { id } = await product();
    const res = await uploadImage(app, seller.accessToken, id, await parts());
    expectError(res, 400, 'VALIDATION_ERROR');
    expect(await imagesInDb(id)).toEqual([]);
  });

  it(`refuses a ${IMAGES_MAX + 1}th image with 409 CONFLICT`, async () => {
    const { id } = await product();
    const small = await solidImage('png', 16, 16);
    for (let i = 0; i < IMAGES_MAX; i++) await uploaded(id, small);
    expectError(await uploadImage(app, seller.accessToken, id, small), 409, 'CONFLICT');
    expect(await imagesInDb(id)).toHaveLength(IMAGES_MAX);
  });
});

describe('who may upload', () => {
  it('answers another seller with 404 and stores nothing', async () => {
    const { id } = await product();
    const other = await signedIn(app, db, 'seller');
    expectError(await uploadImage(app, other.accessToken, id, await solidImage('jpeg', 50, 50)), 404, 'NOT_FOUND');
    expect(await imagesInDb(id)).toEqual([]);
  });

  it('answers a customer with 403 AUTH_PERMISSION_DENIED and nobody signed in with 401', async () => {
    const { id } = await product();
    const customer = await signedIn(app, db, 'customer');
    const jpeg = await solidImage('jpeg', 50, 50);
    expectError(await uploadImage(app, customer.accessToken, id, jpeg), 403, 'AUTH_PERMISSION_DENIED');
    expectError(await uploadImage(app, undefined, id, jpeg), 401, 'AUTH_TOKEN_REQUIRED');
    expect(await imagesInDb(id)).toEqual([]);
  });

  it('lets an admin add an image to any seller’s product', async () => {
    const { id } = await product();
    await uploaded(id, await solidImage('jpeg', 50, 50), admin.accessToken);
    expect(await imagesInDb(id)).toHaveLength(1);
  });

  it('answers an unknown product with 404', async () => {
    expectError(await uploadImage(app, seller.accessToken, '00000000-0000-4000-8000-000000000000', await solidImage('jpeg', 50, 50)), 404, 'NOT_FOUND');
  });
});

describe('PATCH and DELETE /images/:id', () => {
  /** An active product with three images, A, B and C in that order. */
  async function withThreeImages() {
    const made = await product();
    const [a, b, c] = [await uploaded(made.id, await solidImage('png', 30, 30)), await uploaded(made.id, await solidImage('png', 31, 31)), await uploaded(made.id, await solidImage('png', 32, 32))];
    return { product: made, a: a!, b: b!, c: c! };
  }
  const listedImage = async (productId: string, name: string) => {
    const res = await app.inject({ url: `/api/v1/products?q=${encodeURIComponent(name)}` });
    return ((res.json().data as ProductSummary[]).find((p) => p.id === productId))?.image?.id;
  };

  it('moves an image to the front: the others close up behind it, and lists show it', async () => {
    const { product: made, a, b, c } = await withThreeImages();
    expect(await listedImage(made.id, made.name)).toBe(a.id);

    const res = await api(app, 'PATCH', `/images/${c.id}`, seller.accessToken, { position: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect((await imagesInDb(made.id)).map((i) => [i.id, i.position])).toEqual([[c.id, 0], [a.id, 1], [b.id, 2]]);
    expect((await sellerDetail(made.id)).images.map((i) => i.id)).toEqual([c.id, a.id, b.id]);
    expect((await app.inject({ url: `/api/v1/products/${made.id}` })).json().data.images.map((i: ProductImage) => i.id)).toEqual([c.id, a.id, b.id]);
    expect(await listedImage(made.id, made.name)).toBe(c.id);

    // A place past the end is the last one.
    await api(app, 'PATCH', `/images/${c.id}`, seller.accessToken, { position: 11 });
    expect((await imagesInDb(made.id)).map((i) => i.id)).toEqual([a.id, b.id, c.id]);
  });

  it('changes the alt text and keeps the place', async () => {
    const { product: made, b } = await withThreeImages();
    const res = await api(app, 'PATCH', `/images/${b.id}`, seller.accessToken, { alt: 'The mug from the side, glaze dripping' });
    expect(res.json().data).toMatchObject({ id: b.id, alt: 'The mug from the side, glaze dripping' });
    expect((await sellerDetail(made.id)).images[1]).toMatchObject({ id: b.id, alt: 'The mug from the side, glaze dripping' });
  });

  it('refuses a position past the limit and an unknown field with 400', async () => {
    const { b } = await withThreeImages();
    expectError(await api(app, 'PATCH', `/images/${b.id}`, seller.accessToken, { position: IMAGES_MAX }), 400, 'VALIDATION_ERROR');
    expectError(await api(app, 'PATCH', `/images/${b.id}`, seller.accessToken, { productId: b.id }), 400, 'VALIDATION_ERROR');
  });

  it('deletes an image with its files; the ones after it move up', async () => {
    const { product: made, a, b, c } = await withThreeImages();
    expect((await api(app, 'DELETE', `/images/${a.id}`, seller.accessToken)).statusCode).toBe(204);

    expect((await imagesInDb(made.id)).map((i) => [i.id, i.position])).toEqual([[b.id, 0], [c.id, 1]]);
    expect(await filesInDb(a.id)).toBe(0);
    for (const { url } of srcsetOf(a)) expectError(await fetchFile(url), 404, 'NOT_FOUND');
    expect(await listedImage(made.id, made.name)).toBe(b.id);
    expectError(await api(app, 'DELETE', `/images/${a.id}`, seller.accessToken), 404, 'NOT_FOUND');
  });

  it('answers another seller’s PATCH and DELETE with 404 and changes nothing', async () => {
    const { product: made, a, b, c } = await withThreeImages();
    const other = await signedIn(app, db, 'seller');
    const before = await imagesInDb(made.id);

    expectError(await api(app, 'PATCH', `/images/${c.id}`, other.accessToken, { position: 0, alt: 'Mine now' }), 404, 'NOT_FOUND');
    expectError(await api(app, 'DELETE', `/images/${a.id}`, other.accessToken), 404, 'NOT_FOUND');

    expect(await imagesInDb(made.id)).toEqual(before);
    expect(before.map((i) => i.id)).toEqual([a.id, b.id, c.id]);
    expect(await filesInDb(a.id)).toBe(1);
    expect((await fetchFile(a.url)).statusCode).toBe(200);
  });
});

describe('GET /images/:id/:width', () => {
  it('serves a stored file with a strong ETag, a year’s immutable caching, nosniff and a CSP; 304 when the ETag matches', async () => {
    const { id } = await product();
    const image = await uploaded(id, await solidImage('png', 700, 350));
    const res = await fetchFile(image.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");

    const again = await fetchFile(image.url, { 'if-none-match': res.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    expect(again.headers.etag).toBe(res.headers.etag);
    expect((await fetchFile(image.url, { 'if-none-match': '"something-else"' })).statusCode).toBe(200);
    // Each width is its own file with its own ETag.
    const small = await fetchFile(`/api/v1/images/${image.id}/320`);
    expect(small.headers.etag).not.toBe(res.headers.etag);
  });

  it('answers a width it was not stored at with 404, and a malformed one with 400', async () => {
    const { id } = await product();
    const image = await uploaded(id, await solidImage('png', 700, 350));
    expectError(await fetchFile(`/api/v1/images/${image.id}/1280`), 404, 'NOT_FOUND');
    expectError(await fetchFile(`/api/v1/images/${image.id}/641`), 404, 'NOT_FOUND');
    expectError(await fetchFile(`/api/v1/images/${image.id}/wide`), 400, 'VALIDATION_ERROR');
  });
});
