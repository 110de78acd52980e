/**
 * Where a server spends its CPU: a V8 CPU profile (.cpuprofile, as
 * `node --cpu-prof` writes) summed by self time per package and per
 * function, so the lead sees whether the time goes to the ORM, GraphQL
 * execution, validation, serialisation or our own code.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** CPU time on the main thread (idle excluded), ms. */
  busyMs: number;
  byPackage: { name: string; ms: number; percent: number }[];
  topFunctions: { name: string; where: string; ms: number; percent: number }[];
}

/** The package (or part of node) a profiled function belongs to. */
export function packageOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'V8 garbage collection';
    if (functionName === '(program)') return 'V8 / native (program)';
    if (functionName === '(idle)' || functionName === '(root)') return functionName;
    return 'V8 builtins';
  }
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = url.slice(modules + '/node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (url.startsWith('node:')) return 'node core';
  for (const [folder, label] of [['/dist/src/', 'this server (src/)'], ['/dist/plugins/', 'plugins/'], ['/dist/bench/', 'bench/'], ['/dist/migrations/', 'migrations/']]) {
    if (url.includes(folder)) return label;
  }
  return url;
}

export function summarizeProfile(path: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  // Sample i lasts until sample i + 1 (timeDeltas are µs since the previous sample).
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length - 1; i++) {
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i + 1]);
  }
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, { name: string; where: string; us: number }>();
  let busyUs = 0;
  for (const [id, us] of selfUs) {
    const frame = nodes.get(id)!.callFrame;
    const pkg = packageOf(frame);
    if (pkg === '(idle)' || pkg === '(root)') continue;
    busyUs += us;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    const file = frame.url.split('/').slice(-2).join('/');
    const key = `${frame.functionName}@${frame.url}:${frame.lineNumber}`;
    const entry = byFunction.get(key) ?? { name: frame.functionName || '(anonymous)', where: frame.url ? `${pkg}: ${file}:${frame.lineNumber + 1}` : pkg, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const percent = (us: number) => Math.round((1000 * us) / busyUs) / 10;
  return {
    busyMs: Math.round(busyUs / 1000),
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), percent: percent(us) })),
    topFunctions: [...byFunction.values()].sort((a, b) => b.us - a.us).slice(0, top).map((f) => ({ name: f.name, where: f.where, ms: Math.round(f.us / 1000), percent: percent(f.us) })),
  };
}
