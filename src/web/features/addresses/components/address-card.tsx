import { useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { countryLabel } from '../countries';
import { displayPhone } from '../../../lib/format-phone';
import type { Address } from '../types';

/** What the card is called: its label, else the recipient. */
export const addressName = (address: Address): string => address.label ?? address.recipientName;

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
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const name = addressName(address);
  const region = [address.city, address.state, address.postalCode].filter(Boolean).join(', ');

  return (
    <article className={`address-card${address.isDefault ? ' address-card--default' : ''}`} aria-labelledby={headingId}>
      <div className="address-card__header">
        <h3 id={headingId} className="address-card__name break-anywhere">
          {name}
        </h3>
        {address.isDefault && <span className="tag tag--accent">Default</span>}
      </div>
      <address className="address-card__lines break-anywhere">
        {address.label && <span>{address.recipientName}</span>}
        <span>{address.line1}</span>
        {address.line2 && <span>{address.line2}</span>}
        <span>{region}</span>
        <span>{countryLabel(address.country)}</span>
        <span className="muted">{displayPhone(address.phone)}</span>
      </address>
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
          <Button
            ref={deleteRef}
            variant="secondary"
            onClick={() => {
              setConfirming(true);
              requestAnimationFrame(() => confirmRef.current?.focus());
            }}
          >
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
            <Button ref={confirmRef} className="button--danger" aria-disabled={busy || undefined} onClick={() => !busy && onDelete(address)}>
              {pending === 'delete' ? 'Deleting…' : 'Yes, delete'}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => deleteRef.current?.focus());
              }}
            >
              Cancel
            </Button>
          </div>
        </div>
      )}
    </article>
  );
}
