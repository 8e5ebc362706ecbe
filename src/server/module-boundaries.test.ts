import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The ESLint rule that keeps modules apart (eslint.config.js): linted as files at these paths
 * would be, without writing them anywhere.
 */
const eslint = new ESLint();
const boundaryErrors = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
};

describe('module boundaries', () => {
  it("refuses a module's import of another module's tables or repository", async () => {
    expect(await boundaryErrors('src/server/modules/catalog/catalog.service.ts', "import { users } from '../users/users.tables.js';\nexport const t = users;\n")).toEqual([
      expect.stringContaining("Another module's tables and repository are its own"),
    ]);
    expect(await boundaryErrors('src/server/modules/catalog/catalog.service.ts', "import { findUserById } from '../users/users.repository.js';\nexport const f = findUserById;\n")).toHaveLength(1);
  });

  it('refuses it by any relative path, and the schema of every table, and relational queries', async () => {
    const service = 'src/server/modules/catalog/catalog.service.ts';
    expect(await boundaryErrors(service, "import { users } from './../users/users.tables.js';\nexport const t = users;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/server/modules/catalog/reports/sales.ts', "import { users } from '../../users/users.tables.js';\nexport const t = users;\n")).toHaveLength(1);
    expect(await boundaryErrors(service, "import * as schema from '../../db/schema.js';\nexport const s = schema;\n")).toHaveLength(1);
    expect(await boundaryErrors(service, 'export const all = (db: { query: { users: { findMany(): unknown } } }) => db.query.users.findMany();\n')).toHaveLength(1);
    expect(await boundaryErrors(service, 'export const all = (ctx: { tx: { query: { users: { findMany(): unknown } } } }) => ctx.tx.query.users.findMany();\n')).toHaveLength(1);
  });

  it('refuses the same from outside the modules (the composition root, the seed)', async () => {
    expect(await boundaryErrors('src/server/services.ts', "import { lockUser } from './modules/users/users.repository.js';\nexport const f = lockUser;\n")).toHaveLength(1);
    expect(await boundaryErrors('src/server/seed/demo.ts', "import { products } from '../modules/catalog/catalog.tables.js';\nexport const p = products;\n")).toHaveLength(1);
  });

  it("allows a module its own tables and repository, and another module's service", async () => {
    expect(await boundaryErrors('src/server/modules/users/users.service.ts', "import * as repo from './users.repository.js';\nimport { users } from './users.tables.js';\nexport const x = [repo, users];\n")).toEqual([]);
    expect(await boundaryErrors('src/server/modules/catalog/catalog.repository.ts', "import { activeSellers } from '../users/users.service.js';\nexport const a = activeSellers;\n")).toEqual([]);
    // And `request.query` is no relational query.
    expect(await boundaryErrors('src/server/modules/catalog/catalog.routes.ts', 'export const q = (request: { query: object }) => request.query;\n')).toEqual([]);
  });
});
