// lex conformance: runs the public conformance vectors against this project's packages or, with
// --impl, against any implementation behind the command adapter. The runner lives in
// @lexstandard/conformance; this command only hands it the command line.
import { CONFORMANCE_USAGE, runConformanceCli } from '@lexstandard/conformance';

export { CONFORMANCE_USAGE };

export function runConformance(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  return runConformanceCli(argv, out, err);
}
