// The lead lifecycle diagram, drawn from the transition table (schema/lead-lifecycle.json) — no layout library,
// no network. Columns are the shortest number of steps from the first status; rows keep the enum order. Forward
// moves are solid arrows, moves back to an earlier stage dashed; the implicit rules (every status may repeat itself,
// every status may be archived) are stated in the legend instead of drawn 15 times.
import { escapeHtml } from './markdown.js';
import type { Lifecycle } from './data.js';

const NODE_W = 188;
const NODE_H = 44;
const COL_GAP = 92;
const ROW_GAP = 30;
const LANE = 9;
const PAD = 24;
const LEGEND_H = 64;

export interface LifecycleLayout {
  columns: Record<string, number>;
  rows: Record<string, number>;
  edges: { from: string; to: string; kind: 'forward' | 'back' | 'same-column' }[];
}

export function layoutLifecycle(statuses: string[], lc: Lifecycle): LifecycleLayout {
  const columns: Record<string, number> = {};
  const start = statuses[0]!;
  columns[start] = 0;
  const queue = [start];
  while (queue.length) {
    const s = queue.shift()!;
    for (const t of lc.transitions[s] ?? []) {
      if (columns[t] === undefined) {
        columns[t] = columns[s]! + 1;
        queue.push(t);
      }
    }
  }
  const maxCol = Math.max(0, ...Object.values(columns));
  for (const s of statuses) columns[s] ??= maxCol + 1; // unreachable statuses, if any, at the end
  // terminal statuses go to a column of their own at the far right
  const last = Math.max(...statuses.filter((s) => !lc.terminal.includes(s)).map((s) => columns[s]!));
  for (const t of lc.terminal) columns[t] = last + 1;
  const rows: Record<string, number> = {};
  const perColumn = new Map<number, number>();
  for (const s of statuses) {
    const c = columns[s]!;
    rows[s] = perColumn.get(c) ?? 0;
    perColumn.set(c, rows[s]! + 1);
  }
  const edges: LifecycleLayout['edges'] = [];
  for (const s of statuses) {
    for (const t of lc.transitions[s] ?? []) {
      if (t === s) continue;
      const kind = columns[t]! > columns[s]! ? 'forward' : columns[t]! < columns[s]! ? 'back' : 'same-column';
      edges.push({ from: s, to: t, kind });
    }
  }
  return { columns, rows, edges };
}

