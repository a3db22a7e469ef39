// Client script of every page: format tabs of the examples, and the search box (MiniSearch, bundled; the index is
// a local script loaded on first use, so the site works offline and from file://).
import MiniSearch from 'minisearch';
import { MINISEARCH_OPTIONS } from './search-options.js';

declare global {
  interface Window { __LEX_SEARCH_INDEX__?: unknown }
}

const root = document.body.dataset.root ?? '';

// ---- format tabs -------------------------------------------------------------------------------------------
for (const group of Array.from(document.querySelectorAll<HTMLElement>('.formats'))) {
  const tabs = Array.from(group.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const panes = Array.from(group.querySelectorAll<HTMLElement>('[role="tabpanel"]'));
  const select = (i: number) => {
    tabs.forEach((t, j) => t.setAttribute('aria-selected', String(i === j)));
    panes.forEach((p, j) => (p.hidden = i !== j));
  };
  tabs.forEach((t, i) => t.addEventListener('click', () => select(i)));
  if (tabs.length) select(0);
}

// ---- search --------------------------------------------------------------------------------------------------
interface Hit { id: string; kind: string; title: string; url: string; summary: string; score: number }

let engine: MiniSearch | undefined;
let loading: Promise<MiniSearch> | undefined;

function loadIndex(): Promise<MiniSearch> {
  if (engine) return Promise.resolve(engine);
  loading ??= new Promise<MiniSearch>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = `${root}assets/search-index.js`;
    s.onload = () => {
      engine = MiniSearch.loadJS(window.__LEX_SEARCH_INDEX__ as any, MINISEARCH_OPTIONS);
      resolve(engine);
    };
    s.onerror = () => reject(new Error('search index failed to load'));
    document.head.appendChild(s);
  });
  return loading;
}

/** Full matches first: the query is the whole path, or its last segments (`customer.email`). */
export function rank(query: string, hits: Hit[]): Hit[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  const exact = (h: Hit) => {
    const t = h.title.toLowerCase();
    if (t === q) return 3;
    if (t.endsWith('.' + q)) return 2;
    if (t.endsWith(q)) return 1;
    return 0;
  };
  return hits
    .map((h, i) => ({ h, i, e: exact(h) }))
    .sort((a, b) => b.e - a.e || (b.e ? a.h.title.length - b.h.title.length : 0) || a.i - b.i)
    .map((x) => x.h);
}

const box = document.querySelector<HTMLInputElement>('#search');
const list = document.querySelector<HTMLUListElement>('#search-results');
if (box && list) {
  let active = 0;
  let current: Hit[] = [];
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const render = () => {
    list.innerHTML = current
      .map((h, i) => `<li role="option" aria-selected="${i === active}"><a href="${root}${escape(h.url)}" data-kind="${h.kind}"><span class="kind">${h.kind}</span> <code>${escape(h.title)}</code><small>${escape(h.summary)}</small></a></li>`)
      .join('');
    list.hidden = current.length === 0;
    box.setAttribute('aria-expanded', String(current.length > 0));
  };
  const run = async () => {
    const q = box.value.trim();
    if (q.length < 2) {
      current = [];
      render();
      return;
    }
    const ms = await loadIndex();
    current = rank(q, ms.search(q) as unknown as Hit[]).slice(0, 15);
    if (current.length === 0) current = rank(q, ms.search(q, { combineWith: 'OR' }) as unknown as Hit[]).slice(0, 15);
    active = 0;
    render();
  };
  box.addEventListener('focus', () => void loadIndex().catch(() => undefined), { once: true });
  box.addEventListener('input', () => void run());
  box.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!current.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : current.length - 1)) % current.length;
      render();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void run().then(() => {
        const hit = current[active];
        if (hit) window.location.href = `${root}${hit.url}`;
      });
    } else if (e.key === 'Escape') {
      current = [];
      render();
    }
  });
  document.addEventListener('click', (e) => {
    if (!(e.target instanceof Node) || (!list.contains(e.target) && e.target !== box)) {
      current = [];
      render();
    }
  });
}

// ---- cross-format map filter -----------------------------------------------------------------------------
const onlyCarried = document.querySelector<HTMLInputElement>('#only-carried');
if (onlyCarried) {
  const apply = () => {
    for (const row of Array.from(document.querySelectorAll<HTMLTableRowElement>('tr[data-carried]'))) row.hidden = onlyCarried.checked && row.dataset.carried === 'none';
  };
  onlyCarried.addEventListener('change', apply);
  apply();
}
