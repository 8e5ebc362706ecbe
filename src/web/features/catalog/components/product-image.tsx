import { useState } from 'react';
import { ImageIcon } from '../../../components/ui/icons';

type ProductImageProps = {
  src: string | null;
  /** Empty when the image only repeats text next to it (a card's product name). */
  alt: string;
  eager?: boolean;
};

/** A square product photo, or a neutral placeholder when there is none or it fails to load. */
export function ProductImage({ src, alt, eager = false }: ProductImageProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);

  if (!src || failedSrc === src) {
    return (
      <div
        className="product-image product-image--empty"
        {...(alt ? { role: 'img', 'aria-label': `${alt} (no photo yet)` } : { 'aria-hidden': true })}
      >
        <ImageIcon />
      </div>
    );
  }

  return (
    <img
      className="product-image"
      src={src}
      alt={alt}
      width={600}
      height={600}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      onError={() => setFailedSrc(src)}
    />
  );
}
