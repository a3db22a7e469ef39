// The usage text of `lex serve`, without loading the server.
export const SERVE_USAGE = `Usage: lex serve [--db sqlite:PATH|postgres://USER@HOST:PORT/DB] [--port N] [--host ADDR] [options]
(lex serve --help lists every option)`;
