// Shared test helpers: the seed files and the "what the format carries" projection of a message.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LexWarning } from '@lexstandard/codec';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const seed = (name: string) => readFileSync(`${repo}conformance/examples/seed/${name}`, 'utf8');
export const seedJson = (name: string) => JSON.parse(seed(name));
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

/** Drops empty objects and arrays (they carry nothing and are not written). */
export function prune(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(prune);
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const p = prune(x);
      if (p !== null && typeof p === 'object' && Object.keys(p as object).length === 0) continue;
      out[k] = p;
    }
    return out;
  }
  return v;
}

/** The message without the fields the warnings say are not carried: what a round trip must give back. */
export function carried(message: unknown, warnings: LexWarning[]): unknown {
  const m = clone(message) as any;
  const pointers = warnings.filter((w) => w.code === 'FIELD_NOT_CARRIED').map((w) => w.path!);
  // deepest and highest index first, so removing array items does not move the others
  pointers.sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  for (const p of pointers) {
    const parts = p.split('/').slice(1).map(unescape);
    const key = parts.pop()!;
    let o = m;
    for (const k of parts) o = o?.[k];
    if (Array.isArray(o)) o.splice(Number(key), 1);
    else if (o && typeof o === 'object') delete o[key];
  }
  delete m.lex.version; // implied by ALXLDE and restored on input
  return prune(m);
}

export function withoutVersion(message: unknown): unknown {
  const m = clone(message) as any;
  delete m.lex.version;
  return prune(m);
}

/** A lead using every place of the EDIFACT table, plus a few fields EDIFACT does not carry. */
export function richLead(): any {
  return {
    lex: {
      version: '1.0.0',
      header: {
        messageId: '7d444840-9dc0-41d4-a716-446655440001',
        messageType: 'LEAD',
        timestamp: '2026-03-23T14:30:05Z',
        senderId: 'DEALER-001',
        receiverId: 'MANUFACTURER-ABC',
        correlationId: '550e8400-e29b-41d4-a716-446655440000',
        ttl: { maxAgeSeconds: 3600 },
      },
      payload: {
        lead: {
          leadId: 'LEAD-2026-000042',
          status: 'TEST_DRIVE_REQUESTED',
          source: 'SHOWROOM',
          leadType: 'PRIMARY',
          parentOrderId: 'ORD-2026-000871',
          customer: {
            firstName: 'Zoë',
            lastName: "O'Brien-Núñez",
            email: 'zoe.obrien@example.com',
            phone: '+441632960961',
            dateOfBirth: '1990-05-17',
            address: { street1: "12 Rue de l'Église", street2: 'Bât. B', city: 'Saint-Étienne', state: 'ARA', postalCode: '42000', country: 'FR' },
            creditTier: 'PRIME',
            fleetBuyer: { isFleet: true, fleetSize: 12, unitsToOrder: 3 },
          },
          desiredProduct: {
            make: 'Škoda',
            model: 'Enyaq iV 80',
            year: 2026,
            trim: 'Sportline',
            condition: 'NEW',
            desiredFeatures: ['Heat pump', 'Tow bar: 1.2 t', 'Matrix LED?'],
            excludedFeatures: ['Panoramic roof'],
            priceRange: { minUSD: 41999.99, maxUSD: 52000 },
            installedOptions: [{ name: 'Floor mats + boot liner', source: 'DEALER_INSTALLED' }, { name: 'Wallbox 11 kW' }],
            factoryOrderPreference: 'FACTORY_ORDER_PREFERRED',
          },
          tradeIn: {
            year: 2018,
            make: 'Volkswagen',
            model: 'Golf',
            vin: '1HGCV1F35JA123456',
            mileage: 84210,
            condition: 'GOOD',
            odometerStatus: 'ACTUAL',
            titleStatus: 'CLEAN',
            payoffAmount: 3150.5,
            accidentHistory: { accidentCount: 0, airbagDeployed: false },
          },
          financing: { downPaymentRange: { minUSD: 5000, maxUSD: 7500.25 }, interestedInFinancing: true },
          metadata: {
            expirationDate: '2026-04-23T00:00:00Z',
            priority: 'HIGH',
            customFields: { salesRepId: 'SR-456', campaignCode: 'SPRING:26+?', other: 'x' },
          },
          heavyEquipmentLead: { attachmentCouplerStandard: 'ISO_13031', jobSiteAltitude: 1850.5 },
          technologyLead: { securityCertificationRequirements: ['ISO_27001', 'SOC_2_TYPE_II'], evergreenRefreshTrigger: 'EOL_DRIVEN' },
        },
      },
    },
  };
}

