import type { ErrorCode, ErrorEnvelope, PaginationMeta } from '../../contracts/common';

const API_BASE = '/api/v1';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ErrorCode, message: string, details: unknown = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

// --- Access token: kept in memory only, so a script injected into the page cannot read it
// from storage; after a reload the httpOnly refresh cookie brings a new one.

let accessToken: string | null = null;
let refusalReason: string | undefined;
const tokenListeners = new Set<() => void>();

export function getAccessToken(): string | null {
  return accessToken;
}

export function setAccessToken(token: string | null): void {
  accessToken = token;
  // A new session: why the last one ended no longer applies.
  if (token !== null) refusalReason = undefined;
  for (const listener of tokenListeners) listener();
}

/** For `useSyncExternalStore`: React re-renders when the token changes. */
export function subscribeAccessToken(listener: () => void): () => void {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

// --- Refresh

/**
 * How a refresh ended. `ended`: the server refused the refresh token with a 401, so the session
 * is over and this device is signed out (the token is dropped). `failed`: anything else — offline,
 * rate limited, busy, refused for its origin, a proxy's page — says nothing about the session,
 * which may well live on: the token is kept, and `error` says what went wrong.
 */
export type RefreshOutcome = { status: 'renewed' } | { status: 'ended' } | { status: 'failed'; error: ApiError };

let refreshing: Promise<RefreshOutcome> | null = null;

/** The `details.reason` of the last refused refresh (`account_suspended`), until a new session starts. */
export function refreshRefusalReason(): string | undefined {
  return refusalReason;
}

async function requestNewAccessToken(): Promise<RefreshOutcome> {
  let response: Response;
  try {
    // No body and no Content-Type: the refresh token travels in its httpOnly cookie.
    response = await fetch(`${API_BASE}/auth/refresh`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return { status: 'failed', error: networkError() };
  }
  let envelope: SuccessEnvelope | undefined;
  try {
    envelope = await parse(response);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (!isTokenError(error)) return { status: 'failed', error };
    refusalReason = reasonOf(error.details);
    setAccessToken(null);
    return { status: 'ended' };
  }
  const token = readAccessToken(envelope?.data);
  if (token === null) {
    return { status: 'failed', error: new ApiError(response.status, 'INTERNAL_ERROR', 'Unexpected response from the server (no access token)') };
  }
  setAccessToken(token);
  return { status: 'renewed' };
}

function reasonOf(details: unknown): string | undefined {
  return typeof details === 'object' && details !== null && 'reason' in details && typeof details.reason === 'string'
    ? details.reason
    : undefined;
}

function readAccessToken(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('accessToken' in data)) return null;
  return typeof data.accessToken === 'string' ? data.accessToken : null;
}

/** Concurrent 401s share one refresh, so a burst of requests rotates the token only once.
 * Also restores the session at start-up (the refresh cookie survives a reload). */
export function refreshAccessToken(): Promise<RefreshOutcome> {
  refreshing ??= requestNewAccessToken().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * After `error`, a token error (see `isTokenError`): gets a new access token, or throws why not.
 * The one place that decides what a failed refresh means: when the server refused the refresh
 * token too, the session is over and `error` itself is thrown (this device is signed out now);
 * any other failure of the refresh is thrown instead, as the session may well be alive — a
 * caller must not read it as "signed out".
 */
export async function renewAccessTokenAfter(error: ApiError): Promise<void> {
  const outcome = await refreshAccessToken();
  if (outcome.status === 'failed') throw outcome.error;
  if (outcome.status === 'ended') throw error;
}

const TOKEN_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'AUTH_TOKEN_EXPIRED',
  'AUTH_INVALID_TOKEN',
  'AUTH_TOKEN_REQUIRED',
]);

/** A 401 that says the access token is missing, expired or revoked (not a wrong password). */
export function isTokenError(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 401 && TOKEN_ERRORS.has(error.code);
}

