import { useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { CrossIcon } from '../../../components/ui/icons';

type FiltersDrawerProps = {
  /** How many filters are on, for the button's label. */
  activeCount: number;
  /** The closing button's text: "Show 24 products". */
  showLabel: string;
  children: ReactNode;
};

/**
 * The filters on a phone: a modal <dialog>, so the browser keeps the focus inside it, closes it on
 * Escape and gives the focus back to the "Filters" button.
 */
export function FiltersDrawer({ activeCount, showLabel, children }: FiltersDrawerProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const close = () => dialog.current?.close();

  return (
    <>
      <Button variant="secondary" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        Filters{activeCount > 0 && <span className="filters-count"> ({activeCount})</span>}
      </Button>
      <dialog
        ref={dialog}
        className="filters-drawer"
        aria-labelledby={headingId}
        // A click on the backdrop lands on the dialog itself, outside its panel.
        onClick={(event) => event.target === event.currentTarget && close()}
      >
        <div className="filters-drawer__panel">
          <div className="filters-drawer__header">
            <h2 id={headingId}>Filters</h2>
            <button type="button" className="icon-button" onClick={close}>
              <CrossIcon />
              <span className="visually-hidden">Close filters</span>
            </button>
          </div>
          <div className="filters-drawer__body">{children}</div>
          <div className="filters-drawer__footer">
            <Button onClick={close}>{showLabel}</Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
