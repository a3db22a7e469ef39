import { runConformanceCli } from './src/cli.ts';
process.exitCode = await runConformanceCli(process.argv.slice(2));