export function lifecycleSvg(statuses: string[], lc: Lifecycle, meanings: Record<string, string>): string {
  const { columns, rows, edges } = layoutLifecycle(statuses, lc);
  const nCols = Math.max(...Object.values(columns)) + 1;
  const nRows = Math.max(...Object.values(rows)) + 1;
  const x = (s: string) => PAD + columns[s]! * (NODE_W + COL_GAP);
  const y = (s: string) => PAD + 40 + rows[s]! * (NODE_H + ROW_GAP);
  const nodesBottom = PAD + 40 + nRows * NODE_H + (nRows - 1) * ROW_GAP;
  const longBack = edges.filter((e) => e.kind === 'back' && columns[e.from]! - columns[e.to]! > 1);
  const width = PAD * 2 + nCols * NODE_W + (nCols - 1) * COL_GAP;
  const height = nodesBottom + 24 + longBack.length * LANE + LEGEND_H;

  // ports: each edge end gets its own point on the node side, ordered by where the other end is
  type Side = 'L' | 'R';
  const ends = new Map<string, { edge: number; other: string }[]>();
  const push = (node: string, side: Side, edge: number, other: string) => {
    const k = `${node}:${side}`;
    ends.set(k, [...(ends.get(k) ?? []), { edge, other }]);
  };
  edges.forEach((e, i) => {
    if (e.kind === 'forward') { push(e.from, 'R', i, e.to); push(e.to, 'L', i, e.from); }
    else if (e.kind === 'back') { push(e.from, 'L', i, e.to); push(e.to, 'R', i, e.from); }
    else { push(e.from, 'R', i, e.to); push(e.to, 'R', i, e.from); }
  });
  const port = new Map<string, number>(); // `${edge}:${node}:${side}` → y
  for (const [k, list] of ends) {
    const [node] = k.split(':');
    list.sort((a, b) => y(a.other) - y(b.other) || a.edge - b.edge);
    list.forEach((e, i) => port.set(`${e.edge}:${k}`, y(node!) + ((i + 1) * NODE_H) / (list.length + 1)));
  }
  const py = (i: number, node: string, side: Side) => port.get(`${i}:${node}:${side}`)!;

  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="lc-title lc-desc" class="lifecycle" font-family="system-ui, sans-serif">`);
  parts.push(`<title id="lc-title">LEX lead lifecycle: ${statuses.length} statuses</title>`);
  parts.push(`<desc id="lc-desc">Allowed lead.status transitions, generated from schema/lead-lifecycle.json. ${edges.length} drawn transitions. Point at a status to highlight its transitions.</desc>`);
  // hovering a status fades the transitions that do not touch it (CSS only)
  parts.push(`<style>${statuses.map((s) => `.lifecycle:has(g[data-status="${s}"]:hover) path.edge:not([data-from="${s}"]):not([data-to="${s}"])`).join(',')}{opacity:.08}.lifecycle g.node{cursor:default}.lifecycle g.node:hover rect{stroke-width:2.5}</style>`);
  parts.push(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#334155"/></marker><marker id="arrow-back" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c2410c"/></marker></defs>`);
  for (let c = 0; c < nCols; c++) {
    const cx = PAD + c * (NODE_W + COL_GAP) + NODE_W / 2;
    const label = statuses.some((s) => lc.terminal.includes(s) && columns[s] === c) ? 'final' : c === 0 ? 'start' : `${c} step${c > 1 ? 's' : ''} on`;
    parts.push(`<text x="${cx}" y="${PAD + 14}" text-anchor="middle" font-size="13" fill="#64748b">${label}</text>`);
  }
  let lane = 0;
  edges.forEach((e, i) => {
    let d: string;
    if (e.kind === 'forward') {
      const x1 = x(e.from) + NODE_W, y1 = py(i, e.from, 'R'), x2 = x(e.to) - 2, y2 = py(i, e.to, 'L');
      const mid = (x1 + x2) / 2;
      d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
    } else if (e.kind === 'back' && columns[e.from]! - columns[e.to]! === 1) {
      const x1 = x(e.from), y1 = py(i, e.from, 'L'), x2 = x(e.to) + NODE_W + 2, y2 = py(i, e.to, 'R');
      const mid = (x1 + x2) / 2;
      d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
    } else if (e.kind === 'back') {
      // long way back: down into the lane below the statuses, across, and up again
      const x1 = x(e.from), y1 = py(i, e.from, 'L'), x2 = x(e.to) + NODE_W + 2, y2 = py(i, e.to, 'R');
      const g1 = x1 - COL_GAP / 2 + 6 - (lane % 4) * 6, g2 = x2 + COL_GAP / 2 - 6 + (lane % 4) * 6;
      const ly = nodesBottom + 18 + lane * LANE;
      lane++;
      d = `M${x1},${y1} H${g1 + 6} Q${g1},${y1} ${g1},${y1 + 6} V${ly - 6} Q${g1},${ly} ${g1 - 6},${ly} H${g2 + 6} Q${g2},${ly} ${g2},${ly - 6} V${y2 + 6} Q${g2},${y2} ${g2 - 6},${y2} H${x2}`;
    } else {
      const x1 = x(e.from) + NODE_W, y1 = py(i, e.from, 'R'), x2 = x(e.to) + NODE_W + 2, y2 = py(i, e.to, 'R');
      const bulge = 30 + Math.abs(rows[e.to]! - rows[e.from]!) * 10;
      d = `M${x1},${y1} C${x1 + bulge},${y1} ${x2 + bulge},${y2} ${x2},${y2}`;
    }
    const back = e.kind !== 'forward';
    parts.push(`<path class="edge edge-${e.kind}" data-from="${e.from}" data-to="${e.to}" d="${d}" fill="none" stroke="${back ? '#c2410c' : '#334155'}" stroke-width="1.5"${back ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#${back ? 'arrow-back' : 'arrow'})"><title>${e.from} → ${e.to}</title></path>`);
  });
  for (const s of statuses) {
    const terminal = lc.terminal.includes(s);
    parts.push(`<g class="node" data-status="${s}"><title>${escapeHtml(`${s}: ${meanings[s] ?? ''}`)}</title><rect x="${x(s)}" y="${y(s)}" width="${NODE_W}" height="${NODE_H}" rx="8" fill="${terminal ? '#1e293b' : '#eef2ff'}" stroke="#4338ca" stroke-width="1.3"/><text x="${x(s) + NODE_W / 2}" y="${y(s) + NODE_H / 2 + 4.5}" text-anchor="middle" font-size="13" font-weight="600" fill="${terminal ? '#ffffff' : '#1e1b4b'}">${s}</text></g>`);
  }
  const ly = height - LEGEND_H + 14;
  const notes = [
    lc.sameStatusAllowed ? `Every status may be sent again unchanged${lc.terminal.length ? ` (except ${lc.terminal.join(', ')})` : ''}.` : 'A status may not repeat itself.',
    lc.anyToArchived ? 'Every status may move to ARCHIVED (not drawn); ARCHIVED is final.' : '',
  ].filter(Boolean);
  parts.push(`<g class="legend" font-size="13" fill="#334155"><path d="M${PAD},${ly} h34" stroke="#334155" stroke-width="1.5" marker-end="url(#arrow)"/><text x="${PAD + 42}" y="${ly + 4}">move on</text><path d="M${PAD + 130},${ly} h34" stroke="#c2410c" stroke-width="1.5" stroke-dasharray="5 4" marker-end="url(#arrow-back)"/><text x="${PAD + 172}" y="${ly + 4}">move back (non-linear journeys)</text>${notes.map((n, i) => `<text x="${PAD}" y="${ly + 24 + i * 17}">${escapeHtml(n)}</text>`).join('')}</g>`);
  parts.push('</svg>');
  return parts.join('\n');
}
