import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { IMAGE_PIXELS_MAX } from '../../../contracts/catalog-rules.js';
import { AppError, fieldError } from '../../lib/app-error.js';
import { boundedQueue } from '../../lib/bounded-queue.js';

/** The widths an upload is stored at: a phone's product card, a desktop's card or a phone's page, a desktop's page. */
export const IMAGE_WIDTHS = [320, 640, 1280] as const;

export type ImageFile = { width: number; contentType: string; data: Buffer; etag: string };
/** An image ready to store: its size (of the largest file) and its files, smallest first. */
export type PreparedImage = { width: number; height: number; files: ImageFile[] };

/** The signatures of the three formats a seller may upload; anything else never reaches a decoder. */
const signatures = [
  { type: 'jpeg', matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'webp', matches: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
] as const;

const notAnImage = () => new AppError('UNSUPPORTED_MEDIA_TYPE', 'Upload a JPEG, PNG or WebP image');
const unreadable = () => fieldError('file', 'The image could not be read; it may be damaged');

export const etagOf = (data: Buffer): string => createHash('sha256').update(data).digest('base64url').slice(0, 32);

/**
 * Checks an upload and makes the files to store: the format is recognised by its bytes; the pixel
 * count is read from the header and a bitmap larger than the limit is refused before it is
 * decoded (a decompression bomb); the picture is turned upright by its EXIF orientation and
 * re-encoded as WebP at each width up to its own, which drops every piece of metadata (EXIF, GPS,
 * XMP, comments) and whatever bytes trailed the picture.
 */
async function prepare(bytes: Buffer): Promise<PreparedImage> {
  const format = signatures.find((s) => s.matches(bytes))?.type;
  if (!format) throw notAnImage();
  // The header only: sharp's own pixel limit must not answer first, or a bomb would read as damaged.
  const metadata = await sharp(bytes, { limitInputPixels: false }).metadata().catch(() => {
    throw unreadable();
  });
  if (metadata.format !== format) throw notAnImage();
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw unreadable();
  if (width * height * (metadata.pages ?? 1) > IMAGE_PIXELS_MAX) {
    throw new AppError('PAYLOAD_TOO_LARGE', `The image has more than ${IMAGE_PIXELS_MAX / 1_000_000} million pixels`);
  }

  const largest = Math.min(width, Math.max(...IMAGE_WIDTHS));
  const widths = [...IMAGE_WIDTHS.filter((w) => w < largest), largest];
  // `limitInputPixels` holds the limit again inside the decoder; `failOn: 'error'` refuses a damaged file instead of guessing.
  const source = sharp(bytes, { limitInputPixels: IMAGE_PIXELS_MAX, failOn: 'error' }).autoOrient();
  try {
    const files = await Promise.all(
      widths.map(async (w) => {
        const data = await source.clone().resize({ width: w }).webp({ quality: 80 }).toBuffer();
        return { width: w, contentType: 'image/webp', data, etag: etagOf(data) };
      }),
    );
    return { width: largest, height: Math.round((height * largest) / width), files };
  } catch {
    throw unreadable();
  }
}

export type ImageProcessor = (bytes: Buffer) => Promise<PreparedImage>;

/**
 * One upload is resized at a time on one libvips thread, so uploads never take both cores from
 * the requests around them; a few more may wait, and beyond that the uploader is asked to retry.
 */
export function createImageProcessor(options: { maxQueued?: number } = {}): ImageProcessor {
  sharp.concurrency(1);
  // Every upload is new: libvips' operation cache would only hold memory.
  sharp.cache(false);
  const queued = boundedQueue({ concurrency: 1, maxQueued: options.maxQueued ?? 8 });
  return (bytes) => queued(() => prepare(bytes));
}
