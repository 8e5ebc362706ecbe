import { useState } from 'react';
import type { ProductDetail } from '../../../../contracts/catalog';
import { ProductImage } from './product-image';

type ProductGalleryProps = { images: ProductDetail['images']; productName: string };

// Half of the 1200 px container beside the details from 768 px; the whole width on a phone.
const MAIN_SIZES = '(min-width: 1200px) 560px, (min-width: 768px) 50vw, 100vw';
const THUMB_SIZES = '64px';

export function ProductGallery({ images, productName }: ProductGalleryProps) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0] ?? null;

  return (
    <div className="gallery">
      <ProductImage image={current} alt={current?.alt || productName} sizes={MAIN_SIZES} eager />
      {images.length > 1 && (
        <ul className="gallery__thumbs" aria-label="Photos">
          {images.map((image, i) => (
            <li key={image.id}>
              <button
                type="button"
                className="gallery__thumb"
                aria-label={`Show photo ${i + 1} of ${images.length}`}
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                <ProductImage image={image} alt="" sizes={THUMB_SIZES} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
