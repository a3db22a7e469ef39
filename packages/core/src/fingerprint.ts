// The LEX deduplication fingerprint (SHA256_V1): SHA-256 over normalised email|phone|lastName,
// as 64 lower-case hex characters. Sync and browser-safe (@noble/hashes), so the playground can use it.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export interface FingerprintInput {
  email?: string | null;
  phone?: string | null;
  lastName?: string | null;
}

/** Lower-case and trim. */
export const normalizeEmail = (email: string | null | undefined) => (email ?? '').trim().toLowerCase();

/** Digits only, the last 10 (drops country code and formatting: +1 (312) 555-1234 → 3125551234). */
export const normalizePhone = (phone: string | null | undefined) => (phone ?? '').replace(/\D+/g, '').slice(-10);

/** Lower-case, trim, strip diacritics (é → e, ñ → n) by canonical decomposition. */
export const normalizeLastName = (name: string | null | undefined) =>
  (name ?? '').normalize('NFD').replace(/\p{M}+/gu, '').trim().toLowerCase();

/** The fingerprint string before hashing, e.g. "jane.smith@example.com|3125551234|smith". */
export function fingerprintSource(customer: FingerprintInput): string {
  return `${normalizeEmail(customer.email)}|${normalizePhone(customer.phone)}|${normalizeLastName(customer.lastName)}`;
}

/** The customer fingerprint: 64 lower-case hex characters. */
export function fingerprint(customer: FingerprintInput): string {
  return bytesToHex(sha256(utf8ToBytes(fingerprintSource(customer))));
}
