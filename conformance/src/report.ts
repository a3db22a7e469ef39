// The three forms of a conformance report: text for the terminal, JSON for tools, Markdown for publishing.
import type { CaseResult, ConformanceReport } from './runner.js';
import { TIER_NAMES } from './types.js';

const mark = (c: CaseResult) => (c.status === 'pass' ? 'PASS' : c.status === 'fail' ? 'FAIL' : 'ERROR');
const highest = (r: ConformanceReport) => (r.highestTierMet ? `${r.highestTierMet} ${TIER_NAMES[r.highestTierMet]}` : 'none');

export interface TextOptions {
  /** list passing cases too (default true) */
  passes?: boolean;
}

export function formatText(r: ConformanceReport, options: TextOptions = {}): string {
  const lines: string[] = [];
  lines.push(`LEX ${r.lexVersion} conformance — vectors ${r.vectorsVersion} (${r.vectorsDigest.slice(0, 19)}), up to ${r.requestedLevel}`);
  lines.push(`implementation: ${r.implementation}`);
  lines.push('');
  for (const c of r.cases) {
    if (c.status === 'pass' && options.passes === false) continue;
    lines.push(`${mark(c).padEnd(5)} ${c.level} ${c.kind.padEnd(8)} ${c.id}  ${c.title}`);
    for (const f of c.failures) lines.push(`        - ${f}`);
  }
  lines.push('');
  for (const t of r.tiers) {
    lines.push(`${t.level} ${t.name.padEnd(8)} ${t.met ? 'met    ' : 'NOT met'}  ${t.passed}/${t.total} passed at this level${t.failed.length ? `; failing: ${t.failed.slice(0, 10).join(', ')}${t.failed.length > 10 ? `, … (${t.failed.length})` : ''}` : ''}`);
  }
  const s = r.summary;
  lines.push(`${s.total} cases: ${s.passed} passed, ${s.failed} failed, ${s.errored} errored`);
  lines.push(`highest tier met: ${highest(r)}${r.met ? '' : ` (${r.requestedLevel} requested: not met)`}`);
  return lines.join('\n');
}

export function formatJson(r: ConformanceReport): string {
  return JSON.stringify(r, null, 2);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function formatMarkdown(r: ConformanceReport): string {
  const lines: string[] = [];
  lines.push(`# LEX conformance report`);
  lines.push('');
  lines.push(`| | |`);
  lines.push(`|---|---|`);
  lines.push(`| Implementation | ${cell(r.implementation)} |`);
  lines.push(`| LEX version | ${r.lexVersion} |`);
  lines.push(`| Vectors | LEX ${r.vectorsVersion} vectors, ${r.cases.length} cases, \`${r.vectorsDigest}\` |`);
  lines.push(`| Run at | ${r.runAt} |`);
  lines.push(`| Requested level | ${r.requestedLevel} ${TIER_NAMES[r.requestedLevel]} |`);
  lines.push(`| **Highest tier met** | **${highest(r)}** |`);
  lines.push('');
  lines.push(`## Tiers`);
  lines.push('');
  lines.push(`| Level | Tier | Met | Passed at this level |`);
  lines.push(`|---|---|---|---|`);
  for (const t of r.tiers) lines.push(`| ${t.level} | ${t.name} | ${t.met ? '✅ yes' : '❌ no'} | ${t.passed}/${t.total} |`);
  lines.push('');
  const failing = r.cases.filter((c) => c.status !== 'pass');
  if (failing.length) {
    lines.push(`## Failing cases (${failing.length})`);
    lines.push('');
    for (const c of failing) {
      lines.push(`- **${cell(c.id)}** (${c.level}, ${c.kind}) ${cell(c.title)} — ${mark(c)}`);
      for (const f of c.failures) lines.push(`  - ${cell(f)}`);
    }
    lines.push('');
  }
  lines.push(`## All cases (${r.cases.length})`);
  lines.push('');
  lines.push(`| Case | Level | Kind | Result | Title |`);
  lines.push(`|---|---|---|---|---|`);
  for (const c of r.cases) lines.push(`| ${cell(c.id)} | ${c.level} | ${c.kind} | ${mark(c)} | ${cell(c.title)} |`);
  lines.push('');
  return lines.join('\n');
}
