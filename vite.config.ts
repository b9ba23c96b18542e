/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './build/csp-plugin.ts';
import { demoAnswersPlugin } from './build/demo-answers-plugin.ts';
import { earlyScriptPlugin } from './build/early-script-plugin.ts';

export default defineConfig({
  // The CSP's REST hosts: see docs/architecture.md, "Content-Security-Policy".
  // The demo's first view as static files: build/demo-answers.ts. The page's first script: build/early-script-plugin.ts.
  plugins: [react(), cspPlugin({ restHosts: process.env.TRADEWINDS_REST_HOSTS }), demoAnswersPlugin(), earlyScriptPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 15000,
  },
});
