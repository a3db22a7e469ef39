// The schema diff as a report: a JSON object for tools and a Markdown page for a pull request.
import { RULES, requiredBump, type Bump, type Change, type ChangeKind } from './diff.js';

export interface SchemaVersionInfo {
  /** where this version came from: a directory or `ref (sha)` */
  source: string;
  /** its lex.version */
  version: string;
}

export interface DiffReport {
  old: SchemaVersionInfo;
  new: SchemaVersionInfo;
  /** the highest kind of change, or none */
  verdict: ChangeKind | 'none';
  /** the changeset bump the changes need */
  bump: Bump;
  counts: Record<ChangeKind, number>;
  changes: Change[];
}

export function diffReport(changes: Change[], oldInfo: SchemaVersionInfo, newInfo: SchemaVersionInfo): DiffReport {
  const counts: Record<ChangeKind, number> = { breaking: 0, additive: 0, editorial: 0 };
  for (const c of changes) counts[c.kind]++;
  const bump = requiredBump(changes);
  const verdict: DiffReport['verdict'] = counts.breaking ? 'breaking' : counts.additive ? 'additive' : counts.editorial ? 'editorial' : 'none';
  return { old: oldInfo, new: newInfo, verdict, bump, counts, changes };
}

const TITLES: Record<ChangeKind, string> = {
  breaking: 'Breaking — needs a major changeset',
  additive: 'Additive — needs a minor changeset',
  editorial: 'Editorial — needs a patch changeset',
};

const cell = (v: unknown): string => {
  if (v === undefined) return '';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  const short = s.length > 120 ? `${s.slice(0, 117)}…` : s;
  return short.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
};
const code = (s: string) => (s ? `\`${s.replace(/`/g, "'")}\`` : '');

/** A one-line verdict: "breaking: needs a major changeset (2 breaking, 1 additive, 0 editorial)". */
export function verdictLine(r: DiffReport): string {
  const counts = `${r.counts.breaking} breaking, ${r.counts.additive} additive, ${r.counts.editorial} editorial`;
  if (r.verdict === 'none') return 'no changes: no changeset needed for the schema';
  return `${r.verdict}: needs a ${r.bump} changeset (${counts})`;
}

export function renderMarkdown(r: DiffReport): string {
  const lines: string[] = [];
  lines.push(`## LEX schema diff: ${r.old.version} → ${r.new.version === r.old.version ? 'next' : r.new.version}`);
  lines.push('');
  lines.push(`Compared \`${r.old.source}\` (lex.version ${r.old.version}) with \`${r.new.source}\` (lex.version ${r.new.version}).`);
  lines.push('');
  if (r.verdict === 'none') {
    lines.push('**Verdict: no changes** — the two schemas are the same; no changeset is needed for the spec.');
    return lines.join('\n') + '\n';
  }
  lines.push(`**Verdict: ${r.verdict.toUpperCase()} — this change needs a \`${r.bump}\` changeset** (${r.counts.breaking} breaking, ${r.counts.additive} additive, ${r.counts.editorial} editorial).`);
  for (const kind of ['breaking', 'additive', 'editorial'] as const) {
    const list = r.changes.filter((c) => c.kind === kind);
    if (!list.length) continue;
    lines.push('', `### ${TITLES[kind]} (${list.length})`, '');
    lines.push('| where | change | rule | before | after |', '|---|---|---|---|---|');
    for (const c of list) lines.push(`| ${code(c.path)} | ${cell(c.detail)} | ${code(c.rule)} | ${cell(c.before)} | ${cell(c.after)} |`);
  }
  const used = [...new Set(r.changes.map((c) => c.rule))];
  lines.push('', '<details><summary>Rules applied</summary>', '');
  for (const rule of used) lines.push(`- \`${rule}\` (${RULES[rule]?.kind ?? '?'}): ${RULES[rule]?.meaning ?? ''}`);
  lines.push('', '</details>');
  return lines.join('\n') + '\n';
}
