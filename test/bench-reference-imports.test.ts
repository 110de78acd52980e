import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');

/**
 * The packages a file loads at run time, and the files of this repository it
 * loads, following those files: `import type` and `export type` load nothing
 * and are skipped. Conservative: an import TypeScript would elide because only
 * its types are used still counts.
 */
function loadedAtRunTime(entry: string): { packages: Map<string, string>; files: Set<string> } {
  const packages = new Map<string, string>();
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const specifiers: string[] = [];
    const walk = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
      if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) specifiers.push((node.moduleSpecifier as ts.StringLiteral).text);
      if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) specifiers.push((node.moduleReference.expression as ts.StringLiteral).text);
      if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
        && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) specifiers.push(node.arguments[0].text);
      ts.forEachChild(node, walk);
    };
    walk(source);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        visit(existsSync(`${target}.ts`) ? `${target}.ts` : resolve(target, 'index.ts'));
      } else if (!specifier.startsWith('node:')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!packages.has(name)) packages.set(name, relative(ROOT, file));
      }
    }
  };
  visit(entry);
  return { packages, files };
}

describe('issue 12.1: the reference server is plain (pg + graphql-js + DataLoaders on node:http)', () => {
  it('loads none of the stack it is compared with (the ORM, type-graphql, Apollo, Express, the job queue): their memory would count as its own', () => {
    const { packages, files } = loadedAtRunTime(resolve(ROOT, 'bench/reference/main.ts'));
    // The wire format is shared (global ids and the schema transform that applies them), not the server's stack.
    const allowed = ['pg', 'graphql', 'dataloader', 'ws', 'graphql-ws', '@graphql-yoga/subscription', '@graphql-tools/utils'];
    expect([...packages].filter(([name]) => !allowed.includes(name)).map(([name, file]) => `${name} (imported by ${file})`)).toEqual([]);
    // The shared code it loads stays small: ids and global ids, with the domain errors they throw.
    expect([...files].map((file) => relative(ROOT, file)).filter((file) => file.startsWith('src/')).sort()).toEqual([
      'src/shared/app-error.ts', 'src/shared/global-ids.ts', 'src/shared/ids.ts', 'src/shared/input-round.ts', 'src/shared/on-demand-storage.ts',
    ]);
  });
});
