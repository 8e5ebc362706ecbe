import { useId, useRef, useState } from 'react';
import type { CategoryNode } from '../../../../contracts/catalog';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { genericMessage, hasCode } from '../../../lib/api-errors';
import { focusOnMount } from '../../../lib/focus-on-mount';
import { useConfirmation } from '../../../lib/use-confirmation';
import { flattenCategories } from '../../catalog/categories';
import { useDeleteCategory } from '../api/delete-category';
import { quoted } from '../category-values';
import { CategoryForm, type CategoryOutcome } from './category-form';

/** What is open: a new category's form (at the top, or under a category), or a category's edit form. */
type Open = { mode: 'add'; under: string | null } | { mode: 'edit'; id: string };

const ADD_TOP_ID = 'categories-add';
/** The ids of a row's buttons, so the focus can go back to the one that opened a form. */
const buttonId = (categoryId: string, action: 'edit' | 'add') => `category-${categoryId}-${action}`;
const openerOf = (open: Open) => (open.mode === 'edit' ? buttonId(open.id, 'edit') : open.under ? buttonId(open.under, 'add') : ADD_TOP_ID);

type TreeControls = {
  tree: CategoryNode[];
  open: Open | null;
  start: (open: Open) => void;
  close: (outcome: CategoryOutcome | null) => void;
  announce: (outcome: CategoryOutcome) => void;
};

type RowProps = { category: CategoryNode; controls: TreeControls };

/** A category's name and slug, its actions, and the question before deleting it. */
function CategoryRow({ category, controls }: RowProps) {
  const deletion = useDeleteCategory();
  const { confirming, ask, cancel, startRef, firstRef } = useConfirmation();
  const name = quoted(category.name);

  async function remove() {
    if (deletion.isPending) return;
    try {
      await deletion.mutateAsync(category.id);
    } catch (error) {
      // Any other refusal stays in the question, which is still on screen.
      if (hasCode(error, 'NOT_FOUND')) controls.announce({ tone: 'info', text: `${name} had already been deleted.` });
      return;
    }
    // Its row has left the refreshed tree by now: the outcome above it takes the focus.
    controls.announce({ tone: 'success', text: `${name} was deleted.` });
  }

  // A refusal (409: sub-categories or products under it) is said here, where it was asked.
  const refusal = deletion.error && !hasCode(deletion.error, 'NOT_FOUND') ? genericMessage(deletion.error) : null;

  return (
    <div className="category-row">
      <div className="category-row__text">
        <span className="category-row__name">{category.name}</span>
        <span className="category-row__slug">{category.slug}</span>
      </div>
      {!confirming ? (
        <div className="category-row__actions">
          <Button id={buttonId(category.id, 'edit')} variant="secondary" onClick={() => controls.start({ mode: 'edit', id: category.id })}>
            Edit<span className="visually-hidden"> {category.name}</span>
          </Button>
          <Button id={buttonId(category.id, 'add')} variant="secondary" onClick={() => controls.start({ mode: 'add', under: category.id })}>
            Add sub-category<span className="visually-hidden"> to {category.name}</span>
          </Button>
          <Button
            ref={startRef}
            variant="secondary"
            onClick={() => {
              deletion.reset();
              ask();
            }}
          >
            Delete<span className="visually-hidden"> {category.name}</span>
          </Button>
        </div>
      ) : (
        <div className="confirm category-row__confirm" role="group" aria-label={`Confirm deleting ${category.name}`}>
          <p>
            Delete <strong className="break-anywhere">{name}</strong>? This cannot be undone. Only an empty category can
            go: one with sub-categories or products is kept.
          </p>
          {refusal && (
            <Alert tone="error" title="Not deleted">
              <p>{refusal}</p>
            </Alert>
          )}
          <div className="actions">
            <Button ref={firstRef} className="button--danger" aria-disabled={deletion.isPending || undefined} onClick={() => void remove()}>
              {deletion.isPending ? 'Deleting…' : 'Yes, delete'}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {refusal ? 'Close' : 'Cancel'}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}

function CategoryItem({ category, controls }: RowProps) {
  const { open, tree } = controls;
  const editing = open?.mode === 'edit' && open.id === category.id;
  const addingHere = open?.mode === 'add' && open.under === category.id;

  return (
    <li className="category-tree__item">
      {editing ? (
        <div className="category-tree__editor">
          <CategoryForm tree={tree} category={category} heading="h3" onDone={controls.close} onCancel={() => controls.close(null)} />
        </div>
      ) : (
        <CategoryRow category={category} controls={controls} />
      )}
      {addingHere && (
        <div className="category-tree__editor">
          <CategoryForm tree={tree} parentId={category.id} heading="h3" onDone={controls.close} onCancel={() => controls.close(null)} />
        </div>
      )}
      {category.children.length > 0 && (
        <ul className="category-tree__children">
          {category.children.map((child) => (
            <CategoryItem key={child.id} category={child} controls={controls} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The category tree, indented, with every change made in place: add, rename, re-slug, move, delete. */
export function CategoryTree({ tree }: { tree: CategoryNode[] }) {
  const headingId = useId();
  const [open, setOpen] = useState<Open | null>(null);
  // Numbered, so that each outcome is a new alert that takes the focus, even in the same words.
  const [outcome, setOutcome] = useState<(CategoryOutcome & { id: number }) | null>(null);
  const outcomes = useRef(0);
  const total = flattenCategories(tree).length;

  function announce(next: CategoryOutcome) {
    outcomes.current += 1;
    setOutcome({ ...next, id: outcomes.current });
  }

  const controls: TreeControls = {
    tree,
    open,
    start(next) {
      setOutcome(null);
      setOpen(next);
    },
    close(result) {
      const opener = open && openerOf(open);
      setOpen(null);
      if (result) announce(result);
      // Closed unchanged: back to the button that opened it. Otherwise the outcome takes the focus.
      else requestAnimationFrame(() => opener && document.getElementById(opener)?.focus());
    },
    announce,
  };

  const addTop = (
    <Button id={ADD_TOP_ID} onClick={() => controls.start({ mode: 'add', under: null })}>
      Add top category
    </Button>
  );

  return (
    <>
      {outcome && (
        // A new outcome is a new alert: it takes the focus and is read out.
        <Alert key={outcome.id} ref={focusOnMount} tone={outcome.tone}>
          <p className="break-anywhere">{outcome.text}</p>
        </Alert>
      )}
      {open?.mode === 'add' && open.under === null && (
        <div className="panel">
          <CategoryForm tree={tree} heading="h2" onDone={controls.close} onCancel={() => controls.close(null)} />
        </div>
      )}
      <section className="panel" aria-labelledby={headingId}>
        <div className="admin-panel-heading">
          <div className="panel__header">
            <h2 id={headingId}>All categories</h2>
            <p className="muted">
              {total === 1 ? '1 category' : `${total} categories`}, {tree.length} at the top
            </p>
          </div>
          {total > 0 && !(open?.mode === 'add' && open.under === null) && addTop}
        </div>
        {total === 0 ? (
          open?.mode === 'add' ? null : (
            <EmptyState title="No categories yet" action={addTop}>
              Sellers file every product under a category, and shoppers browse by them: add the first one.
            </EmptyState>
          )
        ) : (
          <ul className="category-tree" aria-labelledby={headingId}>
            {tree.map((category) => (
              <CategoryItem key={category.id} category={category} controls={controls} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
