import createClient from 'openapi-fetch';
import type { paths } from '../api/schema';
import {
  endSession,
  getAccessToken,
  getRefreshToken,
  hasSession,
  startSession,
} from './auth/session';

/** RFC 9457 problem details, as every API error is returned. */
export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  errors?: Record<string, string[]>;
}

export class ApiError extends Error {
  readonly response: Response;
  readonly problem: ProblemDetails | undefined;

  constructor(response: Response, body: unknown) {
    const problem =
      typeof body === 'object' && body !== null ? (body as ProblemDetails) : undefined;
    super(problem?.title ?? `HTTP ${response.status}`);
    this.name = 'ApiError';
    this.response = response;
    this.problem = problem;
  }

  get status(): number {
    return this.response.status;
  }
}

const AUTH_PATH = '/api/v1/auth/';

let refreshing: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for new tokens. Concurrent callers share one request, because the
 * refresh token rotates: a second request with the same token would be rejected.
 */
function refreshSession(): Promise<boolean> {
  refreshing ??= requestNewTokens().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function requestNewTokens(): Promise<boolean> {
  const refreshToken = getRefreshToken();
  if (!refreshToken) return false;
  const { data, response } = await api.POST('/api/v1/auth/refresh', { body: { refreshToken } });
  if (data) {
    startSession(data);
    return true;
  }
  // Only a definite rejection ends the session; a server hiccup leaves it for the next try.
  if (response.status === 401) endSession();
  return false;
}

function withBearer(request: Request): Request {
  const token = getAccessToken();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

/** Adds the access token to API calls and, on a 401, refreshes the session once and retries. */
async function authorizedFetch(request: Request): Promise<Response> {
  if (new URL(request.url).pathname.startsWith(AUTH_PATH)) return fetch(request);

  if (!getAccessToken() && hasSession()) await refreshSession();
  const retry = request.clone();
  const response = await fetch(withBearer(request));
  if (response.status !== 401 || !hasSession() || !(await refreshSession())) return response;
  return fetch(withBearer(retry));
}

export const api = createClient<paths>({ baseUrl: '', fetch: authorizedFetch });

/** Returns the response body of a successful call and throws an {@link ApiError} otherwise. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) throw new ApiError(response, error);
  return data;
}

/** A resource with the ETag it came with, to send back as If-Match when changing it. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** Unwraps a GET and keeps its ETag. */
export async function versioned<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Versioned<T>> {
  const result = await call;
  const data = await unwrap(Promise.resolve(result));
  return { data, etag: result.response.headers.get('ETag') ?? '' };
}
