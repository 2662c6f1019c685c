// ESLint flat config: typescript-eslint + react-hooks, plus the project's safety rules.
// Model text is journalism from outside: it must only ever reach the DOM as text, so every HTML sink
// and every way of turning a string into code is banned here, not just discouraged in review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

const htmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No HTML sinks: render model text as text.' },
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML sinks: use textContent or JSX.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML sinks: use DOM nodes or JSX.' },
  { selector: "CallExpression[callee.property.name='html']", message: "No D3 .html(): use .text() or JSX." },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.name='setTimeout'][arguments.0.type='Literal']", message: 'No string timers (eval).' },
  { selector: "CallExpression[callee.name='setInterval'][arguments.0.type='Literal']", message: 'No string timers (eval).' },
  { selector: "Literal[value=/^\\s*javascript:/i]", message: 'No javascript: URLs.' },
  { selector: "TemplateElement[value.raw=/^\\s*javascript:/i]", message: 'No javascript: URLs.' },
];

// Folder boundaries (../shared/EXAMPLES.md, "Folder layout"): imports only point toward the model. The
// view folders meet in src/app/ and never import each other; what two views share lives in
// src/item-views/ or src/components/. Paths are resolved, so `../timeline/x` and
// `../../src/timeline/x.ts` are the same import.
// Every folder of src/ that is not one of these shared layers is a view, so a new view folder is
// bound by the rules from its first commit, without anyone remembering to list it here.
const LAYERS = ['app', 'components', 'data', 'import', 'item-views', 'model', 'selectors', 'testing', 'view-state'];
const VIEWS = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !LAYERS.includes(entry.name))
  .map((entry) => entry.name);
const src = (folder) => `./src/${folder}`;
const viewZones = VIEWS.map((view) => ({
  target: src(view),
  from: VIEWS.filter((other) => other !== view).map(src),
  message: `View folders never import each other (src/${view}); share the piece through src/item-views/ or src/components/, or join the views in src/app/.`,
}));
const boundaryZones = [
  ...viewZones,
  {
    target: src('model'),
    from: [...VIEWS, 'item-views', 'components', 'app', 'selectors', 'view-state', 'data'].map(src),
    message: 'src/model/ is the bottom of the flow (shared with the CLI): it imports nothing of the app.',
  },
  {
    target: src('import'),
    from: [...VIEWS, 'item-views', 'components', 'app', 'selectors', 'view-state', 'data'].map(src),
    message: 'src/import/ converts other formats into a model file (shared with npm run import): it imports only src/model/.',
  },
  {
    target: src('selectors'),
    from: [...VIEWS, 'item-views', 'components', 'app', 'data'].map(src),
    message: 'Selectors are pure derivations from the model and view state; views read them, not the other way round.',
  },
  {
    target: [src('view-state'), src('data')],
    from: [...VIEWS, 'item-views', 'app'].map(src),
    message: 'State and data sit below the views: they never import a view or the app.',
  },
  {
    target: src('item-views'),
    from: [...VIEWS, 'app'].map(src),
    message: 'Item views are shared by the views, so they import none of them (nor the app).',
  },
  {
    target: src('components'),
    from: [...VIEWS, 'item-views', 'app', 'model', 'selectors', 'view-state', 'data'].map(src),
    message: 'src/components/ holds UI primitives without domain knowledge: no model, state or views.',
  },
];
const REACT = {
  paths: ['react', 'react-dom', 'react/jsx-runtime', 'zustand', '@tanstack/react-query'].map((name) => ({
    name,
    message: 'src/model/ and src/selectors/ are plain TypeScript, shared with the CLI and tested without React.',
  })),
  patterns: [{ group: ['react-dom/*', 'zustand/*', '@tanstack/*'], message: 'No React (or its state and query libraries) in src/model/ or src/selectors/.' }],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results', 'public', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...htmlSinks],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      // A path the resolver cannot follow would slip past the boundaries unchecked.
      'import-x/no-unresolved': 'error',
    },
  },
  {
    files: ['src/model/**/*.{ts,tsx}', 'src/import/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', REACT] },
  },
  {
    files: ['src/selectors/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: REACT.paths,
          patterns: [
            ...REACT.patterns,
            // The view state's types are a selector's input; its code (the store, URL parsing) is not.
            { group: ['**/view-state/*'], allowTypeImports: true, message: 'Selectors take view state as input (import type only); parsers belong in src/model/.' },
          ],
        },
      ],
    },
  },
  {
    // Browser tests run code inside the page via page.evaluate, which is how Playwright works, not eval.
    files: ['e2e/**', 'bench/**', 'scripts/**', 'tools/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
