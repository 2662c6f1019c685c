// ESLint flat config: typescript-eslint + react-hooks, plus the project's safety rules.
// Model text is journalism from outside: it must only ever reach the DOM as text, so every HTML sink
// and every way of turning a string into code is banned here, not just discouraged in review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

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
    // Browser tests run code inside the page via page.evaluate, which is how Playwright works, not eval.
    files: ['e2e/**', 'bench/**', 'scripts/**', 'tools/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
