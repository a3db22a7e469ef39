import { CliError, EXIT } from './io.js';
import { runValidate, VALIDATE_USAGE } from './commands/validate.js';

export const USAGE = `lex — tools for the LEX Lead Exchange Standard

Usage: lex <command> [options]

Commands:
  validate [FILE|-]   validate a LEX message (lex validate --help)

Exit status: 0 success/valid, 1 invalid, 2 unusable input or usage, 3 internal error.`;

type Command = (argv: string[], out: (s: string) => void, err: (s: string) => void) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  validate: { run: (a, o) => runValidate(a, o), usage: VALIDATE_USAGE },
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
