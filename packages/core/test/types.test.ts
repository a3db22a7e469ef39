// Type-level tests. The assertions in the builder tests (`// @ts-expect-error`, expectTypeOf) only mean something
// when the file is type-checked, and vitest runs it without; so does every `ts` example in the package READMEs.
// Both are compiled here with the repo's compiler options: a wrong field that compiles after all shows up as an
// unused @ts-expect-error (TS2578), a changed type as a failed expectTypeOf, a README example that no longer
// matches the API as a compile error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));
const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));

/** Diagnostics of compiling `files`, plus `virtual` files (path → text) that exist only in memory. */
function diagnostics(files: string[], virtual: Record<string, string> = {}): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(PACKAGES, 'tsconfig.base.json'), { noEmit: true, declaration: false, declarationMap: false, sourceMap: false }, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
  })!;
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f in virtual || fileExists.call(host, f);
  host.readFile = (f) => virtual[f] ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) => (f in virtual ? ts.createSourceFile(f, virtual[f]!, lang) : getSourceFile.call(host, f, lang, ...rest));
  const program = ts.createProgram([...files, ...Object.keys(virtual)], config.options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${d.file.fileName.slice(PACKAGES.length)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : '';
    return `${where} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

/**
 * The free names of each README's examples (the reader's own input and handlers), declared before each block.
 * A block is compiled as a module of its package, so its imports resolve as a user's would.
 */
const README_FREE_NAMES: Record<string, string> = {
  types: '',
  core: 'declare const text: string, xmlText: string; declare function store(m: unknown): void;',
  x12: 'import type { LexMessage } from "@lexstandard/types"; declare const text: string, a: LexMessage, b: LexMessage, c: LexMessage; declare const stream: AsyncIterable<string>; declare function handle(t: unknown): void;',
  edifact: 'import type { LexMessage } from "@lexstandard/types"; declare const text: string, m1: LexMessage, m2: LexMessage, m3: LexMessage, chunk: string; declare const stream: AsyncIterable<string>; declare function handle(m: unknown): void; declare function report(e: unknown, ref: unknown): void; declare function out(s: string): void;',
  xml: 'declare const xmlText: string;',
};

function readmeExamples(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [pkg, free] of Object.entries(README_FREE_NAMES)) {
    const blocks = [...readFileSync(join(PACKAGES, pkg, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
    expect(blocks.length, `${pkg}/README.md has ts examples`).toBeGreaterThan(0);
    blocks.forEach((code, i) => { files[join(PACKAGES, pkg, `README.example-${i + 1}.ts`)] = `${code}\n${free}\nexport {};\n`; });
  }
  return files;
}

describe('type-level tests', () => {
  it('the builder tests type-check: every @ts-expect-error line fails to compile, every expectTypeOf holds', () => {
    expect(diagnostics([here('builders.test.ts')])).toEqual([]);
  }, 60_000);

  it('a wrong field that compiled would be caught', () => {
    // the check itself: an @ts-expect-error on a line that compiles is an error
    expect(diagnostics([here('fixtures/unused-expect-error.ts')]).join('\n')).toMatch(/TS2578: Unused '@ts-expect-error' directive/);
  }, 60_000);

  it('every ts example in the package READMEs compiles against the packages', () => {
    const examples = readmeExamples();
    expect(Object.keys(examples).length).toBeGreaterThanOrEqual(6);
    expect(diagnostics([], examples)).toEqual([]);
    // and a README example that misuses the API would not
    const [file] = Object.keys(examples).filter((f) => f.includes('core/'));
    expect(diagnostics([], { [file!]: `${examples[file!]}\nconst n: number = parse('x').format;\n` }).join('\n')).toMatch(/TS2322/);
  }, 60_000);
});
