import { vi } from 'vitest';

type Handler = (request: Request) => Response | Promise<Response>;

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const problem = (status: number, title: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ title, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

/**
 * Replaces the global fetch with a fake API. Handlers are keyed by "METHOD /path"; a call without
 * a handler gets a 501 so a missing handler is obvious.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const fetch = vi.fn((request: Request) => {
    const handler = handlers[`${request.method} ${new URL(request.url).pathname}`];
    return Promise.resolve(handler ? handler(request) : problem(501, `No mock for ${request.url}`));
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The requests the fake API received, as "METHOD /path". */
export const calls = (fetch: ReturnType<typeof mockApi>) =>
  fetch.mock.calls.map(([request]) => `${request.method} ${new URL(request.url).pathname}`);

export const tokens = (accessToken = 'access-1', refreshToken = 'refresh-1') => ({
  accessToken,
  tokenType: 'Bearer',
  expiresIn: 900,
  refreshToken,
  refreshTokenExpiresAt: '2026-12-31T23:00:00Z',
});

export const coordinator = {
  id: '0190f3a2-0000-7000-8000-000000000001',
  email: 'coordinator@kiel.demo.warmewijk.be',
  displayName: 'Sanne Peeters',
  role: 'Coordinator',
  network: { id: '0190f3a2-0000-7000-8000-0000000000aa', name: 'Warme Wijk Kiel', slug: 'kiel' },
};

export const fieldWorker = {
  ...coordinator,
  id: '0190f3a2-0000-7000-8000-000000000002',
  email: 'fieldworker@kiel.demo.warmewijk.be',
  displayName: 'Yassin El Amrani',
  role: 'FieldWorker',
};

export const analyst = {
  ...coordinator,
  id: '0190f3a2-0000-7000-8000-000000000003',
  email: 'analyst@kiel.demo.warmewijk.be',
  displayName: 'Lotte Janssens',
  role: 'Analyst',
};
