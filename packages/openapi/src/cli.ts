// `npm run build -w @lexstandard/openapi`: writes lex-openapi.yaml and lex-openapi.json next to package.json.
// `--check` (npm run check:drift -w @lexstandard/openapi) writes nothing and fails when the committed files differ.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { buildFromRepo } from './build.js';
import { OPENAPI_JSON_FILE, OPENAPI_YAML_FILE, REPO_ROOT } from './paths.js';

const check = process.argv.includes('--check');
try {
  const { yaml, json, doc } = buildFromRepo();
  if (check) {
    const stale = [[OPENAPI_YAML_FILE, yaml], [OPENAPI_JSON_FILE, json]].filter(([f, t]) => !existsSync(f!) || readFileSync(f!, 'utf8') !== t).map(([f]) => relative(REPO_ROOT, f!));
    if (stale.length) {
      console.error(`@lexstandard/openapi: out of date, run the build and commit: ${stale.join(', ')}`);
      process.exit(1);
    }
    console.log('@lexstandard/openapi: lex-openapi.yaml and lex-openapi.json are up to date');
    process.exit(0);
  }
  for (const [file, text] of [[OPENAPI_YAML_FILE, yaml], [OPENAPI_JSON_FILE, json]] as const) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    if (!same) writeFileSync(file, text);
    console.log(`${relative(REPO_ROOT, file)}: ${same ? 'unchanged' : 'written'} (${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas)`);
  }
} catch (err) {
  console.error(`@lexstandard/openapi: cannot build lex-openapi.yaml: ${(err as Error).stack ?? err}`);
  process.exit(1);
}
