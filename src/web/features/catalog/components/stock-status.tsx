// The API does not expose each variant's lowStockThreshold to shoppers; a few left is worth saying.
const FEW_LEFT = 5;

function stockText(stock: number): { tone: 'in' | 'low' | 'out'; text: string } {
  if (stock <= 0) return { tone: 'out', text: 'Sold out' };
  if (stock <= FEW_LEFT) return { tone: 'low', text: `Only ${stock} left` };
  return { tone: 'in', text: `In stock (${stock} available)` };
}

/** Read out when another variant is chosen: the paragraph stays, its words change. */
export function StockStatus({ stock }: { stock: number }) {
  const { tone, text } = stockText(stock);
  return (
    <p className={`stock stock--${tone}`} aria-live="polite">
      {text}
    </p>
  );
}
