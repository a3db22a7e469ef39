import { fileURLToPath } from 'node:url';

export const SITE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const OUT_DIR = process.env.LEX_DOCS_OUT ?? fileURLToPath(new URL('../out', import.meta.url));
