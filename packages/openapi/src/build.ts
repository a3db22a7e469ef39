// Turns the generated OpenAPI skeleton (packages/openapi/generated/openapi.skeleton.json, written by
// generators/src/emitters/openapi.ts) into the published lex-openapi.yaml / lex-openapi.json: every media type's
// `x-lex-example` marker is replaced by examples that @lexstandard/core produces from ONE canonical example
// (schema/examples/canonical-lead.json). The messages derived from it (acknowledgments, the other message types)
// are built here and checked with the validator, so no example in the file is pasted or can drift.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LexCodecError, parse, serialize, validate, type Format, type LexMessage, type ValidationIssue } from '@lexstandard/core';
import { stringify } from 'yaml';
import { CANONICAL_EXAMPLE, CANONICAL_EXAMPLE_FILE, SKELETON_FILE } from './paths.js';

type Json = Record<string, any>;

const MEDIA_FORMAT: Record<string, Format> = {
  'application/json': 'json',
  'application/xml': 'xml',
  'application/EDI-X12': 'x12',
  'application/EDIFACT': 'edifact',
};
const FORMAT_NAME: Record<Format, string> = { json: 'JSON-EDI', xml: 'XML-EDI', x12: 'X12 850', edifact: 'EDIFACT ORDERS' };
/** The wire name of a message in a format: an ACKNOWLEDGMENT travels as an 824 or an APERAK, not as an 850/ORDERS. */
const formatName = (format: Format, m: LexMessage) =>
  (m as Json).lex?.header?.messageType === 'ACKNOWLEDGMENT' && (format === 'x12' || format === 'edifact') ? (format === 'x12' ? 'X12 824' : 'EDIFACT APERAK') : FORMAT_NAME[format];

