// Element access for tokenized segments. An element is kept as a plain string when it has one component (most
// do), and as an array of components only when it has several: one array per segment instead of one per element.

/** A data element: its only component, or its components. */
export type Element = string | string[];

/** Component c (1-based; 0 or 1 = the first) of element e (1-based), '' when absent. */
export function comp(els: readonly Element[], e: number, c: number): string {
  const el = els[e - 1];
  if (el === undefined) return '';
  if (typeof el === 'string') return c <= 1 ? el : '';
  return el[(c || 1) - 1] ?? '';
}

/** The components of an element as an array (a fresh one for a simple element). */
export function components(el: Element | undefined): string[] {
  return el === undefined ? [] : typeof el === 'string' ? [el] : el;
}

/** Number of components of an element (0 when absent). */
export function width(el: Element | undefined): number {
  return el === undefined ? 0 : typeof el === 'string' ? 1 : el.length;
}

/** Whether any component of the element is non-empty. */
export function filled(el: Element | undefined): boolean {
  if (el === undefined) return false;
  if (typeof el === 'string') return el !== '';
  for (const v of el) if (v !== '') return true;
  return false;
}

/** Element from components: a string when there is one. */
export function element(parts: string[]): Element {
  return parts.length === 1 ? parts[0]! : parts;
}
