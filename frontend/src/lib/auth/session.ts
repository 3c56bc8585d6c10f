import { useSyncExternalStore } from 'react';

// The access token lives in memory only; the refresh token in sessionStorage, so a reload keeps
// the session in this tab while closing the tab ends it.
const REFRESH_TOKEN_KEY = 'warmewijk.refreshToken';
// Treat the access token as expired a little early so a request never races its expiry.
const EXPIRY_MARGIN_MS = 30_000;

export interface SessionTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

let access: { token: string; expiresAt: number } | null = null;
const listeners = new Set<() => void>();

function notify() {
  listeners.forEach((listener) => listener());
}

export function getAccessToken(): string | null {
  return access && Date.now() < access.expiresAt - EXPIRY_MARGIN_MS ? access.token : null;
}

export function getRefreshToken(): string | null {
  return sessionStorage.getItem(REFRESH_TOKEN_KEY);
}

export function hasSession(): boolean {
  return getRefreshToken() !== null;
}

export function startSession(tokens: SessionTokens) {
  access = { token: tokens.accessToken, expiresAt: Date.now() + tokens.expiresIn * 1000 };
  sessionStorage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
  notify();
}

export function endSession() {
  access = null;
  sessionStorage.removeItem(REFRESH_TOKEN_KEY);
  notify();
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHasSession(): boolean {
  return useSyncExternalStore(subscribeToSession, hasSession);
}
