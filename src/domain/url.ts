// Links that come from outside (a source's events, an imported file, a person's own
// event) are shown only when they are web links: never javascript:, data: or the like.

/** True for an absolute http(s) URL, the only links the app ever renders. */
export function safeUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
