import { parseArgs } from 'node:util';
import {
  diffReport, diffSchemas, loadModel, openSchemaSource, renderMarkdown, SchemaSourceError,
  type SchemaModel, type SchemaSource,
} from '@lexstandard/schema-model';
import { CliError, EXIT } from '../io.js';

export const SCHEMA_USAGE = `Usage: lex schema diff OLD NEW [--markdown | --json]

Compares two versions of the canonical LEX schema and classifies every change: breaking (needs a major
changeset), additive (minor) or editorial (patch).
  OLD, NEW     a schema directory (holding lex.schema.json), a checkout whose schema/ holds it,
               or a git ref — the schema/ folder at that ref (main, v1.0.0, HEAD~1; REF:path for another folder)
  --markdown   print the Markdown report, for a pull request (the default)
  --json       print the report as JSON: { old, new, verdict, bump, counts, changes }
Example: lex schema diff .release/schema schema     (the last release against the working tree)
Exit status: 0 the diff ran (the verdict is in the output), 2 unusable input or usage, 3 internal error.`;

/** `lex schema <subcommand>`; only `diff` for now. */
export async function runSchema(argv: string[], out: (s: string) => void, _err: (s: string) => void): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined) throw new CliError('USAGE', 'missing subcommand: lex schema diff OLD NEW');
  if (sub === '--help' || sub === '-h' || sub === 'help') { out(SCHEMA_USAGE); return EXIT.OK; }
  if (sub !== 'diff') throw new CliError('USAGE', `unknown subcommand ${JSON.stringify(sub)}: lex schema diff OLD NEW`);
  return runDiff(rest, out);
}

function runDiff(argv: string[], out: (s: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { out(SCHEMA_USAGE); return EXIT.OK; }
  if (positionals.length !== 2) throw new CliError('USAGE', `schema diff takes OLD and NEW, got ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`);
  if (values.json && values.markdown) throw new CliError('USAGE', '--json and --markdown exclude each other');

  const sources: SchemaSource[] = [];
  try {
    const [oldModel, newModel] = positionals.map((spec) => {
      const source = open(spec);
      sources.push(source);
      return load(source);
    }) as [SchemaModel, SchemaModel];
    const report = diffReport(
      diffSchemas(oldModel, newModel),
      { source: sources[0]!.label, version: oldModel.version },
      { source: sources[1]!.label, version: newModel.version },
    );
    out(values.json ? JSON.stringify(report, null, 2) : renderMarkdown(report).trimEnd());
    return EXIT.OK;
  } finally {
    for (const s of sources) s.cleanup();
  }
}

function open(spec: string): SchemaSource {
  try {
    return openSchemaSource(spec);
  } catch (e) {
    if (e instanceof SchemaSourceError) throw new CliError('SCHEMA_NOT_FOUND', e.message);
    throw e;
  }
}

function load(source: SchemaSource): SchemaModel {
  try {
    return loadModel(source.dir);
  } catch (e) {
    throw new CliError('SCHEMA_NOT_LOADABLE', `${source.label}: ${(e as Error).message}`);
  }
}
