// A code-split import tried again: most browsers remember a failed import() of a URL for
// the page's life, so offline none is tried, and after a failure the chunk's own URL is
// imported under a query of its own; where the error names no URL (Safari), `load` again.
import { afterEach, expect, it, vi } from 'vitest';
import { failedChunkUrl, OfflineImportError, retriableImport } from '@/ui/primitives/retriable-import';

const CHUNK = 'https://tradewinds.example/assets/event-window-panel-1a2b.js';
const chromium = (url: string) => new TypeError(`Failed to fetch dynamically imported module: ${url}`);
const module = { EventWindowPanel: 'the panel' };

afterEach(() => vi.restoreAllMocks());

it('reads the chunk from Chromium’s and Firefox’s errors, without a query a retry gave it; Safari names none', () => {
  expect(failedChunkUrl(chromium(CHUNK))).toBe(CHUNK);
  expect(failedChunkUrl(chromium(`${CHUNK}?retry=2`))).toBe(CHUNK);
  expect(failedChunkUrl(new TypeError(`error loading dynamically imported module: ${CHUNK}`))).toBe(CHUNK);
  expect(failedChunkUrl(new TypeError('Importing a module script failed.'))).toBeUndefined();
  expect(failedChunkUrl('not an error')).toBeUndefined();
});

it('offline, tries no import (nothing for the browser to remember); online again, imports', async () => {
  const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  const load = vi.fn(async () => module);
  const next = retriableImport(load);
  await expect(next()).rejects.toBeInstanceOf(OfflineImportError);
  expect(load).not.toHaveBeenCalled();
  online.mockReturnValue(true);
  await expect(next()).resolves.toBe(module);
  expect(load).toHaveBeenCalledTimes(1);
});

it('after a failure, imports the chunk’s own URL under a new query each time, not the remembered failure', async () => {
  const load = vi.fn(async () => Promise.reject<typeof module>(chromium(CHUNK)));
  const fromUrl = vi
    .fn<(url: string) => Promise<typeof module>>()
    .mockImplementationOnce(async (url) => Promise.reject(chromium(url)))
    .mockResolvedValue(module);
  const next = retriableImport(load, fromUrl);
  await expect(next()).rejects.toThrow(CHUNK);
  await expect(next()).rejects.toThrow(`${CHUNK}?retry=1`);
  await expect(next()).resolves.toBe(module);
  expect(load).toHaveBeenCalledTimes(1);
  expect(fromUrl.mock.calls).toEqual([[`${CHUNK}?retry=1`], [`${CHUNK}?retry=2`]]);
});

it('where the error names no chunk (Safari), calls load again', async () => {
  const load = vi.fn<() => Promise<typeof module>>().mockRejectedValueOnce(new TypeError('Importing a module script failed.')).mockResolvedValue(module);
  const fromUrl = vi.fn<(url: string) => Promise<typeof module>>();
  const next = retriableImport(load, fromUrl);
  await expect(next()).rejects.toThrow('Importing a module script failed.');
  await expect(next()).resolves.toBe(module);
  expect(load).toHaveBeenCalledTimes(2);
  expect(fromUrl).not.toHaveBeenCalled();
});
