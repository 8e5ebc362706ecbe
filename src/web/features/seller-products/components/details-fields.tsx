import { PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX } from '../../../../contracts/catalog-rules';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/form-field';
import type { Form } from '../../../lib/use-form';
import { useCategories } from '../../catalog/api/get-categories';
import { flattenCategories, optionLabel } from '../../catalog/categories';
import { STATUS_HINTS, STATUS_LABELS, type ProductStatus } from '../labels';
import type { DetailsValues } from '../product-values';

type DetailsFieldsProps = {
  field: (name: keyof DetailsValues) => ReturnType<Form<DetailsValues>['field']>;
  /** A new product cannot start archived. */
  statuses: readonly ProductStatus[];
  status: ProductStatus;
};

/** The product's name, description, category and status: shared by the new-product and edit forms. */
export function DetailsFields({ field, statuses, status }: DetailsFieldsProps) {
  const categories = useCategories();
  const lines = categories.data ? flattenCategories(categories.data) : [];
  const categoryHint = categories.error ? `The categories could not be loaded: ${categories.error.message}` : 'Where shoppers find it when they browse.';

  return (
    <>
      <TextField {...field('name')} label="Name" autoComplete="off" maxLength={PRODUCT_NAME_MAX} />
      <TextAreaField {...field('description')} label="Description" hint="What it is, what it is made of, how it fits." rows={5} maxLength={PRODUCT_DESCRIPTION_MAX} />
      <div className="product-form__pair">
        <SelectField {...field('categoryId')} label="Category" hint={categoryHint}>
          <option value="">{categories.isPending ? 'Loading the categories…' : 'Choose a category'}</option>
          {lines.map((line) => (
            <option key={line.category.id} value={line.category.id}>
              {optionLabel(line)}
            </option>
          ))}
        </SelectField>
        <SelectField {...field('status')} label="Status" hint={STATUS_HINTS[status]}>
          {statuses.map((option) => (
            <option key={option} value={option}>
              {STATUS_LABELS[option]}
            </option>
          ))}
        </SelectField>
      </div>
    </>
  );
}
