import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const OUT = process.env.LEX_DOCS_OUT ?? fileURLToPath(new URL('../out', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('../test-output', import.meta.url));

export function requireSite(): void {
  if (!existsSync(`${OUT}/index.html`)) {
    throw new Error(`the site is not built (${OUT}/index.html missing): run \`npx turbo run build --filter=@lexstandard/docs-site...\` first`);
  }
}
