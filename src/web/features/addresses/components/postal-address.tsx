import { displayPhone } from '../../../lib/format-phone';
import { addressLines } from '../format-address';
import type { Address } from '../types';

/** An address and its phone, written the same wherever it is shown: the account and the admin console. */
export function PostalAddress({ address }: { address: Address }) {
  return (
    <address className="postal-address break-anywhere">
      {addressLines(address).map((line, index) => (
        <span key={index}>{line}</span>
      ))}
      <span className="muted">{displayPhone(address.phone)}</span>
    </address>
  );
}
