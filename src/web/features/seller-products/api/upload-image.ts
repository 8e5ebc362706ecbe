import type { ProductImage } from '../../../../contracts/catalog';
import { apiErrorOf, apiUrl, getAccessToken, isTokenError, renewAccessTokenAfter } from '../../../lib/api-client';

/** How far an upload has gone, from 0 to 1. */
export type OnProgress = (fraction: number) => void;

/** One POST through XMLHttpRequest, the only browser API that reports an upload's progress. */
function post(path: string, file: File, token: string | null, onProgress: OnProgress): Promise<ProductImage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 && typeof body === 'object' && body !== null && 'data' in body) resolve(body.data as ProductImage);
      else reject(apiErrorOf(xhr.status, body));
    };
    xhr.onerror = () => reject(apiErrorOf(0, null));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/** POST /products/:id/images as multipart (the part "file"), with the access token as apiFetch sends it, renewed once if stale. */
export async function uploadImage(productId: string, file: File, onProgress: OnProgress): Promise<ProductImage> {
  const path = `/products/${encodeURIComponent(productId)}/images`;
  const token = getAccessToken();
  try {
    return await post(path, file, token, onProgress);
  } catch (error) {
    if (!isTokenError(error)) throw error;
    // Another request may have renewed the token while this one was on its way.
    if (getAccessToken() === token) await renewAccessTokenAfter(error);
    onProgress(0);
    return post(path, file, getAccessToken(), onProgress);
  }
}
