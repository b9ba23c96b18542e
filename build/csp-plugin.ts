// The production build's Content-Security-Policy, as a <meta> tag in index.html (docs/
// architecture.md, "Content-Security-Policy"). Only the build gets it: the dev server
// runs an inline script (React refresh's preamble) that this policy would refuse.
import type { Plugin } from 'vite';

export const ALPHA_VANTAGE_ORIGIN = 'https://www.alphavantage.co';

/**
 * Where a REST backend may live when the build is not told (TRADEWINDS_REST_HOSTS): its
 * address is typed in at run time, so a static policy can only allow any https host,
 * or plain http on this machine for a self-hosted one.
 */
export const DEFAULT_REST_HOSTS = ['https:', 'http://localhost:*', 'http://127.0.0.1:*'] as const;

// A scheme (https:) or a host with optional *. prefix, port (or :*) and path. Nothing
// with quotes, spaces, commas or semicolons, so a value can't add a keyword or directive.
const SOURCE_EXPRESSION = /^(?:https?|wss?):(?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d{1,5}|\*))?(?:\/[\w.~%/-]*)?)?$/i;

/**
 * The REST hosts from TRADEWINDS_REST_HOSTS (space- or comma-separated CSP sources), or
 * the defaults when unset or blank. Throws, failing the build, on anything else.
 */
export function parseRestHosts(value: string | undefined): string[] {
  const hosts = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (hosts.length === 0) return [...DEFAULT_REST_HOSTS];
  const wrong = hosts.filter((h) => !SOURCE_EXPRESSION.test(h));
  if (wrong.length > 0) {
    throw new Error(
      `TRADEWINDS_REST_HOSTS: ${wrong.map((w) => JSON.stringify(w)).join(', ')} is not a host such as https://api.example.org or http://10.0.0.5:8080.`,
    );
  }
  return hosts;
}

/** The policy: the app's own scripts and workers only, data from the configured hosts. */
export function contentSecurityPolicy(restHosts: readonly string[] = DEFAULT_REST_HOSTS): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    // No 'unsafe-inline', no 'unsafe-eval': only the bundle's own files run.
    'script-src': ["'self'"],
    // The import parser and the demo's mock service worker (/mockServiceWorker.js).
    'worker-src': ["'self'"],
    'connect-src': ["'self'", ALPHA_VANTAGE_ORIGIN, ...restHosts],
    // data: and blob: for exported chart images.
    'img-src': ["'self'", 'data:', 'blob:'],
    // React sets style attributes through the CSSOM, which a policy does not govern.
    'style-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Puts the policy in the built index.html, right after the charset declaration. */
export function cspPlugin(options: { restHosts?: string } = {}): Plugin {
  return {
    name: 'tradewinds-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const policy = contentSecurityPolicy(parseRestHosts(options.restHosts));
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html has no <meta charset>: the CSP tag goes right after it.');
      return html.replace(charset, (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    },
  };
}
