import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'reports/',
      'examples/**/cdk.out/',
      'bench/results/',
      'coverage/',
      '.stryker-tmp/',
      '.stryker-tmp-rules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Normalizers build an object per resource, up to an organization's millions.
    files: [
      'src/sources/template/normalize/**/*.ts',
      'src/sources/live/services/**/*.ts',
      'src/inventory/facts/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > SpreadElement:first-child ~ Property ~ Property ~ Property',
          message:
            'V8 (Node 20) clones an object literal that opens with a spread, then defines each later property through a slow path (about 50 times slower for a resource-sized object): open with a property, such as `type`, then spread.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', module: 'writable', require: 'readonly', console: 'readonly' },
    },
  },
  {
    // CommonJS (bin/package.json), so Node starts the CLI without its ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
