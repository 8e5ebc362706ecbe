import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'var/', 'node_modules/', 'test-results/', 'src/server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Module boundaries: a module reads and writes only its own tables, through its own repository;
    // everything else calls its service. Tests may look at any table to check what was written, a
    // table may name another module's as a foreign key (the database keeps the link; no code reads
    // across it), and db/schema.ts lists every table for the migrations.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/**/*.test.ts', 'src/server/**/*.tables.ts', 'src/server/db/schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./[\w-]+/[\w-]+\.(tables|repository)(\.js)?$`,
              message: "Another module's tables and repository are its own: call its service instead.",
            },
            {
              regex: String.raw`(^|/)modules/[\w-]+/[\w-]+\.(tables|repository)(\.js)?$`,
              message: "A module's tables and repository are its own: call its service instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
