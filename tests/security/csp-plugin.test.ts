// The build's Content-Security-Policy: what it allows, how the REST hosts are set, and
// that it lands in index.html (build only). The browser tests check it holds in Chromium.
import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspPlugin, DEFAULT_REST_HOSTS, parseRestHosts } from '../../build/csp-plugin';

/** The policy as { directive: sources }. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

function transform(html: string, restHosts?: string): string {
  const hook = cspPlugin({ restHosts }).transformIndexHtml as IndexHtmlTransformHook;
  return hook.call(undefined as never, html, { path: '/index.html', filename: 'index.html' }) as string;
}

const INDEX = '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <title>T</title>\n  </head>\n</html>';

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy());

  it("runs only the app's own scripts and workers: no inline script, no eval", () => {
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['worker-src']).toEqual(["'self'"]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|'strict-dynamic'/);
    expect(Object.values(policy).flat()).not.toContain('*');
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
  });

  it('connects to the page, Alpha Vantage and, by default, any https host or this machine', () => {
    expect(policy['connect-src']).toEqual(["'self'", 'https://www.alphavantage.co', 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('allows images from data: and blob: URLs for exported charts', () => {
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('has no directive a <meta> policy ignores (Chromium warns about each)', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(policy).not.toHaveProperty(name);
  });

  it('narrows connect-src to the hosts a deployment names', () => {
    expect(directives(contentSecurityPolicy(['https://api.example.org']))['connect-src']).toEqual([
      "'self'",
      'https://www.alphavantage.co',
      'https://api.example.org',
    ]);
  });
});

describe('parseRestHosts (TRADEWINDS_REST_HOSTS)', () => {
  it('defaults when unset or blank', () => {
    expect(parseRestHosts(undefined)).toEqual(DEFAULT_REST_HOSTS);
    expect(parseRestHosts('  ')).toEqual(DEFAULT_REST_HOSTS);
  });

  it('reads hosts separated by spaces or commas', () => {
    expect(parseRestHosts('https://api.example.org, http://10.0.0.5:8080  https://*.example.net https://h.example.com/api/v1/')).toEqual([
      'https://api.example.org',
      'http://10.0.0.5:8080',
      'https://*.example.net',
      'https://h.example.com/api/v1/',
    ]);
  });

  it.each([
    ["'unsafe-eval'"],
    ['*'],
    ['https://a.example.org;script-src'],
    ['https://a.example.org";'],
    ['javascript:'],
    ['data:'],
    ['ftp://files.example.org'],
    ['api.example.org'],
  ])('refuses %s, naming it, so the build fails instead of loosening the policy', (value) => {
    expect(() => parseRestHosts(`https://ok.example.org ${value}`)).toThrow(`TRADEWINDS_REST_HOSTS: ${JSON.stringify(value)}`);
  });
});

describe('cspPlugin', () => {
  it('applies to the build only: the dev server runs an inline refresh preamble', () => {
    expect(cspPlugin().apply).toBe('build');
  });

  it('puts the policy right after the charset declaration, before any script', () => {
    const html = transform(INDEX);
    const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
    expect(html).toContain(`<meta charset="UTF-8" />\n    ${meta}\n    <title>`);
  });

  it('uses the REST hosts it is given, and fails the build on a bad one', () => {
    expect(transform(INDEX, 'https://api.example.org')).toContain("connect-src 'self' https://www.alphavantage.co https://api.example.org;");
    expect(() => transform(INDEX, "'unsafe-inline'")).toThrow('TRADEWINDS_REST_HOSTS');
  });

  it('refuses an index.html without a charset declaration', () => {
    expect(() => transform('<html><head></head></html>')).toThrow('no <meta charset>');
  });
});
