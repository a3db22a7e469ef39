// Tolerated input layouts ("liberal in"): segments written the way the seed examples write them, rewritten to
// the canonical layout before the table is applied, each with a warning naming the deviation and its position.
// Only EDIFACT positions and qualifier codes appear here, never a LEX field: the generic realignments
// (shifted elements, a qualifier in another position, a composite split in two elements) live in reader.ts.
import { ArrayView, type View } from './cursor.js';
import type { Element } from './segment.js';
import type { RawSegment } from './tokenizer.js';
import { quote } from './values.js';

export interface TolerateContext {
  /** deviations were met earlier in this interchange or message: the sender writes a legacy layout */
  legacy(): boolean;
  /** the message holds a segment `tag` whose first element is `qualifier` */
  has(tag: string, qualifier: string): boolean;
  /** qualifiers (element 3, component 1) of the LIN line items the table defines */
  lineQualifiers: ReadonlySet<string>;
  /** `element` is the input element (before any rewriting) */
  warn(code: string, message: string, seg: RawSegment, element?: number, component?: number): void;
}

/** A hook returns the rewritten segment, or undefined when the segment is left as it is. */
export type Hook = (view: View, seg: RawSegment, ctx: TolerateContext) => ArrayView | undefined;

/**
 * NAD. Two legacy layouts:
 * - the reference example's NAD+DP+NAME+STREET,STREET2+CITY+STATE+POSTAL+COUNTRY: party name and address
 *   two elements early (element 2 instead of 4) — shifted to elements 4–9;
 * - the home-page teaser's NAD+BY+id::92++First Last when the message has no NAD+DP: the buyer is the customer.
 * In both, a one-piece name "First Last" is split on its last space (C080: surname, then given name) and, in
 * the shifted layout, "street1,street2" on its first comma (C059).
 */
const nad: Hook = (view, seg, ctx) => {
  const dp = view.eq(1, 1, 'DP');
  let remapped = false;
  if (!dp && (view.filled(3) || view.filled(4)) && view.eq(1, 1, 'BY') && !ctx.has('NAD', 'DP')) {
    ctx.warn('EDIFACT_PARTY_QUALIFIER', 'NAD+BY names a party and the message has no NAD+DP: the buyer is read as the customer (NAD+DP); the sender comes from the UNB', seg, 1);
    remapped = true;
  }
  const shifted = (dp || remapped) && view.size <= 7 && view.width(2) === 1 && view.filled(2);
  if (!remapped && !shifted) return undefined;
  let els: Element[] = view.elements().slice();
  if (remapped) els[0] = 'DP';
  let shift = 0;
  if (shifted) {
    els = [els[0]!, '', '', ...els.slice(1)];
    shift = 2;
    ctx.warn('EDIFACT_NAD_LAYOUT', 'NAD+DP carries the name in element 2 and the address from element 3 on: read as elements 4 (name) to 9 (country)', seg, 2);
  }
  const party = els[3];
  if (typeof party === 'string' && party.trim().includes(' ')) {
    const full = party.trim();
    const cut = full.lastIndexOf(' ');
    els[3] = [full.slice(cut + 1), full.slice(0, cut).trim()];
    ctx.warn('EDIFACT_NAME_UNSTRUCTURED', `the party name ${quote(full)} is one piece: split on its last space into given name and surname`, seg, 4 - shift);
  }
  const street = els[4];
  if (shift && typeof street === 'string' && street.includes(',')) {
    const cut = street.indexOf(',');
    els[4] = [street.slice(0, cut).trim(), street.slice(cut + 1).trim()];
    ctx.warn('EDIFACT_STREET_JOINED', `the street ${quote(street)} joins two lines with a comma: split into street lines 1 and 2`, seg, 5 - shift);
  }
  return new ArrayView(els, shift ? [0, 1, 0, 0, 2, 3, 4, 5, 6, 7] : undefined);
};

/** IMD+F+***TEXT (seed layout, optionally +***TEXT:NEG): the free text moves to C273.7008 (element 3, component 4). */
const imd: Hook = (view, seg, ctx) => {
  if (!view.startsWith(2, 1, '***') || !view.eq(1, 1, 'F') || view.filled(3)) return undefined;
  const text = view.at(2, 1);
  const extra: string[] = [];
  for (let c = 2; c <= view.width(2); c++) if (view.at(2, c) !== '') extra.push(view.at(2, c));
  ctx.warn('EDIFACT_IMD_LAYOUT', `IMD carries its free text ${quote(text)} with the *** marker in element 2: read as the description in element 3, component 4`, seg, 2);
  return new ArrayView([view.at(1, 1), '', ['', '', '', text.slice(3), ...extra]], [0, 1, 2, 2]);
};

/**
 * LIN+n++VC:year:model:trim (four components, the reference example's layout with no make) in an interchange
 * that already deviates from the canonical layout: the make component is inserted empty. A canonical sender
 * that leaves the trim out also writes four components, so a clean interchange keeps the canonical reading.
 */
const lin: Hook = (view, seg, ctx) => {
  if (view.width(3) !== 4 || !ctx.legacy() || view.at(3, 3) === '' || !ctx.lineQualifiers.has(view.at(3, 1))) return undefined;
  const item = [1, 2, 3, 4].map((c) => view.at(3, c));
  ctx.warn('EDIFACT_LIN_LAYOUT', `LIN item ${item.join(':')} has four components in a legacy interchange: read as qualifier:year:model:trim (no make)`, seg, 3);
  const els = view.elements().slice();
  els[2] = [item[0]!, item[1]!, '', item[2]!, item[3]!];
  return new ArrayView(els);
};

export const TOLERATE: Record<string, Hook> = { NAD: nad, IMD: imd, LIN: lin };
