// Lint rules: typescript-eslint, React hooks, TanStack Query, the
// architecture rule that features never import each other, and a ban on every
// way of turning text into markup or code in the app.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Inside src/features/X, importing from any other feature folder is an error. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: features
          .filter((other) => other !== feature)
          .map((other) => ({
            group: [`**/features/${other}`, `**/features/${other}/**`, `../${other}`, `../${other}/**`],
            message: `Features do not import each other: compose "${other}" in src/app instead.`,
          })),
      },
    ],
  },
}));

const NO_MARKUP = 'Data is shown as text, never as HTML: build elements with React (or textContent).';
const NO_CODE = 'Nothing is ever run from a string: the CSP forbids it (no unsafe-eval) and data must stay inert.';

/**
 * In src/ (what ships), no HTML or code from strings, read or written: the
 * properties wherever they appear (x.innerHTML = ..., x.innerHTML, x['innerHTML'],
 * const { innerHTML } = x), document.write, eval in any spelling, and the
 * Function constructor. JSX's dangerouslySetInnerHTML is banned as well.
 */
const markupAndCodeBans = {
  files: ['src/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-properties': [
      'error',
      ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment'].map((property) => ({
        property,
        message: NO_MARKUP,
      })),
      ...['write', 'writeln'].map((property) => ({ object: 'document', property, message: NO_MARKUP })),
      ...['window', 'globalThis', 'self'].map((object) => ({ object, property: 'eval', message: NO_CODE })),
    ],
    'no-restricted-globals': ['error', { name: 'eval', message: NO_CODE }],
    'no-restricted-syntax': [
      'error',
      { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_MARKUP },
      // document.write through another object (window.document.write(...)).
      { selector: "MemberExpression[object.property.name='document'][property.name=/^write(ln)?$/]", message: NO_MARKUP },
      { selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']", message: NO_CODE },
    ],
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'coverage', '.e2e-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'Import z from src/api/zod.ts (configured for the CSP).', allowTypeImports: true }],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_MARKUP }],
    },
  },
  markupAndCodeBans,
  {
    files: ['scripts/**/*.mjs', 'ogcapi/**/*.mjs', 'test/**/*.{mjs,ts}', 'eslint.config.js', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // End-to-end code runs in Node but passes functions into the page.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['src/api/zod.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  ...featureBoundaries,
);
