import { useId, useRef, useState } from 'react';
import { MAX_ADDRESSES } from '../../../../contracts/address-rules';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/spinner';
import { genericMessage, hasCode } from '../../../lib/api-errors';
import { displayPhone } from '../../../lib/format-phone';
import { useCurrentUser } from '../../auth/api/get-me';
import { useCreateAddress } from '../api/create-address';
import { useDeleteAddress } from '../api/delete-address';
import { useAddresses } from '../api/get-addresses';
import { useSetDefaultAddress } from '../api/set-default-address';
import { useUpdateAddress } from '../api/update-address';
import { browserCountry } from '../countries';
import type { Address } from '../types';
import { addressName } from '../format-address';
import { emptyAddress, toBody, toPatch, valuesOf, type AddressValues } from '../validation';
import { AddressCard, editButtonId } from './address-card';
import { AddressForm, type Contact } from './address-form';

type Outcome = { tone: 'success' | 'error'; text: string };

const GONE = 'This address no longer exists: it may have been deleted in another window.';

/** The user's saved addresses: add, edit, delete, and choose the default one. */
export function AddressBook() {
  const addresses = useAddresses();
  const user = useCurrentUser().data;
  // Most parcels are for the account holder: a new address starts with their name and phone.
  const ownContact: Contact | undefined = user && { recipientName: user.fullName, phone: displayPhone(user.phone) };
  const createAddress = useCreateAddress();
  const updateAddress = useUpdateAddress();
  const deleteAddress = useDeleteAddress();
  const setDefault = useSetDefaultAddress();
  const headingId = useId();
  const newHeadingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const [adding, setAdding] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  /** The outcome replaces what the user was working in, so focus goes to the list's heading above it. */
  function announce(next: Outcome) {
    setOutcome(next);
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function startAdding() {
    setOutcome(null);
    setEditingId(null);
    setAdding(true);
  }

  function stopAdding() {
    setAdding(false);
    requestAnimationFrame(() => addButtonRef.current?.focus());
  }

  async function add(values: AddressValues) {
    const saved = await createAddress.mutateAsync(toBody(values));
    setAdding(false);
    announce({ tone: 'success', text: saved.isDefault ? 'Address added. It is your default address.' : 'Address added.' });
  }

  function startEditing(address: Address) {
    setOutcome(null);
    setAdding(false);
    setEditingId(address.id);
  }

  function stopEditing(address: Address) {
    setEditingId(null);
    requestAnimationFrame(() => document.getElementById(editButtonId(address))?.focus());
  }

  async function save(address: Address, values: AddressValues) {
    const patch = toPatch(valuesOf(address), values);
    if (Object.keys(patch).length === 0) {
      stopEditing(address);
      return;
    }
    try {
      const saved = await updateAddress.mutateAsync({ id: address.id, patch });
      announce({ tone: 'success', text: `${addressName(saved)} was updated.` });
    } catch (error) {
      // Its card leaves the list as it refreshes, and the form with it: say why above the list.
      if (!hasCode(error, 'NOT_FOUND')) throw error;
      announce({ tone: 'error', text: GONE });
    }
    setEditingId(null);
  }

  function makeDefault(address: Address) {
    setOutcome(null);
    setDefault.mutate(address.id, {
      onSuccess: () => announce({ tone: 'success', text: `${addressName(address)} is now your default address.` }),
      onError: (error) => announce({ tone: 'error', text: hasCode(error, 'NOT_FOUND') ? GONE : genericMessage(error) }),
    });
  }

  function remove(address: Address) {
    setOutcome(null);
    deleteAddress.mutate(address.id, {
      onSuccess: () => announce({ tone: 'success', text: `${addressName(address)} was deleted.` }),
      onError: (error) =>
        announce(
          hasCode(error, 'NOT_FOUND')
            ? { tone: 'success', text: `${addressName(address)} had already been deleted.` }
            : { tone: 'error', text: genericMessage(error) },
        ),
    });
  }

  const pendingOf = (address: Address) =>
    deleteAddress.isPending && deleteAddress.variables === address.id
      ? 'delete'
      : setDefault.isPending && setDefault.variables === address.id
        ? 'default'
        : undefined;

  const list = addresses.data;
  const full = (list?.length ?? 0) >= MAX_ADDRESSES;
  const addButton = (
    <Button ref={addButtonRef} onClick={startAdding}>
      Add address
    </Button>
  );

  let content;
  if (addresses.isPending) content = <LoadingState label="Loading your addresses…" />;
  else if (addresses.error) {
    content = <ErrorState title="Could not load your addresses" error={addresses.error} onRetry={() => void addresses.refetch()} />;
  } else if (addresses.data.length === 0) {
    content = adding ? null : (
      <EmptyState title="No addresses yet" action={addButton}>
        Save where you would like your orders delivered, and checking out takes a moment.
      </EmptyState>
    );
  } else {
    content = (
      <ul className="address-list" aria-labelledby={headingId}>
        {addresses.data.map((address) => (
          <li key={address.id}>
            {editingId === address.id ? (
              <div className="address-card address-card--editing" role="group" aria-label={`Edit ${addressName(address)}`}>
                <h3 className="address-card__name">Edit {addressName(address)}</h3>
                <AddressForm
                  initialValues={valuesOf(address)}
                  ownContact={ownContact}
                  submitLabel="Save changes"
                  pendingLabel="Saving…"
                  onSubmit={(values) => save(address, values)}
                  onCancel={() => stopEditing(address)}
                />
              </div>
            ) : (
              <AddressCard
                address={address}
                pending={pendingOf(address)}
                onSetDefault={makeDefault}
                onEdit={startEditing}
                onDelete={remove}
              />
            )}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="address-book__header">
        <div className="panel__header">
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            Saved addresses
          </h2>
          {list && (
            <p className="muted">
              {list.length} of {MAX_ADDRESSES}
            </p>
          )}
        </div>
        {list && list.length > 0 && !adding && !full && addButton}
      </div>
      {outcome && (
        <Alert tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Alert>
      )}
      {list && list.length > 0 && !list.some((address) => address.isDefault) && (
        <Alert tone="warning" title="Choose a default address">
          <p>You have no default address, so checkout cannot suggest one. Pick the one you use most with “Set as default”.</p>
        </Alert>
      )}
      {full && <p className="muted">You have {MAX_ADDRESSES} addresses, the most you can keep. Delete one you no longer use to add another.</p>}
      {adding && (
        <div className="address-book__new" role="group" aria-labelledby={newHeadingId}>
          <h3 id={newHeadingId}>New address</h3>
          <AddressForm
            initialValues={{ ...emptyAddress(browserCountry()), ...ownContact }}
            ownContact={ownContact}
            submitLabel="Save address"
            pendingLabel="Saving…"
            onSubmit={add}
            onCancel={stopAdding}
          />
        </div>
      )}
      {content}
    </section>
  );
}
