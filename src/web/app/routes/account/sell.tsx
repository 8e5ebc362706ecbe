export function AccountSellPage() {
  return <h1>Sell on shoppingMall</h1>;
}
