#!/usr/bin/env node
// lex-server: the same as `lex serve`, for installs without @lexstandard/cli.
import { runServe } from './cli.js';

process.exitCode = await runServe(process.argv.slice(2));
