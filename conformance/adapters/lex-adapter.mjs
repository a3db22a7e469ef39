#!/usr/bin/env node
// Reference command adapter: this project's packages (@lexstandard/core) behind the conformance
// command protocol (conformance/README.md). Needs the built package (npm run build).
//
//   lex conformance --impl "node conformance/adapters/lex-adapter.mjs"
//
// An implementation in another language writes the same thing: read LEX_CONFORMANCE_OPERATION, then
// answer on standard output (validate/convert: one JSON document; session/serve: one JSON line per request line).
import { createInProcessAdapter, serveAdapter } from '../dist/index.js';

process.exitCode = await serveAdapter(await createInProcessAdapter({ name: 'lex-adapter.mjs' }));
