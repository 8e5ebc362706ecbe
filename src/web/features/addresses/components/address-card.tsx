import { useId } from 'react';
import { Button } from '../../../components/ui/button';
import { useConfirmation } from '../../../lib/use-confirmation';
import { addressName } from '../format-address';
import type { Address } from '../types';
import { PostalAddress } from './postal-address';

/** The id of a card's Edit button, so focus can return to it when its form closes. */
export const editButtonId = (address: Address): string => `address-${address.id}-edit`;

type AddressCardProps = {
  address: Address;
  /** What is being done to it right now, if anything. */
  pending?: 'default' | 'delete';
  onSetDefault: (address: Address) => void;
  onEdit: (address: Address) => void;
  onDelete: (address: Address) => void;
};

/** One saved address with its actions; deleting asks first. */
export function AddressCard({ address, pending, onSetDefault, onEdit, onDelete }: AddressCardProps) {
  const busy = pending !== undefined;
  const headingId = useId();
  const { confirming, ask, cancel, startRef, firstRef } = useConfirmation();
  const name = addressName(address);

  return (
    <article className={`address-card${address.isDefault ? ' address-card--default' : ''}`} aria-labelledby={headingId}>
      <div className="address-card__header">
        <h3 id={headingId} className="address-card__name break-anywhere">
          {name}
        </h3>
        {address.isDefault && <span className="tag tag--accent">Default</span>}
      </div>
      <PostalAddress address={address} />
      {!confirming ? (
        <div className="actions">
          {!address.isDefault && (
            <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => !busy && onSetDefault(address)}>
              {pending === 'default' ? 'Setting as default…' : 'Set as default'}
              <span className="visually-hidden">: {name}</span>
            </Button>
          )}
          <Button id={editButtonId(address)} variant="secondary" onClick={() => onEdit(address)}>
            Edit<span className="visually-hidden"> {name}</span>
          </Button>
          <Button ref={startRef} variant="secondary" onClick={ask}>
            Delete<span className="visually-hidden"> {name}</span>
          </Button>
        </div>
      ) : (
        <div className="confirm" role="group" aria-label={`Confirm deleting ${name}`}>
          <p>
            Delete this address?
            {address.isDefault && ' It is your default address: you will be asked to choose another.'}
          </p>
          <div className="actions">
            <Button ref={firstRef} className="button--danger" aria-disabled={busy || undefined} onClick={() => !busy && onDelete(address)}>
              {pending === 'delete' ? 'Deleting…' : 'Yes, delete'}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </article>
  );
}
