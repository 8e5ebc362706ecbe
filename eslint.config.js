import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/**
 * Module boundaries: a module reads and writes only its own tables, through its own repository;
 * everything else calls its service. One block per module refuses an import, by any relative
 * path, of a tables or repository file of any other module folder, and of `db/schema.ts` (every
 * table at once); relational queries (`db.query.…`) are refused too, since they reach any table.
 * Tests may look at any table to check what was written, a table may name another module's as a
 * foreign key (the database keeps the link; no code reads across it), and `db/` lists every table
 * for the migrations.
 */
function moduleBoundaries() {
  const modules = readdirSync(new URL('./src/server/modules/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const schema = { regex: String.raw`(^|/)db/schema(\.js)?$`, message: 'db/schema.ts is every table at once: call the owning module\'s service instead.' };
  const relationalQueries = {
    selector: "MemberExpression[property.name='query'][object.name=/^(db|tx)$/], MemberExpression[property.name='query'][object.property.name=/^(db|tx)$/]",
    message: "Relational queries reach every module's tables: use this module's repository.",
  };
  const rules = (foreign) => ({
    'no-restricted-imports': ['error', { patterns: [{ regex: foreign, message: "Another module's tables and repository are its own: call its service instead." }, schema] }],
    'no-restricted-syntax': ['error', relationalQueries],
  });
  const ignores = ['src/server/**/*.test.ts', 'src/server/**/*.tables.ts', 'src/server/db/**'];
  return [
    // Outside the modules (the composition root, plugins, the seed): no module's tables or repository.
    { files: ['src/server/**/*.ts'], ignores: [...ignores, 'src/server/modules/**'], rules: rules(String.raw`(^|/)modules/[\w-]+/([\w-]+/)*[\w-]+\.(tables|repository)(\.js)?$`) },
    // Inside a module: any folder's but its own.
    ...modules.map((name) => ({
      files: [`src/server/modules/${name}/**/*.ts`],
      ignores,
      rules: rules(String.raw`(^|/)(?!${name}/)[\w-]+/([\w-]+/)*[\w-]+\.(tables|repository)(\.js)?$`),
    })),
  ];
}

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
  ...moduleBoundaries(),
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
