import { useRef, useState, type DragEvent } from 'react';
import { updateImageBody, type ProductImage, type SellerProductDetail } from '../../../../contracts/catalog';
import { IMAGE_ALT_MAX, IMAGE_BYTES_MAX, IMAGE_TYPES, IMAGES_MAX } from '../../../../contracts/catalog-rules';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/form-field';
import { ImageIcon } from '../../../components/ui/icons';
import { genericMessage } from '../../../lib/api-errors';
import { useForm } from '../../../lib/use-form';
import { useDeleteImage } from '../api/delete-image';
import { useInvalidateProducts } from '../api/invalidate-products';
import { useUpdateImage } from '../api/update-image';
import { uploadImage } from '../api/upload-image';
import { schemaProblems } from '../product-values';
import { ConfirmAction } from './confirm-action';

type Upload = { id: number; name: string; progress: number; error?: string };

const MEGABYTES = IMAGE_BYTES_MAX / 1024 / 1024;
let lastUploadId = 0;

/** Why a file is not even sent: the server would refuse it the same way (415, 413, 409). */
function refusalOf(file: File, room: number): string | undefined {
  if (!(IMAGE_TYPES as readonly string[]).includes(file.type)) return 'Only JPEG, PNG or WebP photos can be uploaded';
  if (file.size > IMAGE_BYTES_MAX) return `Larger than ${MEGABYTES} MB`;
  if (room <= 0) return `A product has at most ${IMAGES_MAX} photos`;
  return undefined;
}

