import { LEAD_TRANSITIONS } from './generated/field-rules.js';

export { LEAD_TRANSITIONS };

/** The 15 lead statuses in lifecycle order. */
export const LEAD_STATUSES = Object.keys(LEAD_TRANSITIONS);

/** Whether a lead may move from one status to another (both must be lead statuses). */
export function canTransition(from: string, to: string): boolean {
  return LEAD_TRANSITIONS[from]?.includes(to) ?? false;
}
