import { FIELD_RULES, type FieldRuleNode } from './generated/field-rules.js';

/** The field-rule node of a JSON Pointer (array indexes and map keys match `*`), if any. */
export function ruleAt(pointer: string): FieldRuleNode | undefined {
  let node: FieldRuleNode | undefined = FIELD_RULES;
  if (pointer === '') return node;
  for (const raw of pointer.slice(1).split('/')) {
    if (!node) return undefined;
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node.c?.[seg] ?? node.w;
  }
  return node;
}

export const escapeSegment = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** The value at a JSON Pointer, or undefined. */
export function valueAt(doc: unknown, pointer: string): unknown {
  let cur: any = doc;
  if (pointer === '') return cur;
  for (const raw of pointer.slice(1).split('/')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = cur[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return cur;
}