/** The product's photos: upload by drag and drop or the file picker, with progress; reorder, alt text, delete. */
export function ImageManager({ product }: { product: SellerProductDetail }) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const refresh = useInvalidateProducts();
  const { images } = product;

  const patch = (id: number, change: Partial<Upload>) => setUploads((current) => current.map((upload) => (upload.id === id ? { ...upload, ...change } : upload)));

  async function uploadAll(files: File[]) {
    let room = IMAGES_MAX - images.length - uploads.filter((upload) => !upload.error).length;
    const queued = files.map((file) => ({ file, upload: { id: ++lastUploadId, name: file.name, progress: 0, error: refusalOf(file, room--) } }));
    setUploads((current) => [...current, ...queued.map(({ upload }) => upload)]);
    // One at a time, so the photos land in the order they were chosen.
    for (const { file, upload } of queued) {
      if (upload.error) {
        setAnnouncement(`${upload.name} was not uploaded: ${upload.error}.`);
        continue;
      }
      setAnnouncement(`Uploading ${upload.name}…`);
      try {
        await uploadImage(product.id, file, (progress) => patch(upload.id, { progress }));
        await refresh();
        setUploads((current) => current.filter((shown) => shown.id !== upload.id));
        setAnnouncement(`${upload.name} was uploaded.`);
      } catch (error) {
        patch(upload.id, { error: genericMessage(error) });
        setAnnouncement(`${upload.name} was not uploaded: ${genericMessage(error)}`);
      }
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void uploadAll([...event.dataTransfer.files]);
  }

  return (
    <section className="panel" aria-labelledby="photos-heading">
      <div className="panel__header">
        <h2 id="photos-heading" tabIndex={-1}>
          Photos
        </h2>
        <p className="muted">
          The first photo is the one lists show. JPEG, PNG or WebP, up to {MEGABYTES} MB each, at most {IMAGES_MAX} photos.
        </p>
      </div>
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <ImageIcon />
        <p>Drop photos here, or</p>
        <Button variant="secondary" onClick={() => inputRef.current?.click()}>
          Choose photos
        </Button>
        <input
          ref={inputRef}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          multiple
          hidden
          aria-label="Photos to upload"
          onChange={(event) => {
            void uploadAll([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {uploads.length > 0 && (
        <ul className="uploads" aria-label="Uploads">
          {uploads.map((upload) => (
            <li key={upload.id} className={`upload${upload.error ? ' upload--failed' : ''}`}>
              <span className="upload__name break-anywhere">{upload.name}</span>
              {upload.error ? (
                <>
                  <span className="upload__error">Not uploaded: {upload.error}</span>
                  <Button variant="secondary" onClick={() => setUploads((current) => current.filter((shown) => shown.id !== upload.id))}>
                    Dismiss<span className="visually-hidden"> {upload.name}</span>
                  </Button>
                </>
              ) : (
                <progress className="upload__progress" max={1} value={upload.progress} aria-label={`Uploading ${upload.name}`} />
              )}
            </li>
          ))}
        </ul>
      )}
      {images.length === 0 ? (
        <p className="muted">No photos yet. Products with photos sell better.</p>
      ) : (
        <ol className="image-grid" aria-label="Photos, in the order shoppers see them">
          {images.map((image, index) => (
            <li key={image.id} className="image-card">
              <ImageCard image={image} position={index} count={images.length} productName={product.name} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

type ImageCardProps = { image: ProductImage; position: number; count: number; productName: string };

const moveButtonId = (imageId: string, direction: 'earlier' | 'later') => `image-${imageId}-${direction}`;

function ImageCard({ image, position, count, productName }: ImageCardProps) {
  const update = useUpdateImage();
  const deletion = useDeleteImage();
  const [outcome, setOutcome] = useState<string | null>(null);
  const label = `photo ${position + 1}`;
  const form = useForm<{ alt: string }>({
    idPrefix: `image-${image.id}`,
    initialValues: { alt: image.alt },
    validate: (values) => schemaProblems(updateImageBody, values, ''),
  });

  async function move(direction: 'earlier' | 'later') {
    const to = direction === 'earlier' ? position - 1 : position + 1;
    if (to < 0 || to >= count || update.isPending) return;
    try {
      await update.mutateAsync({ id: image.id, patch: { position: to } });
      setOutcome(`Moved to place ${to + 1} of ${count}.`);
    } catch (error) {
      setOutcome(`Not moved: ${genericMessage(error)}`);
    }
    // The card has moved in the list: the keyboard stays on the button it pressed.
    requestAnimationFrame(() => document.getElementById(moveButtonId(image.id, direction))?.focus());
  }

  async function saveAlt(values: { alt: string }) {
    const saved = await update.mutateAsync({ id: image.id, patch: { alt: values.alt.trim() } });
    form.reset({ alt: saved.alt });
    setOutcome('Description saved.');
  }

  return (
    <>
      <img src={image.url} srcSet={image.srcset} sizes="(min-width: 768px) 200px, 45vw" width={image.width} height={image.height} alt={image.alt} loading="lazy" />
      <p className="image-card__place">{position === 0 ? 'Main photo' : `Photo ${position + 1} of ${count}`}</p>
      <form
        className="image-card__alt"
        noValidate
        onSubmit={(event) => {
          setOutcome(null);
          form.handleSubmit(saveAlt)(event);
        }}
      >
        <TextField {...form.field('alt')} label={`Description of ${label}`} hint="For shoppers who cannot see it" maxLength={IMAGE_ALT_MAX} autoComplete="off" />
        <Button type="submit" variant="secondary" aria-disabled={form.pending || undefined}>
          Save<span className="visually-hidden"> description of {label}</span>
        </Button>
      </form>
      <div className="image-card__actions">
        <Button id={moveButtonId(image.id, 'earlier')} variant="secondary" aria-disabled={position === 0 || undefined} onClick={() => void move('earlier')}>
          <span aria-hidden="true">←</span> Move left<span className="visually-hidden"> {label}, earlier</span>
        </Button>
        <Button id={moveButtonId(image.id, 'later')} variant="secondary" aria-disabled={position === count - 1 || undefined} onClick={() => void move('later')}>
          Move right<span className="visually-hidden"> {label}, later</span> <span aria-hidden="true">→</span>
        </Button>
        <ConfirmAction
          label="Delete"
          subject={label}
          question={<>Delete {label} of {productName}? The photos after it move up.</>}
          pending={deletion.isPending}
          error={deletion.error}
          onAsk={() => deletion.reset()}
          onConfirm={() => void deletion.mutateAsync(image.id).then(() => document.getElementById('photos-heading')?.focus(), () => undefined)}
        />
      </div>
      <p className="image-card__outcome" role="status">
        {outcome}
      </p>
      {form.formError && <p className="field__error">{form.formError}</p>}
    </>
  );
}
