// Whether the Tradewinds server served this page (`npm run server`): it says so with a
// meta tag holding its API address (server/app.ts).

/** The API address the server put in the page; undefined on a page it did not serve. */
export function servedApi(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLMetaElement>('meta[name="tradewinds-api"]')?.content || undefined;
}
