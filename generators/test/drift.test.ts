// Generated files are committed; this fails when they are out of date with schema/.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAll } from '../src/emitters/index.js';
import { loadModel } from '../src/model/load.js';
import { checkDrift, repoRoot } from '../src/run.js';

describe('generated artifacts', () => {
  it('are in sync with schema/ (run `npm run generate` and commit when this fails)', async () => {
    const files = await generateAll(loadModel(join(repoRoot, 'schema')));
    expect(files.length).toBeGreaterThan(10);
    expect(checkDrift(files)).toEqual([]);
  }, 120_000);

  it('drift is detected: a description edit changes the generated types and field table', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'lex-drift-'));
    cpSync(join(repoRoot, 'schema'), join(scratch, 'schema'), { recursive: true });
    const file = join(scratch, 'schema/blocks/customer.schema.json');
    const s = JSON.parse(readFileSync(file, 'utf8'));
    s.properties.firstName.description = 'Given name, edited by a maintainer.';
    writeFileSync(file, JSON.stringify(s, null, 2));
    const files = await generateAll(loadModel(join(scratch, 'schema')));
    const drift = checkDrift(files);
    expect(drift).toContain('packages/schema/generated/fields.json');
    expect(drift).toContain('packages/types/src/generated/lex.ts');
  }, 120_000);
});
