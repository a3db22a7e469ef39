// MiniSearch options shared by the index builder (Node, build time) and the search box (browser): both must
// tokenize alike. Tokens are split on anything that is not a letter or digit; camelCase names also yield their
// parts, so `firstName` is found by "first name", "firstname" and "name".
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!raw) continue;
    out.push(raw);
    const parts = raw.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
    if (parts.length > 1) out.push(...parts);
  }
  return out;
}

export const SEARCH_FIELDS = ['title', 'name', 'text', 'extra'];
export const STORE_FIELDS = ['kind', 'title', 'url', 'summary'];

export const MINISEARCH_OPTIONS = {
  fields: SEARCH_FIELDS,
  storeFields: STORE_FIELDS,
  tokenize,
  processTerm: (term: string) => term.toLowerCase(),
  searchOptions: {
    boost: { title: 4, name: 3, extra: 1.5, text: 1 },
    prefix: true,
    fuzzy: 0.15,
    combineWith: 'AND' as const,
  },
};

export interface SearchDoc {
  id: string;
  kind: 'field' | 'value' | 'error' | 'page';
  title: string;
  name: string;
  text: string;
  extra: string;
  url: string;
  summary: string;
}
