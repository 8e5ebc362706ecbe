import { Link } from '@tanstack/react-router';
import { Button } from '../../../components/ui/button';
import { useCategories } from '../api/get-categories';

const SKELETON_TILES = 10;

/** The top categories as tiles into their pages, each naming a few of its sub-categories. */
export function CategoryTiles() {
  const { data: categories, error, isPending, refetch } = useCategories();

  if (isPending) {
    // Tiles of the real ones' size, so the shelves below stay where they will be.
    return (
      <div role="status">
        <span className="visually-hidden">Loading categories…</span>
        <ul className="category-tiles category-tiles--skeleton" aria-hidden="true">
          {Array.from({ length: SKELETON_TILES }, (_, index) => (
            <li key={index}>
              <div className="category-tile category-tile--skeleton" />
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (error) {
    return (
      <div className="tiles-state" role="alert">
        Categories could not be loaded: {error.message}{' '}
        <Button variant="secondary" onClick={() => void refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  if (categories.length === 0) return <p className="tiles-state">No categories yet.</p>;

  return (
    <ul className="category-tiles">
      {categories.map((category, index) => (
        <li key={category.id}>
          {/* Eight soft colours in turn, so neighbouring tiles differ. */}
          <Link to="/search" search={{ category: category.slug }} className={`category-tile category-tile--${index % 8}`}>
            <span className="category-tile__name">{category.name}</span>
            {category.children.length > 0 && (
              <span className="category-tile__children">{category.children.map((child) => child.name).join(' · ')}</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
