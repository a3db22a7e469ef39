// The build-time use of the real LEX packages: every example on the site is produced here by @lexstandard/core
// (parse → serialize to each format → validate), never pasted. If the codec packages are not built, the build fails
// with a message saying so.
import type * as Core from '@lexstandard/core';

export type Format = 'json' | 'xml' | 'x12' | 'edifact';
export const FORMATS: Format[] = ['json', 'xml', 'x12', 'edifact'];
export const FORMAT_NAMES: Record<Format, string> = { json: 'JSON-EDI', xml: 'XML-EDI', x12: 'X12 850', edifact: 'EDIFACT ORDERS' };

export interface Rendition {
  format: Format;
  output?: string;
  error?: string;
  warnings: { code: string; message: string; path?: string }[];
}

export interface ExampleSet {
  id: string;
  title: string;
  source: string;
  /** the format the example was read from, its text and the reader's warnings */
  from: Format;
  sourceText: string;
  parseWarnings: { code: string; message: string; path?: string }[];
  renditions: Rendition[];
  validation: { valid: boolean; asOf: string; errors: { code: string; path: string; message: string }[]; warnings: { code: string; path: string; message: string }[] };
}

let core: typeof Core | undefined;

export async function loadCore(): Promise<typeof Core> {
  if (core) return core;
  try {
    core = await import('@lexstandard/core');
    for (const fn of ['parse', 'serialize', 'validate', 'convert', 'detectFormat'] as const) {
      if (typeof (core as any)[fn] !== 'function') throw new Error(`@lexstandard/core has no ${fn}()`);
    }
    return core;
  } catch (err) {
    throw new Error(
      'docs-site: the four-format examples and the playground are produced by @lexstandard/core and its codec packages ' +
        '(@lexstandard/xml, @lexstandard/x12, @lexstandard/edifact), which could not be loaded. Build them first with ' +
        '`npx turbo run build` (or `npx turbo run build --filter=@lexstandard/docs-site...` for just the site and what it needs).\n' +
        `Cause: ${(err as Error).message}`,
    );
  }
}

const addSeconds = (iso: string, s: number) => {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? new Date(t + s * 1000).toISOString().replace(/\.000Z$/, 'Z') : new Date().toISOString();
};

/** Reads `text` (any format) and writes it in all four formats; validates the message as of its own timestamp + 60 s. */
export async function renditions(id: string, title: string, source: string, text: string, notCarried: (message: any, format: Format) => string | undefined): Promise<ExampleSet> {
  const c = await loadCore();
  let parsed: ReturnType<typeof c.parse>;
  try {
    parsed = c.parse(text);
  } catch (err) {
    throw new Error(`docs-site: @lexstandard/core cannot read the example ${source}: ${(err as any).code ?? ''} ${(err as Error).message}`.replace(/\s+/g, ' '));
  }
  const message = parsed.message as any;
  const out: Rendition[] = [];
  for (const format of FORMATS) {
    const reason = format === 'x12' || format === 'edifact' ? notCarried(message, format) : undefined;
    if (reason) {
      out.push({ format, error: `Not carried: ${reason}`, warnings: [] });
      continue;
    }
    try {
      const r = c.serialize(parsed.message, format);
      out.push({ format, output: r.output, warnings: r.warnings.map(w) });
    } catch (err) {
      out.push({ format, error: `${(err as any).code ?? 'ERROR'}: ${(err as Error).message}`, warnings: [] });
    }
  }
  const asOf = addSeconds(message?.lex?.header?.timestamp, 60);
  const v = c.validate(message, { now: asOf });
  return {
    id,
    title,
    source,
    from: parsed.format,
    sourceText: text,
    parseWarnings: parsed.warnings.map(w),
    renditions: out,
    validation: { valid: v.valid, asOf, errors: v.errors.map(issue), warnings: v.warnings.map(issue) },
  };
}

const w = (x: { code: string; message: string; path?: string }) => ({ code: x.code, message: x.message, ...(x.path ? { path: x.path } : {}) });
const issue = (x: { code: string; message: string; path: string }) => ({ code: x.code, message: x.message, path: x.path });
