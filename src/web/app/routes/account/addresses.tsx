export function AccountAddressesPage() {
  return <h1>Addresses</h1>;
}
