// The business rules of LEX: checks that need more than one field, the clock, the previous status
// or the conformance level. Each rule reads the message defensively (the schema may have failed)
// and reports with a stable code from the catalogue.
import { canTransition } from './lifecycle.js';
import type { ValidationIssue } from './result.js';

type Draft = Omit<ValidationIssue, 'severity'>;
type Obj = Record<string, any>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const FUTURE_TOLERANCE_MS = 60_000;
const MAX_AGE_MS = 7 * 24 * 3600_000;
const STALE_INTELLIGENCE_DAYS = 7;

export interface RuleContext { now: number; previousStatus?: string }

export function businessRules(message: unknown, ctx: RuleContext): Draft[] {
  const out: Draft[] = [];
  if (!isObj(message) || !isObj(message.lex)) return out;
  const lex = message.lex;
  const header = isObj(lex.header) ? lex.header : {};
  const payload = isObj(lex.payload) ? lex.payload : {};

  // Timestamp window: at most 60 s ahead of the receiver's clock, at most 7 days old.
  if (typeof header.timestamp === 'string' && UTC.test(header.timestamp)) {
    const t = utcMillis(header.timestamp);
    if (t - ctx.now > FUTURE_TOLERANCE_MS) {
      out.push({ code: 'TIMESTAMP_IN_FUTURE', path: '/lex/header/timestamp', message: `${header.timestamp} is ${Math.round((t - ctx.now) / 1000)} s ahead of the receiver's clock (${iso(ctx.now)}); at most 60 s allowed` });
    } else if (ctx.now - t > MAX_AGE_MS) {
      out.push({ code: 'TIMESTAMP_TOO_OLD', path: '/lex/header/timestamp', message: `${header.timestamp} is more than 7 days before the receiver's clock (${iso(ctx.now)})` });
    }
  }
  if (isObj(header.ttl) && typeof header.ttl.expiresAt === 'string' && UTC.test(header.ttl.expiresAt) && utcMillis(header.ttl.expiresAt) < ctx.now) {
    out.push({ code: 'MESSAGE_EXPIRED', path: '/lex/header/ttl/expiresAt', message: `the message expired at ${header.ttl.expiresAt}; route it to the dead-letter queue` });
  }

  const type = header.messageType;
  if ((type === 'ACKNOWLEDGMENT' || type === 'LEAD_CLOSURE') && header.correlationId === undefined) {
    out.push({ code: 'CORRELATION_ID_MISSING', path: '/lex/header/correlationId', message: `a ${type} should carry the messageId it answers in correlationId` });
  }
  if (type === 'ACKNOWLEDGMENT' && isObj(payload.acknowledgment)) {
    const original = payload.acknowledgment.originalMessageId;
    if (typeof header.correlationId === 'string' && typeof original === 'string' && original.toLowerCase() !== header.correlationId.toLowerCase()) {
      out.push({ code: 'CORRELATION_ID_MISMATCH', path: '/lex/payload/acknowledgment/originalMessageId', message: `originalMessageId ${original} differs from header.correlationId ${header.correlationId}` });
    }
  }

  if (isObj(payload.lead)) leadRules(payload.lead, '/lex/payload/lead', ctx, out);
  if (isObj(payload.asset)) {
    const asset = payload.asset;
    vinRule(asset.vin, '/lex/payload/asset/vin', out);
    if (isObj(asset.evSpecifications)) evRules(asset.evSpecifications, '/lex/payload/asset/evSpecifications', out);
  }
  if (isObj(payload.subscription) && isObj(payload.subscription.filters)) {
    const f = payload.subscription.filters;
    rangeRule(f.year, 'min', 'max', '/lex/payload/subscription/filters/year', out);
    rangeRule(f.priceRange, 'min', 'max', '/lex/payload/subscription/filters/priceRange', out);
  }
  return out;
}

