// npm run generate  → regenerate every artifact from schema/
// npm run check:drift → exit 1 and name the files when committed artifacts differ from schema/
import { join } from 'node:path';
import { loadModel } from './model/load.js';
import { generateAll } from './emitters/index.js';
import { checkDrift, repoRoot, writeGenerated } from './run.js';

const check = process.argv.includes('--check');
try {
  const model = loadModel(join(repoRoot, 'schema'));
  const files = await generateAll(model);
  if (check) {
    const drift = checkDrift(files);
    if (drift.length) {
      console.error(`Generated files are out of date with schema/ — run \`npm run generate\` and commit:\n${drift.map((p) => `  ${p}`).join('\n')}`);
      process.exit(1);
    }
    console.log(`generated files in sync with schema/ (${files.length} files, ${model.fields.length} fields)`);
  } else {
    const changed = writeGenerated(files);
    console.log(`generated ${files.length} files from ${model.files.length} schema files (${model.fields.length} fields); ${changed.length} changed`);
  }
} catch (err) {
  console.error(`lex-generate: ${(err as Error).message}`);
  process.exit(1);
}
