// Issue target: JSON.parse + validate costs at most 2× JSON.parse alone, on the seed minimal lead
// and on a full lead that uses every block.
import { readFileSync } from 'node:fs';
import { validate } from '@lexstandard/validator';
import type { Harness } from '../harness.js';

const root = new URL('../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');

export async function run(h: Harness): Promise<void> {
  h.section('Validation: JSON.parse + validate vs JSON.parse alone (target: ≤ 2× the time of JSON.parse)');
  const inputs: [string, string][] = [
    ['seed minimal lead', read('conformance/examples/seed/minimal-lead.json')],
    ['full lead (every block)', read('packages/schema/generated/examples/full-lead.json')],
  ];
  for (const [name, text] of inputs) {
    const now = new Date(JSON.parse(text).lex.header.timestamp as string);
    const c = await h.compare(`${name}: parse+validate (${text.length} B)`, text.length, () => validate(JSON.parse(text), { now }), { name: 'JSON.parse', fn: () => JSON.parse(text) });
    // the inverse of the comparison's ratio: the median of side-by-side sample ratios, which a slow spell of the
    // machine moves less than a ratio of two medians does
    const cost = 1 / c.ratio!;
    h.note(`  → parse+validate costs ${cost.toFixed(2)}× JSON.parse alone (target ≤ 2.00×): ${cost <= 2 ? 'MET' : 'NOT MET'}`, { case: name, costRatio: cost });
  }
}