function leadRules(lead: Obj, at: string, ctx: RuleContext, out: Draft[]) {
  if (ctx.previousStatus !== undefined && typeof lead.status === 'string' && !canTransition(ctx.previousStatus, lead.status)) {
    out.push({ code: 'INVALID_STATUS_TRANSITION', path: `${at}/status`, message: `a lead cannot move from ${ctx.previousStatus} to ${lead.status}` });
  }
  const customer = isObj(lead.customer) ? lead.customer : {};
  if (typeof customer.phone === 'string' && !E164.test(customer.phone)) {
    out.push({ code: 'PHONE_NOT_E164', path: `${at}/customer/phone`, message: 'the number is accepted but not in the preferred E.164 form (e.g. +13125551234)' });
  }
  const hasPii = typeof customer.email === 'string' || typeof customer.phone === 'string';
  const metadata = isObj(lead.metadata) ? lead.metadata : {};
  const compliance = isObj(metadata.compliance) ? metadata.compliance : {};
  if (hasPii && compliance.consentRecord === undefined) {
    out.push({ code: 'CONSENT_RECORD_REQUIRED', path: `${at}/metadata/compliance/consentRecord`, message: 'the lead carries customer contact data but no consent record' });
  }
  const dedup = isObj(lead.deduplication) ? lead.deduplication : {};
  if (hasPii && dedup.customerFingerprint === undefined) {
    out.push({ code: 'FINGERPRINT_MISSING', path: `${at}/deduplication/customerFingerprint`, message: 'the lead carries customer contact data but no customer fingerprint' });
  }
  const product = isObj(lead.desiredProduct) ? lead.desiredProduct : {};
  rangeRule(product.priceRange, 'minUSD', 'maxUSD', `${at}/desiredProduct/priceRange`, out);
  if (isObj(product.evSpecifications)) evRules(product.evSpecifications, `${at}/desiredProduct/evSpecifications`, out);
  if (isObj(lead.financing)) rangeRule(lead.financing.downPaymentRange, 'minUSD', 'maxUSD', `${at}/financing/downPaymentRange`, out);
  if (isObj(lead.tradeIn)) vinRule(lead.tradeIn.vin, `${at}/tradeIn/vin`, out);
  if (isObj(lead.leadIntelligence)) intelligenceRules(lead.leadIntelligence, `${at}/leadIntelligence`, out);
}

function rangeRule(range: unknown, minKey: string, maxKey: string, at: string, out: Draft[]) {
  if (!isObj(range)) return;
  const min = range[minKey], max = range[maxKey];
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    out.push({ code: 'RANGE_MIN_EXCEEDS_MAX', path: `${at}/${minKey}`, message: `${minKey} ${min} exceeds ${maxKey} ${max}` });
  }
}

function evRules(ev: Obj, at: string, out: Draft[]) {
  if (ev.estimatedRangeKm !== undefined && ev.rangeStandard === undefined) {
    out.push({ code: 'EV_RANGE_STANDARD_MISSING', path: `${at}/estimatedRangeKm`, message: 'estimatedRangeKm is given without the rangeStandard it was measured under (WLTP, EPA, …)' });
  }
  if (ev.drivetrainType === 'BEV' && isObj(ev.chargePort) && ev.chargePort.maxDcChargingKw === undefined) {
    out.push({ code: 'EV_DC_SPEC_MISSING', path: `${at}/chargePort/maxDcChargingKw`, message: 'a BEV charge port without maxDcChargingKw' });
  }
}

function intelligenceRules(intel: Obj, at: string, out: Draft[]) {
  // The other scores carry minimum/maximum in the schema; intentScore has its own conformance code.
  if (typeof intel.intentScore === 'number' && (intel.intentScore < 0 || intel.intentScore > 1)) {
    out.push({ code: 'INTENT_SCORE_OUT_OF_RANGE', path: `${at}/intentScore`, message: `intentScore ${intel.intentScore} is outside 0..1` });
  }
  const days = isObj(intel.modelMetadata) ? intel.modelMetadata.dataFreshnessDays : undefined;
  if (typeof days === 'number' && days > STALE_INTELLIGENCE_DAYS) {
    out.push({ code: 'INTELLIGENCE_SCORES_STALE', path: `${at}/modelMetadata/dataFreshnessDays`, message: `scores are based on data ${days} days old (more than ${STALE_INTELLIGENCE_DAYS})` });
  }
}

const VIN_VALUES: Record<string, number> = Object.fromEntries(
  [...'ABCDEFGH'].map((c, i) => [c, i + 1]).concat([...'JKLMN'].map((c, i) => [c, i + 1]), [['P', 7], ['R', 9]], [...'STUVWXYZ'].map((c, i) => [c, i + 2])),
);
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The North American (ISO 3779 / 49 CFR 565) check digit at position 9. */
export function vinCheckDigit(vin: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    sum += (c >= '0' && c <= '9' ? Number(c) : VIN_VALUES[c] ?? 0) * VIN_WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

function vinRule(vin: unknown, at: string, out: Draft[]) {
  if (typeof vin !== 'string' || !/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return;
  const expected = vinCheckDigit(vin);
  if (vin[8] !== expected) out.push({ code: 'VIN_CHECK_DIGIT_MISMATCH', path: at, message: `check digit is ${vin[8]}, expected ${expected} (fine for VINs from outside North America)` });
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * Milliseconds of a valid UTC date-time. Date.parse gives NaN for a leap second (23:59:60Z), which would slip
 * past every comparison: it is read as the second after 23:59:59.
 */
function utcMillis(text: string): number {
  const t = Date.parse(text);
  if (!Number.isNaN(t) || text.slice(17, 19) !== '60') return t;
  return Date.parse(`${text.slice(0, 17)}59${text.slice(19)}`) + 1000;
}
