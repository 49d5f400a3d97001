// @ts-check
/**
 * Lint for the whole workspace. Besides the usual TypeScript rules, it
 * enforces the architecture's import rules (CONTRIBUTING.md): which package
 * may import which, no deep imports of another package's src/, and nothing
 * imports an app or the bench.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Who may import whom. An arrow is permission, not obligation. */
const allowedDependencies = {
  tensor: [],
  autograd: ['tensor'],
  activations: ['tensor', 'autograd'],
  nn: ['tensor', 'autograd', 'activations'],
  lstm: ['tensor', 'autograd', 'activations', 'nn'],
  optim: ['tensor', 'autograd'],
  datasets: ['tensor'],
};
const packages = Object.keys(allowedDependencies);

/** Patterns every file obeys: no reaching into another package's source, no importing apps or the bench. */
const commonPatterns = [
  {
    group: ['@mnemo/*/src', '@mnemo/*/src/**', '@mnemo/*/dist', '@mnemo/*/dist/**'],
    message: "Import a package by its name and public entry (e.g. '@mnemo/tensor'), never its src/ or dist/.",
  },
  {
    regex: `^(\\.\\./)+(packages/)?(${packages.join('|')})/`,
    message: "Relative imports may not cross package boundaries: import the other package by its name.",
  },
  {
    regex: '^(\\.\\./)+(apps|bench)/|^sentiment$|^@mnemo/bench',
    message: 'Nothing imports an app or the bench.',
  },
];

const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'docs/api/**', '**/coverage/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'prefer-const': 'error',
      ...restrictImports(commonPatterns),
    },
  },
  ...packages.map((name) => {
    const forbidden = packages.filter((other) => other !== name && !allowedDependencies[name].includes(other));
    return {
      files: [`packages/${name}/**/*.{ts,js,mjs}`],
      rules: restrictImports([
        ...commonPatterns,
        ...forbidden.map((other) => ({
          group: [`@mnemo/${other}`, `@mnemo/${other}/*`],
          message: `@mnemo/${name} may not import @mnemo/${other}: it may import ${allowedDependencies[name].map((d) => '@mnemo/' + d).join(', ') || 'nothing'} (see CONTRIBUTING.md).`,
        })),
      ]),
    };
  }),
  // Main entries must run in the browser: Node built-ins only under src/node/ (the `./node` subpath).
  ...packages.map((name) => ({
    files: [`packages/${name}/src/**/*.ts`],
    ignores: [`packages/${name}/src/node/**`, `packages/${name}/src/**/*.test.ts`],
    rules: restrictImports([
      ...commonPatterns,
      ...packages
        .filter((other) => other !== name && !allowedDependencies[name].includes(other))
        .map((other) => ({ group: [`@mnemo/${other}`, `@mnemo/${other}/*`], message: `@mnemo/${name} may not import @mnemo/${other} (see CONTRIBUTING.md).` })),
      {
        regex: '^node:|^(fs|path|os|child_process|worker_threads|readline|stream|crypto)(/|$)',
        message: 'The main entry must stay browser-safe: Node built-ins belong in src/node/ (the ./node subpath export).',
      },
    ]),
  })),
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