/** A stable UUID v4 derived from a name, so derived examples keep their ids from build to build. */
export function stableUuid(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const addSeconds = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString().replace(/\.000Z$/, 'Z');

export interface ExampleMessage {
  summary: string;
  message: LexMessage;
}

/** Every message the file shows, all derived from the canonical lead. Throws when one of them is not valid LEX. */
export function deriveMessages(canonicalText: string, skeleton: Json): Record<string, ExampleMessage> {
  const lead = parse(canonicalText, { from: 'json' }).message as Json;
  const header = lead.lex.header as Json;
  const payloadExamples = skeleton.components.schemas.LexPayload.properties as Json;
  const members = skeleton['x-lex-payload-members'] as Record<string, string>;
  const at = (s: number) => addSeconds(header.timestamp, s);

  const message = (type: string, payload: Json, extra: Json = {}, seconds = 0): LexMessage =>
    ({
      lex: {
        version: lead.lex.version,
        header: { messageId: stableUuid(`${header.messageId}/${type}/${JSON.stringify(extra)}/${seconds}`), messageType: type, timestamp: at(seconds), senderId: header.senderId, receiverId: header.receiverId, ...extra },
        payload: { [members[type]!]: payload },
      },
    }) as unknown as LexMessage;

  const ack = (of: Json, status: string, seconds: number, issues?: { errors?: Json[]; warnings?: Json[] }): LexMessage =>
    message(
      'ACKNOWLEDGMENT',
      {
        originalMessageId: of.lex.header.messageId,
        status,
        processedAt: at(seconds),
        ...(issues?.errors?.length ? { errors: issues.errors } : {}),
        ...(issues?.warnings?.length ? { warnings: issues.warnings } : {}),
      },
      { senderId: of.lex.header.receiverId, receiverId: of.lex.header.senderId, correlationId: of.lex.header.messageId },
      seconds,
    );

  const issue = (i: ValidationIssue): Json => ({ code: i.code, message: i.message, ...(i.path ? { path: i.path } : {}), severity: i.severity });

  // A broken copy of the canonical lead: no way to contact the customer and a status LEX does not know.
  const broken = structuredClone(lead);
  delete broken.lex.payload.lead.customer.email;
  delete broken.lex.payload.lead.customer.phone;
  broken.lex.payload.lead.status = 'PENDING';
  const brokenResult = validate(broken, { now: at(60) });
  if (brokenResult.valid) throw new Error('openapi: the broken example unexpectedly validates');

  let malformed: Json;
  try {
    parse(canonicalText.slice(0, Math.floor(canonicalText.length / 2)), { from: 'json' });
    throw new Error('openapi: the truncated example unexpectedly parses');
  } catch (err) {
    if (!(err instanceof LexCodecError)) throw err;
    malformed = { code: err.code, message: err.message, severity: 'CRITICAL' };
  }

  const other = (type: string) => message(type, structuredClone(payloadExamples[members[type]!].examples[0]), {}, 0);
  const out: Record<string, ExampleMessage> = {
    lead: { summary: `The canonical LEAD (${CANONICAL_EXAMPLE})`, message: lead as unknown as LexMessage },
    asset: { summary: 'An ASSET message (the payload example of the schema, the canonical lead\'s header)', message: other('ASSET') },
    leadClosure: { summary: 'A LEAD_CLOSURE message for the canonical lead', message: other('LEAD_CLOSURE') },
    subscription: { summary: 'A SUBSCRIPTION message', message: other('SUBSCRIPTION') },
    ackReceived: { summary: 'RECEIVED acknowledgment of the canonical lead', message: ack(lead, 'RECEIVED', 1) },
    ackProcessed: { summary: 'PROCESSED acknowledgment of the canonical lead', message: ack(lead, 'PROCESSED', 60) },
    ackRejected: {
      summary: 'REJECTED acknowledgment of a broken copy of the canonical lead (no e-mail or phone, unknown status); the issues are the validator\'s own output',
      message: ack(lead, 'REJECTED', 1, { errors: brokenResult.errors.map(issue), warnings: brokenResult.warnings.map(issue) }),
    },
    ackMalformed: { summary: 'REJECTED acknowledgment of a truncated JSON-EDI body; the issue is the parser\'s own error', message: ack(lead, 'REJECTED', 1, { errors: [malformed] }) },
  };
  for (const [name, { message: m }] of Object.entries(out)) {
    const ts = (m as Json).lex.header.timestamp as string;
    const result = validate(m, { now: addSeconds(ts, 60) });
    if (!result.valid) throw new Error(`openapi: example "${name}" is not valid LEX: ${result.errors.map((e) => `${e.code} at ${e.path}`).join('; ')}`);
  }
  return out;
}

/** JSON with object keys sorted, for comparing messages. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Json)[k])])) : v;
  return JSON.stringify(sort(value));
}

/** The value of one example in one format, produced by the codecs. JSON-EDI examples are objects. */
function encode(m: LexMessage, format: Format): { value: unknown; notes: string[] } {
  const { output, warnings } = serialize(m, format);
  // Round trip: what the codec wrote must read back (and, for JSON/XML, to the same message).
  const back = parse(output, { from: format });
  if ((format === 'json' || format === 'xml') && canonicalJson(back.message) !== canonicalJson(m)) {
    throw new Error(`openapi: the ${format} example does not read back to the message it was written from:\n${canonicalJson(back.message)}\n${canonicalJson(m)}`);
  }
  return { value: format === 'json' ? JSON.parse(output) : output, notes: warnings.map((w) => `${w.code}${w.path ? ` ${w.path}` : ''}`) };
}

function examplesFor(id: string, format: Format, messages: Record<string, ExampleMessage>): Json {
  const single = (key: string) => {
    const m = messages[key];
    if (!m) throw new Error(`openapi: no example "${key}"`);
    const { value, notes } = encode(m.message, format);
    const name = formatName(format, m.message);
    return { [key]: { summary: `${m.summary}, as ${name}`, ...(notes.length ? { description: `Warnings of the ${name} encoder: ${notes.join(', ')}.` } : {}), value } };
  };
  const jsonOf = (key: string) => encode(messages[key]!.message, 'json').value;
  switch (id) {
    case 'batch':
      return { batch: { summary: 'The canonical LEAD and an ASSET in one batch', value: { messages: [jsonOf('lead'), jsonOf('asset')] } } };
    case 'batchResult':
      return { batchResult: { summary: 'One acknowledgment per message of the batch', value: { acknowledgments: [jsonOf('ackReceived'), jsonOf('ackReceived')].map((a, i) => (i === 0 ? a : retarget(a as Json, messages.asset!.message as Json))) } } };
    case 'subscriptionList':
      return { subscriptionList: { summary: 'The subscription of the SUBSCRIPTION example', value: { subscriptions: [(messages.subscription!.message as Json).lex.payload.subscription] } } };
    default:
      return single(id);
  }
}

/** The acknowledgment `a`, re-pointed at message `m` (used for the second entry of the batch result). */
function retarget(a: Json, m: Json): Json {
  const copy = structuredClone(a);
  copy.lex.header.messageId = stableUuid(`${m.lex.header.messageId}/ack`);
  copy.lex.header.correlationId = m.lex.header.messageId;
  copy.lex.payload.acknowledgment.originalMessageId = m.lex.header.messageId;
  return copy;
}

/** Builds the final OpenAPI document from the skeleton and the canonical example. Pure apart from the codecs. */
export function buildDocument(skeleton: Json, canonicalText: string): Json {
  const doc = structuredClone(skeleton);
  const messages = deriveMessages(canonicalText, doc);
  const fill = (mediaTypeObject: Json, mediaType: string): void => {
    const id = mediaTypeObject['x-lex-example'];
    if (typeof id !== 'string') return;
    const format = MEDIA_FORMAT[mediaType];
    if (!format) throw new Error(`openapi: no codec for media type ${mediaType}`);
    mediaTypeObject.examples = examplesFor(id, format, messages);
    delete mediaTypeObject['x-lex-example'];
  };
  // walk content maps explicitly so the key of each media type is known
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const obj = node as Json;
    if (obj.content && typeof obj.content === 'object' && !Array.isArray(obj.content)) {
      for (const [media, mt] of Object.entries(obj.content as Json)) fill(mt as Json, media);
    }
    for (const [key, value] of Object.entries(obj)) if (key !== 'content' && key !== 'schemas') walk(value);
  };
  walk(doc.paths);
  walk(doc.components.responses);
  delete doc['x-lex-payload-members'];
  const left = JSON.stringify(doc).match(/"x-lex-example"/g);
  if (left) throw new Error(`openapi: ${left.length} x-lex-example markers were not replaced`);
  return doc;
}

export const YAML_HEADER = `# LEX — Lead Exchange Standard: OpenAPI 3.1 description of the REST API.
# Generated from schema/ by generators/src/emitters/openapi.ts and packages/openapi/src/build.ts — do not edit.
# Examples are produced by @lexstandard/core from ${CANONICAL_EXAMPLE}.
`;

export function render(doc: Json): { yaml: string; json: string } {
  return {
    yaml: YAML_HEADER + stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }),
    json: JSON.stringify(doc, null, 2) + '\n',
  };
}

/** Reads the skeleton and the canonical example from the repository and returns the two published files. */
export function buildFromRepo(): { doc: Json; yaml: string; json: string } {
  const skeleton = JSON.parse(readFileSync(SKELETON_FILE, 'utf8'));
  const canonical = readFileSync(CANONICAL_EXAMPLE_FILE, 'utf8');
  const doc = buildDocument(skeleton, canonical);
  return { doc, ...render(doc) };
}
