import { useEffect } from 'react';
import { CATEGORY_NAME_MAX, SLUG_MAX } from '../../../../contracts/catalog-rules';
import type { CategoryNode } from '../../../../contracts/catalog';
import { FormErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/form-field';
import { hasCode } from '../../../lib/api-errors';
import { useForm } from '../../../lib/use-form';
import { findCategory, flattenCategories, optionLabel, subtreeIds } from '../../catalog/categories';
import { useCreateCategory } from '../api/create-category';
import { useUpdateCategory } from '../api/update-category';
import {
  CATEGORY_FIELDS,
  categoryProblems,
  categoryValues,
  conflictFieldOf,
  createBodyOf,
  quoted,
  slugOf,
  updatePatchOf,
  type CategoryValues,
} from '../category-values';

/** How a form ended: what to announce, or nothing (closed unchanged). */
export type CategoryOutcome = { tone: 'success' | 'info'; text: string };

type CategoryFormProps = {
  tree: CategoryNode[];
  /** The category edited; a new one is added when left out. */
  category?: CategoryNode;
  /** Where a new category starts: under this one, or at the top when empty. */
  parentId?: string;
  /** `h2` above the tree, `h3` inside it. */
  heading: 'h2' | 'h3';
  onDone: (outcome: CategoryOutcome | null) => void;
  onCancel: () => void;
};

/** Adds a category or edits one: its name, its slug (previewed from the name), and where it sits. */
export function CategoryForm({ tree, category, parentId = '', heading: Heading, onDone, onCancel }: CategoryFormProps) {
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const form = useForm<CategoryValues>({
    initialValues: () => categoryValues(category, parentId),
    validate: categoryProblems,
    fieldOrder: () => CATEGORY_FIELDS,
    // A 409 names no field: it goes to the one the request could have been refused for.
    interpretError: (error, sent) => {
      if (!hasCode(error, 'CONFLICT')) return undefined;
      const field = conflictFieldOf(category, sent);
      if (!field) return undefined;
      // A slug left empty was made from the name: say which one was taken.
      const made = field === 'slug' && !sent.slug.trim() ? ` (${quoted(slugOf(sent))}, made from the name): type another one` : '';
      return { [field]: `${error.message}${made}` };
    },
  });
  const { values } = form;
  const nameId = form.inputId('name');

  // Opened by Add or Edit: the keyboard goes straight to the name.
  useEffect(() => {
    document.getElementById(nameId)?.focus();
  }, [nameId]);

  const parent = values.parentId ? findCategory(tree, values.parentId) : undefined;
  const where = parent ? `under ${quoted(parent.name)}` : 'as a top category';
  const title = category ? `Edit ${quoted(category.name)}` : parent ? `New category under ${quoted(parent.name)}` : 'New top category';

  // Not offered: the category itself and everything under it. Still listed (and disabled) when
  // chosen already, so a choice the tree's refresh made impossible does not read as another one.
  const excluded = category ? subtreeIds(category) : new Set<string>();
  const parents = flattenCategories(tree).filter((line) => !excluded.has(line.category.id) || line.category.id === values.parentId);

  async function send(sent: CategoryValues) {
    if (!category) {
      const created = await create.mutateAsync(createBodyOf(sent));
      onDone({ tone: 'success', text: `${quoted(created.name)} was added ${where}.` });
      return;
    }
    const patch = updatePatchOf(category, sent);
    if (Object.keys(patch).length === 0) {
      onDone(null);
      return;
    }
    try {
      const saved = await update.mutateAsync({ id: category.id, patch });
      const moved = patch.parentId !== undefined ? `, now ${where}` : '';
      onDone({ tone: 'success', text: `${quoted(saved.name)} was saved${moved}.` });
    } catch (error) {
      if (!hasCode(error, 'NOT_FOUND')) throw error;
      // Its row leaves the tree as it refreshes, and the form with it: say why above the tree.
      onDone({ tone: 'info', text: `${quoted(category.name)} no longer exists: another admin may have deleted it.` });
    }
  }

  const slugPreview = slugOf({ ...values, slug: '' });
  const slugHint = [
    'Part of its web address: lower-case letters and digits joined by hyphens.',
    category && 'Changing it breaks links to the old address.',
    slugPreview ? `Leave it empty to use ${quoted(slugPreview)}.` : 'Leave it empty to make it from the name.',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <form className="form category-form" noValidate onSubmit={form.handleSubmit(send)} aria-label={title}>
      <Heading className="category-form__title break-anywhere">{title}</Heading>
      <TextField {...form.field('name')} label="Name" autoComplete="off" maxLength={CATEGORY_NAME_MAX} />
      <TextField
        {...form.field('slug')}
        label="Slug"
        hint={slugHint}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={SLUG_MAX}
      />
      <SelectField
        {...form.field('parentId')}
        label="Parent category"
        hint={category ? 'Its sub-categories move with it. It cannot go under itself or one of them, so they are not offered.' : undefined}
      >
        <option value="">None: a top category</option>
        {parents.map((line) => (
          <option key={line.category.id} value={line.category.id} disabled={excluded.has(line.category.id)}>
            {optionLabel(line)}
          </option>
        ))}
      </SelectField>
      <FormErrorAlert message={form.formError} />
      <div className="actions">
        <Button type="submit" aria-disabled={form.pending || undefined}>
          {form.pending ? 'Saving…' : category ? 'Save changes' : 'Add category'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
