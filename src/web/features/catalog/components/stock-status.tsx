// The API does not expose each variant's lowStockThreshold to shoppers; a few left is worth saying.
const FEW_LEFT = 5;

export function StockStatus({ stock }: { stock: number }) {
  if (stock <= 0) return <p className="stock stock--out">Out of stock</p>;
  if (stock <= FEW_LEFT) return <p className="stock stock--low">Only {stock} left</p>;
  return <p className="stock stock--in">In stock</p>;
}
