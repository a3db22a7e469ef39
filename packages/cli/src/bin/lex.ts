#!/usr/bin/env node
import { batchedLines } from '../io.js';
import { main } from '../main.js';

// standard error in batches unless it is a terminal (where a progress bar shares the line with it); the last
// batch is written at exit, however the process ends
const stderr = process.stderr.isTTY ? undefined : batchedLines(process.stderr);
process.on('exit', () => stderr?.flush());
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); });
process.exitCode = await main(process.argv.slice(2), undefined, stderr?.line);
