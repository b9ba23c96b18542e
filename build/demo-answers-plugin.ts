// The demo's first view without its service worker: what the mock API (mocks/handlers.ts)
// answers to the requests a view makes first (demo-answer-files.ts), written out by the
// same functions (mocks/demo-api.ts) as static JSON files under /demo-api/. The demo adapter reads them while the worker is
// still starting (src/adapters/demo/prebuilt.ts), so the first chart does not wait for it.
// The build emits the files; the dev server serves them; `virtual:demo-answers` tells
// the page which symbols have them.
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { DEMO_ANSWERS_DIR, demoAnswers } from './demo-answer-files.ts';
import type * as DemoApiModule from '../mocks/demo-api.ts';

type DemoApi = typeof DemoApiModule;
const VIRTUAL_ID = 'virtual:demo-answers';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * The demo API as the app's code has it (extensionless imports, JSON modules): loaded
 * through Vite's module runner, not imported by the config, which Node loads by itself.
 */
async function loadDemoApi(): Promise<DemoApi> {
  const path = fileURLToPath(new URL('../mocks/demo-api.ts', import.meta.url));
  return (await runnerImport<DemoApi>(path, { configFile: false, logLevel: 'silent' })).module;
}

export function demoAnswersPlugin(): Plugin {
  let api: Promise<DemoApi> | undefined;
  let answers: Promise<Map<string, string>> | undefined;
  const demoApi = () => (api ??= loadDemoApi());
  const files = () => (answers ??= demoApi().then((m) => new Map([...demoAnswers(m)].map(([name, body]) => [name, JSON.stringify(body)]))));
  return {
    name: 'tradewinds-demo-answers',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const symbols = (await demoApi()).listSymbols().symbols.map((s) => s.symbol);
      return `export const DEMO_ANSWERS_DIR = ${JSON.stringify(DEMO_ANSWERS_DIR)};\nexport const PREBUILT_SYMBOLS = ${JSON.stringify(symbols)};\n`;
    },
    configureServer(server) {
      server.middlewares.use(`/${DEMO_ANSWERS_DIR}/`, (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0]!;
        files().then((all) => {
          const body = all.get(name);
          if (body === undefined) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        }, next);
      });
    },
    async generateBundle() {
      for (const [name, source] of await files()) this.emitFile({ type: 'asset', fileName: `${DEMO_ANSWERS_DIR}/${name}`, source });
    },
  };
}
