import { configure } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { endSession } from '../lib/auth/session';
import i18n from '../lib/i18n';

// jsdom has no fetch, so Node's Request is used, and unlike a browser's it does not resolve a
// relative URL against the page. The API client calls same-origin paths such as /api/v1/me.
class PageRelativeRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, document.baseURI) : input, init);
  }
}
globalThis.Request = PageRelativeRequest;

// jsdom lays nothing out, so it has no scrolling; in-page links scroll their target into view.
Element.prototype.scrollIntoView = () => undefined;

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  endSession();
  localStorage.clear();
  await i18n.changeLanguage('nl-BE');
});

// Under CI load, rendering after a mocked response can take longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 5000 });
