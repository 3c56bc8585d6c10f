import { describe, expect, it } from 'vitest';
import { calls, json, mockApi, problem, tokens } from '../test/api';
import { api } from './api';
import { getAccessToken, getRefreshToken, hasSession, startSession } from './auth/session';

const bearer = (request: Request) => request.headers.get('Authorization');

describe('api client', () => {
  it('sends the access token', async () => {
    startSession(tokens('access-1'));
    const fetch = mockApi({ 'GET /api/v1/me': () => json({}) });

    await api.GET('/api/v1/me');

    expect(bearer(fetch.mock.calls[0]![0])).toBe('Bearer access-1');
  });

  it('refreshes the session once after a 401 and retries with the new token', async () => {
    startSession(tokens('expired', 'refresh-1'));
    const fetch = mockApi({
      'GET /api/v1/me': (request) =>
        bearer(request) === 'Bearer access-2' ? json({ displayName: 'Sanne' }) : problem(401, 'No'),
      'POST /api/v1/auth/refresh': () => json(tokens('access-2', 'refresh-2')),
    });

    const { data } = await api.GET('/api/v1/me');

    expect(data).toEqual({ displayName: 'Sanne' });
    expect(calls(fetch)).toEqual(['GET /api/v1/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/me']);
    expect(await fetch.mock.calls[1]![0].json()).toEqual({ refreshToken: 'refresh-1' });
    expect(getAccessToken()).toBe('access-2');
    expect(getRefreshToken()).toBe('refresh-2');
  });

  it('shares one refresh between concurrent requests, as the refresh token rotates', async () => {
    startSession(tokens('expired'));
    const fetch = mockApi({
      'GET /api/v1/me': (request) =>
        bearer(request) === 'Bearer access-2' ? json({}) : problem(401, 'No'),
      'GET /api/v1/neighbourhoods': (request) =>
        bearer(request) === 'Bearer access-2' ? json({ items: [], total: 0 }) : problem(401, 'No'),
      'POST /api/v1/auth/refresh': () => json(tokens('access-2', 'refresh-2')),
    });

    const results = await Promise.all([api.GET('/api/v1/me'), api.GET('/api/v1/neighbourhoods')]);

    expect(results.map(({ response }) => response.status)).toEqual([200, 200]);
    expect(calls(fetch).filter((call) => call.endsWith('/refresh'))).toHaveLength(1);
  });

  it('ends the session when the refresh token is rejected, without retrying', async () => {
    startSession(tokens('expired'));
    const fetch = mockApi({
      'GET /api/v1/me': () => problem(401, 'No'),
      'POST /api/v1/auth/refresh': () => problem(401, 'Refresh token revoked'),
    });

    const { response } = await api.GET('/api/v1/me');

    expect(response.status).toBe(401);
    expect(calls(fetch)).toEqual(['GET /api/v1/me', 'POST /api/v1/auth/refresh']);
    expect(hasSession()).toBe(false);
  });

  it('gets a new access token first when the session has none, e.g. after a reload', async () => {
    sessionStorage.setItem('warmewijk.refreshToken', 'refresh-1');
    const fetch = mockApi({
      'GET /api/v1/me': () => json({}),
      'POST /api/v1/auth/refresh': () => json(tokens('access-2', 'refresh-2')),
    });

    await api.GET('/api/v1/me');

    expect(calls(fetch)).toEqual(['POST /api/v1/auth/refresh', 'GET /api/v1/me']);
    expect(bearer(fetch.mock.calls[1]![0])).toBe('Bearer access-2');
  });

  it('does not treat a failed login as an expired session', async () => {
    startSession(tokens());
    const fetch = mockApi({ 'POST /api/v1/auth/login': () => problem(401, 'Invalid credentials') });

    const { response } = await api.POST('/api/v1/auth/login', {
      body: { email: 'a@b.be', password: 'x' },
    });

    expect(response.status).toBe(401);
    expect(calls(fetch)).toEqual(['POST /api/v1/auth/login']);
    expect(bearer(fetch.mock.calls[0]![0])).toBeNull();
  });
});
