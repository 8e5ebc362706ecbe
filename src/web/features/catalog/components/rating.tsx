import type { ProductSummary } from '../../../../contracts/catalog';

export function Rating({ rating }: { rating: ProductSummary['rating'] }) {
  if (rating.average === null || rating.count === 0) {
    return <span className="rating rating--none">No reviews yet</span>;
  }
  const average = rating.average.toFixed(1);
  const reviews = `${rating.count} ${rating.count === 1 ? 'review' : 'reviews'}`;
  return (
    <span className="rating">
      <span aria-hidden="true">
        <span className="rating__star">★</span> {average} ({rating.count})
      </span>
      <span className="visually-hidden">
        Rated {average} out of 5, {reviews}
      </span>
    </span>
  );
}
