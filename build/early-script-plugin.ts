// The page's first script (src/early.ts) as an entry of its own, named in index.html
// before the page's: a module script runs as soon as its own few modules are in, so it
// asks for the first view's code and data while the rest of the page's code is still
// being fetched and compiled (a module graph runs only once all of it is compiled).
// main.tsx imports it too (the dev server, which has no such tag); it runs once.
import type { Plugin } from 'vite';

export function earlyScriptPlugin(entry = 'src/early.ts'): Plugin {
  let base = '/';
  return {
    name: 'tradewinds-early-script',
    apply: 'build',
    config: () => ({ build: { rollupOptions: { input: { index: 'index.html', early: entry } } } }),
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const early = Object.values(bundle ?? {}).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'early');
        const page = '<script type="module" crossorigin';
        if (!early || !html.includes(page)) throw new Error(`index.html: no place for ${entry}`);
        // Just before the page's script: after the CSP <meta>, which covers only what follows it.
        return html.replace(page, `<script type="module" crossorigin src="${base}${early.fileName}"></script>\n    ${page}`);
      },
    },
  };
}
