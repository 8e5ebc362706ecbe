import { useState } from 'react';
import type { ProductImage as ProductImageData } from '../../../../contracts/catalog';
import { ImageIcon } from '../../../components/ui/icons';

type ProductImageProps = {
  image: ProductImageData | null;
  /** Empty when the image only repeats text next to it (a card's product name). */
  alt: string;
  /** How wide the image is drawn at each viewport width, so the browser fetches the width it needs. */
  sizes: string;
  eager?: boolean;
};

/** A product photo in a square frame, or a neutral placeholder when there is none or it fails to load. */
export function ProductImage({ image, alt, sizes, eager = false }: ProductImageProps) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);

  if (!image || failedUrl === image.url) {
    return (
      <div
        className="product-image product-image--empty"
        {...(alt ? { role: 'img', 'aria-label': `${alt} (no photo yet)` } : { 'aria-hidden': true })}
      >
        <ImageIcon />
      </div>
    );
  }

  // width and height give the box its shape before the bytes arrive: no layout shift.
  return (
    <img
      className="product-image"
      src={image.url}
      srcSet={image.srcset}
      sizes={sizes}
      alt={alt}
      width={image.width}
      height={image.height}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      decoding="async"
      onError={() => setFailedUrl(image.url)}
    />
  );
}
