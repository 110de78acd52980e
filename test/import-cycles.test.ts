import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { typeScriptFiles } from './support/source-files';

const SRC = resolve(__dirname, '../src');

/**
 * Issue 17.1: the folders of src/ depend on each other in one direction. This
 * order lists each folder after the folders it may import; the top-level files
 * (main, app, server, schema, composition, config, demo data) wire the folders
 * together and are not part of it.
 */
const LAYERS = ['shared', 'jobs', 'activity', 'settings', 'plugins', 'currency', 'auth', 'clients', 'mail', 'credit', 'catalog', 'provisioning', 'billing', 'payments', 'dns', 'orders', 'automation'];

/** The top-level folder of a file in src/, or undefined for a top-level file. */
function folderOf(file: string): string | undefined {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** "from -> to" for every import (type-only ones too) from one folder of src/ into another, with the files that make it. */
function folderImports(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of typeScriptFiles(SRC)) {
    const from = folderOf(file);
    if (!from) continue;
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), imported.fileName);
      if (!target.startsWith(SRC + sep)) continue;
      const to = folderOf(target);
      if (!to || to === from) continue;
      const edge = `${from} -> ${to}`;
      edges.set(edge, [...(edges.get(edge) ?? []), `${relative(SRC, file)} imports ${imported.fileName}`]);
    }
  }
  return edges;
}

/** The folders of each cycle (strongly connected component of more than one folder), Tarjan's algorithm. */
function cycles(edges: Iterable<string>): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = edge.split(' -> ');
    next.set(from, [...(next.get(from) ?? []), to]);
    if (!next.has(to)) next.set(to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const to of next.get(node)!) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) {
        low.set(node, Math.min(low.get(node)!, index.get(to)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports between the folders of src/', () => {
  const edges = folderImports();

  it('issue 17.1: the cycle finder finds a cycle between two folders', () => {
    expect(cycles(['a -> b', 'b -> c', 'c -> a', 'c -> d'])).toEqual([['a', 'b', 'c']]);
    expect(cycles(['a -> b', 'b -> c', 'a -> c'])).toEqual([]);
  });

  it('issue 17.1: every folder of src/ has its place in the order', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders.sort()).toEqual([...LAYERS].sort());
  });

  it('issue 17.1: shared/ imports no other folder', () => {
    expect([...edges].filter(([edge]) => edge.startsWith('shared -> '))).toEqual([]);
  });

  it('issue 17.1: no folder imports a folder after it in the order', () => {
    const backward = [...edges].filter(([edge]) => {
      const [from, to] = edge.split(' -> ');
      return LAYERS.indexOf(from) < LAYERS.indexOf(to);
    });
    expect(backward).toEqual([]);
  });

  it('issue 17.1: the folders have no import cycle', () => {
    expect(cycles([...edges.keys()])).toEqual([]);
  });
});
