// The playground: the real @lexstandard/core, bundled for the browser by esbuild. Reads a message in any format,
// validates it and writes it in all four formats. Nothing leaves the page.
import { describePosition, LexCodecError, parse, serialize, validate, type Format } from '@lexstandard/core';

interface Sample { label: string; text: string }

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const samples: Sample[] = JSON.parse($('pg-samples').textContent ?? '[]');
const input = $<HTMLTextAreaElement>('pg-input');
const picker = $<HTMLSelectElement>('pg-sample');
const level = $<HTMLSelectElement>('pg-level');
const clock = $<HTMLSelectElement>('pg-clock');
const status = $('pg-status');
const issues = $('pg-issues');
const FORMATS: Format[] = ['json', 'xml', 'x12', 'edifact'];
const NAMES: Record<Format, string> = { json: 'JSON-EDI', xml: 'XML-EDI', x12: 'X12 850', edifact: 'EDIFACT ORDERS' };

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function pane(format: Format) {
  const panel = $(`pg-out-${format}`);
  return { code: panel.querySelector('code')!, warnings: panel.querySelector<HTMLElement>('.pg-warnings')! };
}

function selectTab(format: Format) {
  $(`pg-tab-${format}`).click();
}

function clear() {
  for (const f of FORMATS) {
    const p = pane(f);
    p.code.textContent = '';
    p.warnings.innerHTML = '';
  }
}

function run() {
  const text = input.value;
  clear();
  issues.innerHTML = '';
  document.body.dataset.pgState = 'running';
  if (!text.trim()) {
    status.textContent = 'Pick or paste a message.';
    document.body.dataset.pgState = 'empty';
    return;
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(text);
  } catch (err) {
    const e = err as LexCodecError;
    status.innerHTML = `<span class="bad">Cannot read the message</span>`;
    issues.innerHTML = `<table class="issues"><thead><tr><th>Severity</th><th>Code</th><th>Where</th><th>Message</th></tr></thead><tbody><tr class="sev-CRITICAL"><td>CRITICAL</td><td><code>${esc(e.code ?? 'ERROR')}</code></td><td>${esc(e.position ? describePosition(e.position) : '')}</td><td>${esc(e.message)}</td></tr></tbody></table>`;
    $('pg-formats').hidden = true;
    document.body.dataset.pgState = 'unreadable';
    return;
  }
  $('pg-formats').hidden = false;
  const ts = Date.parse((parsed.message as any)?.lex?.header?.timestamp);
  const now = clock.value === 'message' && Number.isFinite(ts) ? new Date(ts + 60_000) : new Date();
  const result = validate(parsed.message, { level: level.value as 'L1' | 'L2' | 'L3', now });
  const rows = [
    ...result.errors.map((i) => ({ ...i, kind: i.severity })),
    ...result.warnings.map((i) => ({ ...i, kind: 'WARNING' })),
    ...parsed.warnings.map((w) => ({ code: w.code, path: w.path ?? (w.position ? describePosition(w.position) : ''), message: w.message, kind: 'WARNING' })),
  ];
  status.innerHTML =
    `Read as <strong>${NAMES[parsed.format]}</strong>. ` +
    (result.valid ? '<span class="ok">Valid LEX</span>' : `<span class="bad">Not valid: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}</span>`) +
    ` at level ${level.value}, ${result.warnings.length + parsed.warnings.length} warning${result.warnings.length + parsed.warnings.length === 1 ? '' : 's'} (clock ${now.toISOString()}).`;
  if (rows.length) {
    issues.innerHTML = `<table class="issues"><thead><tr><th>Severity</th><th>Code</th><th>Where</th><th>Message</th></tr></thead><tbody>${rows
      .map((r) => `<tr class="sev-${r.kind}"><td>${r.kind}</td><td><code>${esc(r.code)}</code></td><td><code>${esc(r.path)}</code></td><td>${esc(r.message)}</td></tr>`)
      .join('')}</tbody></table>`;
  }
  for (const f of FORMATS) {
    const p = pane(f);
    try {
      const out = serialize(parsed.message, f);
      p.code.textContent = out.output;
      if (out.warnings.length) {
        p.warnings.innerHTML = `<details><summary>${out.warnings.length} warning${out.warnings.length === 1 ? '' : 's'} from the ${NAMES[f]} writer</summary><ul>${out.warnings.map((w) => `<li><code>${esc(w.code)}</code> ${w.path ? `<code>${esc(w.path)}</code> ` : ''}${esc(w.message)}</li>`).join('')}</ul></details>`;
      }
    } catch (err) {
      p.code.textContent = '';
      p.warnings.innerHTML = `<p class="not-carried">${esc((err as LexCodecError).code ?? 'ERROR')}: ${esc((err as Error).message)}</p>`;
    }
  }
  selectTab(parsed.format === 'json' ? 'xml' : 'json');
  document.body.dataset.pgState = result.valid ? 'valid' : 'invalid';
}

picker.addEventListener('change', () => {
  const s = samples[Number(picker.value)];
  if (picker.value !== '' && s) {
    input.value = s.text;
    run();
  }
});
$('pg-run').addEventListener('click', run);
level.addEventListener('change', run);
clock.addEventListener('change', run);
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, 400);
});
document.body.dataset.pgState = 'ready';
