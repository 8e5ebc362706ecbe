import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { bearer } from './auth-helpers.js';

/** Multipart bodies and image files for the upload tests, made here rather than kept as fixtures. */

/** A part of a multipart/form-data body: a file when it has a filename, a plain field otherwise. */
export type Part = { name: string; filename?: string; contentType?: string; data: Buffer | string };

/** A multipart/form-data body and its content type, built by hand as a browser sends one. */
export function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----shoppingMallTest${randomBytes(8).toString('hex')}`;
  const chunks = parts.flatMap((part) => {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    return [Buffer.from(head), Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data), Buffer.from('\r\n')];
  });
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The part "file" the upload route reads. */
export const filePart = (data: Buffer | string, filename = 'photo.jpg', contentType = 'image/jpeg'): Part => ({ name: 'file', filename, contentType, data });

/** POST /products/:id/images with the given file (as the part "file") or parts. */
export function uploadImage(app: FastifyInstance, token: string | undefined, productId: string, file: Buffer | Part[]) {
  const { payload, contentType } = multipart(Buffer.isBuffer(file) ? [filePart(file)] : file);
  return app.inject({ method: 'POST', url: `/api/v1/products/${productId}/images`, payload, headers: { 'content-type': contentType, ...(token ? bearer(token) : {}) } });
}

/** A picture of one colour in the format and size asked. */
export const solidImage = (format: 'jpeg' | 'png' | 'webp' | 'gif', width: number, height: number): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 90, b: 40 } } })[format]().toBuffer();

/** Strings written into the EXIF of `photoWithGps`, that no stored file may hold. */
export const EXIF_MARKERS = { make: 'SpyCam-4711', model: 'Pocket X9', mapDatum: 'WGS-84-home-of-the-seller' } as const;

/**
 * A camera's JPEG, 400 × 200 as stored, EXIF orientation 6 (shown rotated: 200 × 400), with the
 * camera's make and model and where it was taken (GPS latitude, longitude and map datum).
 */
export const photoWithGps = (): Promise<Buffer> =>
  sharp({ create: { width: 400, height: 200, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: EXIF_MARKERS.make, Model: EXIF_MARKERS.model },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 26/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 39/1', GPSMapDatum: EXIF_MARKERS.mapDatum },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

const pngChunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A valid-looking PNG of a hundred bytes whose header declares `width` × `height` pixels: what a
 * decompression bomb shows a reader that trusts it (its data holds one row; a decoder would go on).
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(1 + Math.min(width, 1000) * 3))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}