/** Only a missing or stale token is cured by a refresh; `/auth/*` 401s (a wrong password)
 * must never be retried, or one failed login would count twice toward the lockout. */
function refreshMayHelp(path: string, error: ApiError): boolean {
  return isTokenError(error) && !path.startsWith('/auth/');
}

// --- Requests

type QueryValue = string | number | boolean | null | undefined;

export type ApiRequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Extra headers of this request, e.g. `Idempotency-Key`; the client sets Accept, Content-Type and Authorization. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
};

type SuccessEnvelope = { success: true; data: unknown; meta?: PaginationMeta };

function buildUrl(path: string, query: ApiRequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

async function send(path: string, options: ApiRequestOptions, token: string | null): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  if (token) headers.set('Authorization', `Bearer ${token}`);

  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    // A cancelled request is not a failure: TanStack Query expects the AbortError back.
    if (options.signal?.aborted) throw error;
    throw networkError();
  }
}

function networkError(): ApiError {
  return new ApiError(0, 'INTERNAL_ERROR', 'Network error — check your connection');
}

/** The server serialises every error through the contract's `errorEnvelope`, so a body of
 * that shape carries one of its codes. Checking the shape by hand keeps Zod (~90 kB) out of
 * the storefront bundle. */
function isErrorEnvelope(body: unknown): body is Pick<ErrorEnvelope, 'error'> {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function parse(response: Response): Promise<SuccessEnvelope | undefined> {
  if (response.status === 204) return undefined;

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // A proxy or gateway answered with something that is not our JSON envelope.
    throw new ApiError(
      response.status,
      'INTERNAL_ERROR',
      `Unexpected response from the server (HTTP ${response.status})`,
    );
  }

  if (response.ok) return body as SuccessEnvelope;

  if (isErrorEnvelope(body)) {
    const { code, message, details } = body.error;
    throw new ApiError(response.status, code, message, details ?? null);
  }
  throw new ApiError(response.status, 'INTERNAL_ERROR', `Request failed (HTTP ${response.status})`);
}

async function request(path: string, options: ApiRequestOptions): Promise<SuccessEnvelope | undefined> {
  const token = getAccessToken();
  try {
    return await parse(await send(path, options, token));
  } catch (error) {
    if (!(error instanceof ApiError) || !refreshMayHelp(path, error)) throw error;
    // A request that was in flight while another one refreshed just needs the new token.
    const current = getAccessToken();
    if (current === null || current === token) await renewAccessTokenAfter(error);
    // Retried once only: a second 401 goes to the caller as it is.
    return parse(await send(path, options, getAccessToken()));
  }
}

/** Calls `/api/v1{path}` and returns the envelope's `data`; failures throw `ApiError`. */
export async function apiFetch<T>(path: string, options: ApiRequestOptions = {}): Promise<T> {
  const envelope = await request(path, options);
  return envelope?.data as T;
}

/** For list endpoints: the page of items plus its pagination `meta`. */
export async function apiFetchList<T>(
  path: string,
  options: ApiRequestOptions = {},
): Promise<{ data: T[]; meta: PaginationMeta }> {
  const envelope = await request(path, options);
  if (!envelope?.meta) {
    throw new ApiError(0, 'INTERNAL_ERROR', 'Unexpected response from the server (no list meta)');
  }
  return { data: envelope.data as T[], meta: envelope.meta };
}

// --- For requests `apiFetch` cannot make (an upload with progress goes through XMLHttpRequest)

/** The address of an API path. */
export function apiUrl(path: string): string {
  return buildUrl(path, undefined);
}

/** The ApiError an error response makes, from its status and parsed JSON body (null when it had none). */
export function apiErrorOf(status: number, body: unknown): ApiError {
  if (isErrorEnvelope(body)) return new ApiError(status, body.error.code, body.error.message, body.error.details ?? null);
  return new ApiError(status, 'INTERNAL_ERROR', status === 0 ? networkError().message : `Request failed (HTTP ${status})`);
}
