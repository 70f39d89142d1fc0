// Lint rules: typescript-eslint, React hooks, TanStack Query, the architecture
// (features never import each other, dependencies point one way: shared ←
// features and map ← app, no import cycles), no literal strings in JSX, no
// spreading data-sized arrays into calls, and a ban on every way of turning
// text into markup or code in the app.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import i18next from 'eslint-plugin-i18next';
import importX from 'eslint-plugin-import-x';
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

/**
 * Spreading an array into a call passes every element as an argument: past
 * ~100,000 elements V8 throws "Maximum call stack size exceeded" (a blank page
 * at 500,000 sites). Data-sized arrays are walked with loops; the rule bans the
 * pattern outright, since whether an array is data-sized is not visible here.
 */
const noSpreadIntoCalls = [
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max|hypot)$/] > SpreadElement",
    message: 'Math.min/max(...array) overflows the stack on large arrays: use a loop or reduce.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(push|unshift|splice|concat)$/] > SpreadElement',
    message: 'push(...array) overflows the stack on large arrays: use a loop (or concat without spreading).',
  },
  {
    selector: "CallExpression[callee.property.name='apply'][arguments.length=2]",
    message: 'fn.apply(this, array) passes every element as an argument and overflows the stack on large arrays.',
  },
  {
    selector: "CallExpression[callee.object.name='String'][callee.property.name=/^(fromCharCode|fromCodePoint)$/] > SpreadElement",
    message: 'String.fromCharCode(...array) overflows the stack on large arrays: use TextDecoder or a loop.',
  },
];

/**
 * Layers, lowest first. A folder may import its own layer and the layers below:
 * shared code (api, state, data, theme, i18n, ui, mocks) never imports a
 * feature, the map or the app; data (the engine that runs in a worker) builds
 * on api and state only; features and the map never import the app or each other.
 */
const upward = (folders) =>
  folders.map((folder) => ({
    // Imports in src/ are relative; the folder sits one, two or three levels up.
    group: [1, 2, 3].flatMap((depth) => [`${'../'.repeat(depth)}${folder}`, `${'../'.repeat(depth)}${folder}/*`]),
    message: `Dependencies point one way (shared ← features and map ← app): this file may not import src/${folder}.`,
  }));
const layerRules = [
  { files: ['src/api/**/*.{ts,tsx}'], forbidden: ['app', 'features', 'map', 'state', 'ui', 'data'] },
  { files: ['src/theme/**/*.{ts,tsx}'], forbidden: ['app', 'features', 'map', 'state', 'ui'] },
  { files: ['src/i18n/**/*.{ts,tsx}'], forbidden: ['app', 'features', 'map', 'state', 'ui', 'api', 'theme'] },
  { files: ['src/state/**/*.{ts,tsx}'], forbidden: ['app', 'features', 'map', 'ui', 'data'] },
  { files: ['src/data/**/*.{ts,tsx}'], forbidden: ['app', 'features', 'map', 'ui'] },
  { files: ['src/ui/**/*.{ts,tsx}', 'src/mocks/**/*.{ts,tsx}'], forbidden: ['app', 'features', 'map', 'data'] },
  { files: ['src/map/**/*.{ts,tsx}'], forbidden: ['app', 'features'] },
  { files: ['src/features/**/*.{ts,tsx}'], forbidden: ['app', 'map'] },
].map(({ files, forbidden }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: upward(forbidden) }] },
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
      ...noSpreadIntoCalls,
    ],
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
  },
};

export default tseslint.config(
  // public/ is copied into the build as is; of it, only the embed host helper is our own code.
  { ignores: ['dist', 'node_modules', 'public/*', '!public/embed', 'coverage', '.e2e-artifacts', 'bench/results', 'bench/.work'] },
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
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: NO_MARKUP }, ...noSpreadIntoCalls],
    },
  },
  markupAndCodeBans,
  {
    files: ['scripts/**/*.mjs', 'ogcapi/**/*.mjs', 'test/**/*.{mjs,ts}', 'eslint.config.js', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  { files: ['scripts/**/*.mjs', 'ogcapi/**/*.mjs'], rules: { 'no-restricted-syntax': ['error', ...noSpreadIntoCalls] } },
  {
    // The browser benchmark: Node scripts that also pass functions into pages, and the reference pages themselves.
    files: ['bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // End-to-end code runs in Node but passes functions into the page.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Served to portals as is: plain browser scripts (the helper's .js is a classic script, its .mjs a module).
    files: ['public/embed/*.js', 'examples/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  { files: ['public/embed/*.mjs'], languageOptions: { globals: { ...globals.browser } } },
  { files: ['src/api/zod.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Every word a person reads comes from src/i18n: no literal text in JSX, nor in the attributes people
    // hear or see (aria-label, title, placeholder, alt). Symbols and codes (×, ▾, –, "EN") are not words.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label'] },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s·×▾▸◀▶…–—→←↑↓]+', '[A-Z_-]+'] },
        },
      ],
    },
  },
  ...layerRules,
  // After the layer rules: within src/features the feature boundary is the stricter, more specific message.
  ...featureBoundaries.map((b) => ({
    ...b,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...b.rules['no-restricted-imports'][1].patterns, ...upward(['app', 'map'])] },
      ],
    },
  })),
);
