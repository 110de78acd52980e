import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { typeScriptFiles } from './support/source-files';

const ROOT = join(__dirname, '..');
const RULE_ID = /\b(?:CL|CT|CR|OR|SV|DN|PM|AU)-\d+\b/g;
const rulesDoc = readFileSync(join(ROOT, 'docs/rules.md'), 'utf8');

/** Rule IDs cited anywhere in the code and tests (comments, test titles), each with the first file citing it. */
function citedRuleIds(): Map<string, string> {
  const cited = new Map<string, string>();
  for (const file of ['src', 'plugins', 'test'].flatMap((dir) => typeScriptFiles(join(ROOT, dir)))) {
    if (file === __filename) continue;
    for (const [id] of readFileSync(file, 'utf8').matchAll(RULE_ID)) if (!cited.has(id)) cited.set(id, relative(ROOT, file));
  }
  return cited;
}

/** A rule has an entry as a heading (`### CL-5 …`) or in a "Not built yet" list (`- CL-10 …`). */
const documented = new Set([...rulesDoc.matchAll(/^(?:### |- )((?:CL|CT|CR|OR|SV|DN|PM|AU)-\d+) /gm)].map((m) => m[1]));
const builtRules = new Set([...rulesDoc.matchAll(/^### ((?:CL|CT|CR|OR|SV|DN|PM|AU)-\d+) /gm)].map((m) => m[1]));

describe('issue 17.7: the rules live in the repository (docs/rules.md)', () => {
  it('issue 17.7: every rule ID cited in src, plugins and test has an entry in docs/rules.md', () => {
    const cited = citedRuleIds();
    expect(cited.size).toBeGreaterThan(20);
    const missing = [...cited].filter(([id]) => !documented.has(id)).map(([id, file]) => `${id} (cited in ${file})`);
    expect(missing).toEqual([]);
  });

  it('issue 17.7: every built rule says where it lives and which tests pin it', () => {
    expect(builtRules.size).toBeGreaterThan(20);
    const sections = rulesDoc.split(/^### /m).slice(1);
    const incomplete = sections.filter((s) => !/^- Where: `/m.test(s) || !/^- Tests: `/m.test(s)).map((s) => s.split('\n')[0]);
    expect(incomplete).toEqual([]);
  });

  it('issue 17.7: every file docs/rules.md names exists, and each test file named mentions that rule', () => {
    const problems: string[] = [];
    for (const section of rulesDoc.split(/^### /m).slice(1)) {
      const id = section.split(' ')[0];
      for (const line of section.split('\n').filter((l) => /^- (Where|Tests): /.test(l))) {
        for (const [, path] of line.matchAll(/`([^`]+)`/g)) {
          if (!existsSync(join(ROOT, path))) problems.push(`${id}: ${path} does not exist`);
          else if (line.startsWith('- Tests: ') && !readFileSync(join(ROOT, path), 'utf8').includes(id))
            problems.push(`${id}: ${path} never mentions ${id}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('issue 17.7: no code, test or README points at documents outside the repository', () => {
    const files = [...['src', 'plugins', 'test', 'scripts', 'bench'].flatMap((dir) => typeScriptFiles(join(ROOT, dir))), join(ROOT, 'README.md'), join(ROOT, 'plugins/README.md')];
    const outside = /SPEC\.md|FIELD-NOTES|STYLE\.md|\/work\/shared/;
    const offenders = files.filter((file) => file !== __filename && outside.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
