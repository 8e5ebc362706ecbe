import { Link } from '@tanstack/react-router';
import { Button } from '../../../components/ui/button';
import { Spinner } from '../../../components/ui/spinner';
import { useCategories } from '../api/get-categories';

/** The top-level categories as a row of links into search. */
export function CategoryChips() {
  const { data: categories, error, isPending, refetch } = useCategories();

  if (isPending) {
    return (
      <p className="chips-state" role="status">
        <Spinner /> Loading categories…
      </p>
    );
  }
  if (error) {
    return (
      <div className="chips-state" role="alert">
        Categories could not be loaded: {error.message}{' '}
        <Button variant="secondary" onClick={() => void refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  if (categories.length === 0) {
    return <p className="chips-state">No categories yet.</p>;
  }

  return (
    <ul className="chips">
      <li>
        <Link to="/search" className="chip">
          All products
        </Link>
      </li>
      {categories.map((category) => (
        <li key={category.id}>
          <Link to="/search" search={{ category: category.slug }} className="chip">
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
