// `lex serve`: the LEX reference receiver (@lexstandard/server), loaded only when this command runs so the
// other commands do not pay for the HTTP server and the database drivers.
export { SERVE_USAGE } from './serve-usage.js';

export async function runServe(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const server = await import('@lexstandard/server');
  return server.runServe(argv, out, err);
}
