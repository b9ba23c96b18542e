// Lint: TypeScript rules, React hooks rules, and the import boundaries of
// docs/architecture.md (domain <- adapters <- queries <- features <- app; stores, lib and
// ui shared below features).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'public/mockServiceWorker.js', 'node_modules', 'bench/results*.json'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        // Text is never parsed as HTML, whichever way it is spelled (JSX, createElement props, the DOM).
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text is never rendered as HTML.' },
        { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Untrusted text is never rendered as HTML.' },
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]",
          message: 'Untrusted text is never parsed as HTML: set textContent or build elements.',
        },
        {
          selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseHTMLUnsafe|setHTMLUnsafe)$/]",
          message: 'Untrusted text is never parsed as HTML: set textContent or build elements.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'Untrusted text is never parsed as HTML: set textContent or build elements.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' }, node: true },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain' },
        { type: 'adapters', pattern: 'src/adapters' },
        { type: 'queries', pattern: 'src/queries' },
        { type: 'stores', pattern: 'src/stores' },
        { type: 'lib', pattern: 'src/lib' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'features', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'app', pattern: 'src/app' },
        { type: 'main', pattern: 'src/main.tsx', mode: 'file' },
      ],
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'domain', allow: ['domain'] },
            // A source's folder brings its settings form, built from ui's form frame.
            { from: 'adapters', allow: ['domain', 'adapters', 'ui'] },
            // The view's data follows the view store.
            { from: 'queries', allow: ['domain', 'adapters', 'queries', 'stores', 'lib'] },
            // Settings are typed by the sources they configure.
            { from: 'stores', allow: ['domain', 'adapters', 'stores'] },
            { from: 'lib', allow: ['domain', 'lib'] },
            { from: 'ui', allow: ['domain', 'lib', 'ui'] },
            {
              from: 'features',
              allow: ['domain', 'adapters', 'queries', 'stores', 'lib', 'ui', ['features', { feature: '${from.feature}' }]],
            },
            { from: 'app', allow: ['domain', 'adapters', 'queries', 'stores', 'lib', 'ui', 'features', 'app'] },
            { from: 'main', allow: ['app', 'lib'] },
          ],
        },
      ],
    },
  },
  // Short modules with one job.
  { files: ['src/**/*.{ts,tsx}'], rules: { 'max-lines': ['error', { max: 300 }] } },
  // The server (Node) shares plain TypeScript with the page, never React, and by relative
  // paths: tsx runs it with the root tsconfig, which has no `@/` alias.
  {
    files: ['server/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@/', message: 'The server imports from src/ by a relative path.' },
            { group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*', 'recharts', 'zustand'], message: 'The server has no React code.' },
          ],
        },
      ],
    },
  },
  // One chart kit: only src/ui/chart talks to Recharts.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/chart/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'recharts', message: 'Charts are drawn with the kit in src/ui/chart (TimeChart).' }] }],
    },
  },
);
