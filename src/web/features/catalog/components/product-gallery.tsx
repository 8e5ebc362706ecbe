import { useState } from 'react';
import type { ProductDetail } from '../../../../contracts/catalog';
import { ProductImage } from './product-image';

type ProductGalleryProps = { images: ProductDetail['images']; productName: string };

export function ProductGallery({ images, productName }: ProductGalleryProps) {
  const [index, setIndex] = useState(0);
  const current = images[index] ?? images[0];

  return (
    <div className="gallery">
      <ProductImage src={current?.url ?? null} alt={current?.alt || productName} eager />
      {images.length > 1 && (
        <ul className="gallery__thumbs">
          {images.map((image, i) => (
            <li key={image.id}>
              <button
                type="button"
                className="gallery__thumb"
                aria-label={`Show image ${i + 1} of ${images.length}`}
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                <ProductImage src={image.url} alt="" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
