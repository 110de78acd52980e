/** The results of a run as rows checked against bench/targets.ts, and as a markdown report. */
import { ratioTargets, targets, type RatioTarget, type Target } from './targets';
import type { Measured } from './compare';
import type { ProfileSummary } from './profile';

export interface Row {
  name: string;
  unit: string;
  this: number;
  reference?: number;
  /** this ÷ reference */
  ratio?: number;
  target?: string;
  pass?: boolean;
}

/** With `partial` (a selected part of the bench ran), targets not measured are left out instead of failing. */
export function rowsOf(compared: Measured, alone: Record<string, number>, partial = false): Row[] {
  const rows: Row[] = [];
  const add = (name: string, mine: number, theirs?: number) => {
    const ratio = theirs === undefined || theirs === 0 ? undefined : mine / theirs;
    const absolute = (targets as Record<string, Target>)[name];
    const relative = (ratioTargets as Record<string, RatioTarget>)[name];
    const row: Row = { name, unit: absolute?.unit ?? unitOf(name), this: round(mine), reference: theirs === undefined ? undefined : round(theirs), ratio: ratio === undefined ? undefined : Math.round(ratio * 100) / 100 };
    if (relative) {
      row.target = `${relative.bound === 'at most' ? '<=' : '>='} ${relative.ratio}x`;
      row.pass = ratio !== undefined && (relative.bound === 'at most' ? ratio <= relative.ratio : ratio >= relative.ratio);
    } else if (absolute) {
      const atLeast = absolute.metric === 'throughput';
      row.target = `${atLeast ? '>=' : '<='} ${absolute.limit} ${absolute.unit}`;
      row.pass = atLeast ? mine >= absolute.limit : mine <= absolute.limit;
    }
    rows.push(row);
  };
  for (const [name, [mine, theirs]] of Object.entries(compared)) add(name, mine, theirs);
  for (const [name, value] of Object.entries(alone)) add(name, value);
  // A target whose benchmark no longer reports (renamed, removed) fails rather than passing silently.
  for (const name of partial ? [] : [...Object.keys(targets), ...Object.keys(ratioTargets)]) {
    if (!rows.some((row) => row.name === name)) rows.push({ name, unit: unitOf(name), this: NaN, target: 'not measured', pass: false });
  }
  return rows;
}

const round = (value: number) => Math.round(value * 10) / 10;

function unitOf(name: string): string {
  if (/SQL\/(request|event)/.test(name)) return 'statements';
  if (name.endsWith('throughput')) return 'req/s';
  if (name.startsWith('RSS') || name.startsWith('server ') || name.startsWith('heap ')) return 'MiB';
  if (name.includes('KiB')) return 'KiB';
  if (name.endsWith('lost events')) return 'events';
  if (name.startsWith('seq scans')) return 'scans';
  return 'ms';
}

export interface Profiles {
  [server: string]: { [scenario: string]: ProfileSummary };
}

export function markdown(rows: Row[], facts: string[], profiles: Profiles): string {
  const lines = [
    '| benchmark | this server | reference | ratio | target | result |',
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...rows.map((r) =>
      `| ${r.name} | ${r.this} ${r.unit} | ${r.reference === undefined ? '' : `${r.reference} ${r.unit}`} | ${r.ratio === undefined ? '' : `${r.ratio}x`} | ${r.target ?? ''} | ${r.pass === undefined ? 'info' : r.pass ? 'pass' : '**FAIL**'} |`),
    '',
    ...facts.map((fact) => `- ${fact}`),
  ];
  for (const [server, scenarios] of Object.entries(profiles)) {
    for (const [scenario, summary] of Object.entries(scenarios)) {
      lines.push('', `### CPU profile: ${server}, ${scenario} (${summary.busyMs} ms busy)`, '', '| self time by package | ms | % |', '| --- | ---: | ---: |');
      for (const p of summary.byPackage) lines.push(`| ${p.name} | ${p.ms} | ${p.percent} |`);
      lines.push('', '| top functions (self time) | where | ms | % |', '| --- | --- | ---: | ---: |');
      for (const f of summary.topFunctions) lines.push(`| ${f.name} | ${f.where} | ${f.ms} | ${f.percent} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
