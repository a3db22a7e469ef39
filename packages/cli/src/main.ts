import { CliError, EXIT } from './io.js';
import { runValidate, VALIDATE_USAGE } from './commands/validate.js';
import { CONVERT_USAGE, runConvert } from './commands/convert.js';
import { FINGERPRINT_USAGE, runFingerprint } from './commands/fingerprint.js';
import { ACK_USAGE, runAck } from './commands/ack.js';
import { runSchema, SCHEMA_USAGE } from './commands/schema-diff.js';
import { CONFORMANCE_USAGE, runConformance } from './commands/conformance.js';
import { runServe, SERVE_USAGE } from './commands/serve.js';

export const USAGE = `lex — tools for the LEX Lead Exchange Standard

Usage: lex <command> [options]

Commands:
  validate [FILE|-]   validate a LEX message in any of the four formats (lex validate --help)
  convert [FILE|-]    convert between JSON-EDI, XML-EDI, X12 (850, 824) and EDIFACT (ORDERS, APERAK) (lex convert --help)
  ack [FILE|-]        print the ACKNOWLEDGMENT a receiver sends back for a message (lex ack --help)
  fingerprint [FILE|-] print the customer's deduplication fingerprint (lex fingerprint --help)
  schema diff OLD NEW classify the changes between two schema versions (lex schema --help)
  conformance         run the conformance vectors, report the tier met (lex conformance --help)
  serve               run the LEX reference receiver: the REST API on SQLite or PostgreSQL (lex serve --help)

Exit status: 0 success/valid, 1 invalid, 2 unusable input or usage, 3 internal error.`;

type Command = (argv: string[], out: (s: string) => void, err: (s: string) => void) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  validate: { run: (a, o) => runValidate(a, o), usage: VALIDATE_USAGE },
  convert: { run: (a, o, e) => runConvert(a, o, e), usage: CONVERT_USAGE },
  ack: { run: (a, o, e) => runAck(a, o, e), usage: ACK_USAGE },
  fingerprint: { run: (a, o) => runFingerprint(a, o), usage: FINGERPRINT_USAGE },
  schema: { run: (a, o, e) => runSchema(a, o, e), usage: SCHEMA_USAGE },
  conformance: { run: (a, o, e) => runConformance(a, o, e), usage: CONFORMANCE_USAGE },
  serve: { run: (a, o, e) => runServe(a, o, e), usage: SERVE_USAGE },
};

/** Runs one lex command line and returns its exit status; never throws. */
export async function main(argv: string[], out = (s: string) => console.log(s), err = (s: string) => console.error(s)): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') { out(USAGE); return name === undefined ? EXIT.UNUSABLE : EXIT.OK; }
  if (name === '--version' || name === '-v') { out('1.0.0'); return EXIT.OK; }
  const command = COMMANDS[name];
  if (!command) { err(`lex: unknown command ${JSON.stringify(name)}\n\n${USAGE}`); return EXIT.UNUSABLE; }
  try {
    return await command.run(rest, out, err);
  } catch (e) {
    if (e instanceof CliError) {
      err(`lex ${name}: ${e.code}: ${e.message}${e.code === 'USAGE' ? `\n\n${command.usage}` : ''}`);
      return e.exitCode;
    }
    // parseArgs reports unknown options and missing values as TypeErrors with a code
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      err(`lex ${name}: USAGE: ${(e as Error).message}\n\n${command.usage}`);
      return EXIT.UNUSABLE;
    }
    err(`lex ${name}: internal error: ${(e as Error).message ?? String(e)} (please report this)`);
    return EXIT.INTERNAL;
  }
}
