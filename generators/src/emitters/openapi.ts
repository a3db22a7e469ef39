// The OpenAPI 3.1 skeleton of the LEX REST API: paths, operations, parameters, responses, security and the
// component schemas — the canonical bundle with its $refs pointed at #/components/schemas. Request and response
// bodies $ref those components; nothing is copied by hand. Examples need the codecs (built packages), so media
// types only carry an `x-lex-example` marker here; @lexstandard/openapi's build replaces each marker with examples
// produced by @lexstandard/core from one canonical example and writes lex-openapi.yaml / lex-openapi.json.
import type { JsonSchema, SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

export const OPENAPI_SKELETON_PATH = 'packages/openapi/generated/openapi.skeleton.json';

/** Wire format → IANA media type used on the API. */
export const MEDIA_TYPES = {
  json: 'application/json',
  xml: 'application/xml',
  x12: 'application/EDI-X12',
  edifact: 'application/EDIFACT',
} as const;
type Wire = keyof typeof MEDIA_TYPES;
const ALL: Wire[] = ['json', 'xml', 'x12', 'edifact'];
const JSON_XML: Wire[] = ['json', 'xml'];

const MESSAGE_SCHEMA: Record<Wire, string> = {
  json: 'LexMessage',
  xml: 'XmlEdiMessage',
  x12: 'X12Message',
  edifact: 'EdifactMessage',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const CONDITIONAL = new Set(['if', 'then', 'else']);
/** Keywords whose value is a list of subschemas, and those whose value is one subschema (and may be a boolean). */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUED = new Set(['if', 'then', 'else', 'not', 'contains', 'propertyNames']);
/** `true` and `false` as subschemas, spelled as the object schemas with the same meaning. */
const objectSchema = (v: unknown): unknown => (v === true ? {} : v === false ? { not: {} } : v);

/**
 * Copies a bundle schema, rewriting its local $refs to component refs. One more change, with the same meaning:
 * object schemas inside `if`/`then`/`else` are partial constraints on an object whose members are declared
 * elsewhere; they get an explicit `additionalProperties: true` (the JSON Schema default). OpenAPI tools that treat
 * objects without the keyword as closed when checking examples (Redocly's example rules) then read them as meant.
 * And a boolean subschema (`"lead": true`, "present, any value") becomes the object schema of the same meaning
 * (`{}`; `false` becomes `{ "not": {} }`): Redoc's allOf merge throws on a boolean and re-renders the page.
 */
export function toComponent(node: unknown, rootName: string, inConditional = false): unknown {
  if (Array.isArray(node)) return node.map((n) => toComponent(n, rootName, inConditional));
  if (!node || typeof node !== 'object') return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node as JsonSchema)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.startsWith('#/$defs/')
        ? `#/components/schemas/${value.slice('#/$defs/'.length)}`
        : `#/components/schemas/${rootName}${value.slice(1)}`;
    } else if (key === 'examples' || key === 'x-lex' || key === 'const' || key === 'enum' || key === 'default') {
      out[key] = value;
    } else if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, toComponent(objectSchema(v), rootName, inConditional)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key] = value.map((v) => toComponent(objectSchema(v), rootName, inConditional || CONDITIONAL.has(key)));
    } else if (SCHEMA_VALUED.has(key)) {
      out[key] = toComponent(objectSchema(value), rootName, inConditional || CONDITIONAL.has(key));
    } else {
      out[key] = toComponent(value, rootName, inConditional || CONDITIONAL.has(key));
    }
  }
  const obj = node as JsonSchema;
  if (inConditional && (obj.type === 'object' || obj.properties) && obj.additionalProperties === undefined && obj.unevaluatedProperties === undefined) {
    out.additionalProperties = true;
  }
  return out;
}

/** `{ media type: { schema, x-lex-example } }` for the given formats. */
function content(formats: Wire[], example: string, schema?: (w: Wire) => object): JsonSchema {
  const out: JsonSchema = {};
  for (const w of formats) out[MEDIA_TYPES[w]] = { schema: schema ? schema(w) : ref(MESSAGE_SCHEMA[w]), 'x-lex-example': example };
  return out;
}

const rateHeaders = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/X-RateLimit-Limit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/X-RateLimit-Remaining' },
};
/** Headers of a response whose body is a message in a format chosen by the client (it may not carry every field). */
const messageHeaders = { ...rateHeaders, 'X-LEX-Not-Carried': { $ref: '#/components/headers/X-LEX-Not-Carried' } };

const errorRefs = (...names: string[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/responses/${ERROR_RESPONSES[n]!.name}` }]));

const ERROR_RESPONSES: Record<string, { name: string; description: string; title: string }> = {
  '400': { name: 'BadRequest', title: 'Bad Request', description: 'The request could not be read: malformed JSON-EDI, XML-EDI, X12 or EDIFACT, or a parameter out of range. The acknowledgment lists what was found (INVALID_JSON, NOT_A_LEX_MESSAGE, …).' },
  '401': { name: 'Unauthorized', title: 'Unauthorized', description: 'No valid access token was sent.' },
  '403': { name: 'Forbidden', title: 'Forbidden', description: 'The access token lacks the scope this operation needs.' },
  '404': { name: 'NotFound', title: 'Not Found', description: 'No resource with this id is known to the receiver.' },
  '406': { name: 'NotAcceptable', title: 'Not Acceptable', description: 'The Accept header names no media type this operation can produce.' },
  '409': { name: 'Conflict', title: 'Conflict', description: 'The request conflicts with the current state, e.g. a lead id in the path that does not match the message.' },
  '413': { name: 'PayloadTooLarge', title: 'Content Too Large', description: 'The body is larger than the receiver accepts (a batch holds at most 100 messages).' },
  '415': { name: 'UnsupportedMediaType', title: 'Unsupported Media Type', description: 'The Content-Type is not one of the LEX media types this operation accepts.' },
  '422': { name: 'ValidationFailed', title: 'Unprocessable Content', description: 'The message was read but is not valid LEX. The REJECTED acknowledgment lists every problem with its LEX error code and JSON Pointer.' },
  '429': { name: 'TooManyRequests', title: 'Too Many Requests', description: 'The client exceeded its rate limit; retry after the number of seconds in Retry-After.' },
  '500': { name: 'InternalError', title: 'Internal Server Error', description: 'The receiver failed while handling the request; the request itself may be fine. Retry with the same messageId.' },
  '503': { name: 'ServiceUnavailable', title: 'Service Unavailable', description: 'The service is temporarily unable to handle requests; retry after the number of seconds in Retry-After.' },
};

const READ_ERRORS = ['400', '401', '403', '404', '406', '429', '500'];
const WRITE_ERRORS = ['400', '401', '403', '413', '415', '422', '429', '500'];

function security(...scopes: string[]): JsonSchema[] {
  return scopes.map((s) => ({ oauth2: [s] }));
}

export function openApiSkeleton(model: SchemaModel): JsonSchema {
  const bundle = model.bundle;
  const schemas: JsonSchema = {};
  const rootName = bundle.title as string; // LexMessage
  schemas[rootName] = toComponent(bundle, rootName);
  delete (schemas[rootName] as JsonSchema).$defs;
  for (const [title, def] of Object.entries(bundle.$defs as JsonSchema)) schemas[title] = toComponent(def, rootName);

  const header = bundle.$defs.LexHeader as JsonSchema;
  const messageTypes: string[] = header.properties.messageType.enum;
  const typeMeanings: Record<string, string> = header.properties.messageType['x-lex']?.enum ?? {};
  const payloadMembers: Record<string, string> = {};
  // messageType → payload member: the LexPayload description names them; derive from the payload schema's titles
  const payload = bundle.$defs.LexPayload as JsonSchema;
  for (const [member, prop] of Object.entries(payload.properties as JsonSchema)) {
    const title = (prop as JsonSchema).$ref?.replace('#/$defs/', '') as string;
    const type = messageTypes.find((t) => title.toUpperCase().replace(/PAYLOAD$/, '') === t.replace(/_/g, ''));
    if (!type) throw new Error(`openapi: cannot tell which messageType selects payload.${member}`);
    payloadMembers[type] = member;
  }

  // Wire encodings of the canonical model: strings whose content is a LexMessage.
  const encoded = (name: string, media: string, description: string): JsonSchema => ({
    title: name,
    description,
    type: 'string',
    minLength: 1,
    contentMediaType: media,
    contentSchema: ref(rootName),
  });
  schemas.XmlEdiMessage = encoded('XmlEdiMessage', MEDIA_TYPES.xml, `A ${rootName} in its XML-EDI encoding: root element <lex version="${model.version}">, element names are the JSON names in PascalCase (or the x-lex.xml element of the field). XML-EDI carries every field.`);
  schemas.X12Message = encoded('X12Message', MEDIA_TYPES.x12, `A LEAD ${rootName} in its ASC X12 850 encoding, or an ACKNOWLEDGMENT in its X12 824 application advice (implementation convention ALX001). Fields without an X12 place are not carried; converters report them as FIELD_NOT_CARRIED.`);
  schemas.EdifactMessage = encoded('EdifactMessage', MEDIA_TYPES.edifact, `A LEAD ${rootName} in its UN/EDIFACT ORDERS encoding (message ALXLDE:D:96A:UN), or an ACKNOWLEDGMENT as an APERAK. Fields without an EDIFACT place are not carried; converters report them as FIELD_NOT_CARRIED.`);
  schemas.Problem = {
    title: 'Problem',
    description: 'An HTTP-level error that is not about the content of a LEX message (RFC 9457 problem details).',
    type: 'object',
    required: ['title', 'status'],
    properties: {
      type: { type: 'string', format: 'uri-reference', description: 'Identifies the kind of problem.', examples: ['about:blank'] },
      title: { type: 'string', description: 'Short summary of the kind of problem.', examples: ['Not Found'] },
      status: { type: 'integer', minimum: 100, maximum: 599, description: 'The HTTP status code.', examples: [404] },
      detail: { type: 'string', description: 'Explanation of this occurrence.', examples: ['No message with this messageId is known.'] },
      instance: { type: 'string', format: 'uri-reference', description: 'The request path that failed.', examples: ['/messages/550e8400-e29b-41d4-a716-446655440000'] },
      code: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$', description: 'Stable machine-readable code.', examples: ['NOT_FOUND'] },
    },
  };
  schemas.BatchRequest = {
    title: 'BatchRequest',
    description: 'Up to 100 LEX messages submitted in one call; each is processed (and is idempotent on its messageId) on its own.',
    type: 'object',
    additionalProperties: false,
    required: ['messages'],
    properties: {
      messages: { type: 'array', minItems: 1, maxItems: 100, items: ref(rootName), description: 'The messages, in JSON-EDI.' },
    },
  };
  schemas.BatchResult = {
    title: 'BatchResult',
    description: 'One acknowledgment per submitted message, in the order of the request.',
    type: 'object',
    additionalProperties: false,
    required: ['acknowledgments'],
    properties: {
      acknowledgments: { type: 'array', items: ref(rootName), description: 'ACKNOWLEDGMENT messages, one per submitted message.' },
    },
  };
  schemas.SubscriptionList = {
    title: 'SubscriptionList',
    description: 'The active subscriptions of the caller.',
    type: 'object',
    additionalProperties: false,
    required: ['subscriptions'],
    properties: {
      subscriptions: { type: 'array', items: ref('SubscriptionPayload'), description: 'Each subscription as its SUBSCRIPTION payload.' },
    },
  };
  schemas.ConformanceRunRequest = {
    title: 'ConformanceRunRequest',
    description: 'Starts a run of the LEX conformance vectors against the caller\'s implementation.',
    type: 'object',
    additionalProperties: false,
    required: ['level'],
    properties: {
      level: { type: 'string', enum: ['L1', 'L2', 'L3'], description: 'Conformance level to test: L1 basic, L2 standard, L3 full.', examples: ['L2'] },
      formats: { type: 'array', uniqueItems: true, items: { type: 'string', enum: ALL }, description: 'Wire formats to exercise (default: all the level requires).', examples: [['json', 'xml']] },
      endpoint: { type: 'string', format: 'uri', description: 'Base URL of the implementation under test.', examples: ['https://dealer.test/lex'] },
    },
  };
  schemas.ConformanceSession = {
    title: 'ConformanceSession',
    description: 'A conformance run and where it stands.',
    type: 'object',
    additionalProperties: false,
    required: ['sessionId', 'level', 'status'],
    properties: {
      sessionId: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Id of the run.', examples: ['CONF-2026-000042'] },
      level: { type: 'string', enum: ['L1', 'L2', 'L3'], description: 'Level under test.', examples: ['L2'] },
      status: { type: 'string', enum: ['QUEUED', 'RUNNING', 'PASSED', 'FAILED'], description: 'Where the run stands.', examples: ['RUNNING'] },
    },
  };
  schemas.ConformanceReport = {
    title: 'ConformanceReport',
    description: 'The outcome of a conformance run: one result per test vector.',
    type: 'object',
    additionalProperties: false,
    required: ['sessionId', 'level', 'status', 'results'],
    properties: {
      sessionId: { type: 'string', description: 'Id of the run.', examples: ['CONF-2026-000042'] },
      level: { type: 'string', enum: ['L1', 'L2', 'L3'], description: 'Level under test.', examples: ['L2'] },
      status: { type: 'string', enum: ['QUEUED', 'RUNNING', 'PASSED', 'FAILED'], description: 'Overall outcome.', examples: ['PASSED'] },
      results: {
        type: 'array',
        description: 'One entry per test vector.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['vector', 'passed'],
          properties: {
            vector: { type: 'string', description: 'Name of the test vector.', examples: ['L1-required-fields-001'] },
            passed: { type: 'boolean', description: 'Whether the implementation behaved as the vector expects.' },
            issues: { type: 'array', items: ref('AckIssue'), description: 'What differed, with LEX error codes.' },
          },
        },
      },
    },
  };
  schemas.Health = {
    title: 'Health',
    description: 'Liveness of the API and the LEX version it implements.',
    type: 'object',
    additionalProperties: false,
    required: ['status', 'lexVersion'],
    properties: {
      status: { type: 'string', enum: ['UP', 'DEGRADED', 'DOWN'], description: 'Overall state.', examples: ['UP'] },
      lexVersion: { type: 'string', const: model.version, description: 'LEX specification version implemented.', examples: [model.version] },
      time: { ...ref('UtcTimestamp'), description: 'Server time (UTC).' },
    },
  };
  schemas.JsonSchemaDocument = {
    title: 'JsonSchemaDocument',
    description: `A JSON Schema 2020-12 document: the canonical LEX schema of one message type (the ${rootName} envelope with the payload fixed to that type), self-contained with its $defs.`,
    type: 'object',
    required: ['$schema'],
    properties: {
      $schema: { type: 'string', const: 'https://json-schema.org/draft/2020-12/schema', description: 'The JSON Schema dialect.' },
      $id: { type: 'string', format: 'uri', description: 'Identifier of the schema.' },
      title: { type: 'string', description: 'Schema title.' },
    },
  };

  const responses: JsonSchema = {};
  for (const [status, r] of Object.entries(ERROR_RESPONSES)) {
    const problem = { 'application/problem+json': { schema: ref('Problem'), example: { type: 'about:blank', title: r.title, status: Number(status), detail: r.description, code: r.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() } } };
    const headers: JsonSchema = { ...rateHeaders };
    if (status === '429' || status === '503') headers['Retry-After'] = { $ref: '#/components/headers/Retry-After' };
    responses[r.name] = {
      description: r.description,
      headers,
      content: status === '400' || status === '422' ? { ...content(status === '422' ? ALL : JSON_XML, status === '400' ? 'ackMalformed' : 'ackRejected'), ...problem } : problem,
    };
  }

  const parameters: JsonSchema = {
    messageId: { name: 'messageId', in: 'path', required: true, description: 'The messageId (lex.header.messageId) of the message.', schema: ref('UuidV4'), example: '550e8400-e29b-41d4-a716-446655440000' },
    leadId: { name: 'leadId', in: 'path', required: true, description: 'The leadId (lex.payload.lead.leadId) of the lead being closed.', schema: { $ref: '#/components/schemas/LeadPayload/properties/leadId' }, example: 'LEAD-2026-001234' },
    subscriptionId: { name: 'subscriptionId', in: 'path', required: true, description: 'The subscriptionId of the subscription.', schema: { $ref: '#/components/schemas/SubscriptionPayload/properties/subscriptionId' }, example: 'SUB-DEALER-001-HYBRID' },
    sessionId: { name: 'sessionId', in: 'path', required: true, description: 'The sessionId returned when the run was started.', schema: { $ref: '#/components/schemas/ConformanceSession/properties/sessionId' }, example: 'CONF-2026-000042' },
    messageType: { name: 'messageType', in: 'path', required: true, description: 'The message type whose schema is wanted.', schema: { $ref: '#/components/schemas/LexHeader/properties/messageType' }, example: 'LEAD' },
  };

  const submitDescription = (what: string, formats: Wire[]) =>
    `${what} The body may be sent in ${formats.map((f) => ({ json: 'JSON-EDI', xml: 'XML-EDI', x12: 'X12 850', edifact: 'EDIFACT ORDERS' })[f]).join(', ')}; the Content-Type tells which. ` +
    'Idempotent on lex.header.messageId: sending the same messageId again returns 200 with the original acknowledgment and processes nothing twice.';

  // An operation that takes X12 or EDIFACT answers in them too (824 Application Advice, APERAK); the Accept header
  // picks the format, and without one the acknowledgment comes in the format of the request.
  const ackFormats = (formats: Wire[]) => (formats.includes('x12') ? ALL : JSON_XML);
  const ackResponses = (created: '202' | '201', formats: Wire[]) => ({
    [created]: { description: created === '202' ? 'Received; the acknowledgment (status RECEIVED) confirms it. Processing may continue asynchronously.' : 'Created; the acknowledgment confirms the subscription.', headers: messageHeaders, content: content(ackFormats(formats), 'ackReceived') },
    '200': { description: 'This messageId was already received: the original acknowledgment is returned and nothing is processed again.', headers: messageHeaders, content: content(ackFormats(formats), 'ackReceived') },
  });

  const submit = (operationId: string, summary: string, description: string, tag: string, formats: Wire[], example: string, scopes: string[], extraParams: JsonSchema[] = [], extraErrors: string[] = []) => ({
    operationId,
    summary,
    description: submitDescription(description, formats),
    tags: [tag],
    security: security(...scopes),
    ...(extraParams.length ? { parameters: extraParams } : {}),
    requestBody: { required: true, description: 'The LEX message.', content: content(formats, example) },
    responses: { ...ackResponses('202', formats), ...errorRefs(...WRITE_ERRORS, ...extraErrors) },
  });

  const paths: JsonSchema = {
    '/messages': {
      post: submit('submitMessage', 'Submit a LEX message', 'Submits a message of any of the five types (LEAD, ASSET, ACKNOWLEDGMENT, SUBSCRIPTION, LEAD_CLOSURE). X12 and EDIFACT carry LEAD (850, ORDERS) and ACKNOWLEDGMENT (824, APERAK) messages.', 'Messages', ALL, 'lead', ['lex:leads:write', 'lex:assets:write', 'lex:closures:write', 'lex:subscriptions:manage']),
    },
    '/messages/batch': {
      post: {
        operationId: 'submitBatch',
        summary: 'Submit up to 100 messages',
        description: 'Submits up to 100 JSON-EDI messages in one call. Each message is validated, processed and acknowledged on its own, and each is idempotent on its messageId.',
        tags: ['Messages'],
        security: security('lex:leads:write', 'lex:assets:write', 'lex:closures:write', 'lex:subscriptions:manage'),
        requestBody: { required: true, description: 'The messages.', content: { [MEDIA_TYPES.json]: { schema: ref('BatchRequest'), 'x-lex-example': 'batch' } } },
        responses: {
          '200': { description: 'Every message was handled; one acknowledgment each, in request order (rejected messages have a REJECTED acknowledgment).', headers: rateHeaders, content: { [MEDIA_TYPES.json]: { schema: ref('BatchResult'), 'x-lex-example': 'batchResult' } } },
          ...errorRefs(...WRITE_ERRORS.filter((s) => s !== '422')),
        },
      },
    },
    '/messages/{messageId}': {
      parameters: [{ $ref: '#/components/parameters/messageId' }],
      get: {
        operationId: 'getMessage',
        summary: 'Get a submitted message',
        description: 'Returns a message received earlier, in the format named by the Accept header (default JSON-EDI). X12 and EDIFACT are available for LEAD messages. The message is returned as it was accepted: a receiver below L3 accepts values that break rules above its level with a warning in the acknowledgment (at L1, a model year past the schema maximum: INVALID_MODEL_YEAR), so at the pointers of those warnings the message may not validate against LexMessage.',
        tags: ['Messages'],
        security: security('lex:leads:read', 'lex:assets:read'),
        responses: { '200': { description: 'The message.', headers: messageHeaders, content: content(ALL, 'lead') }, ...errorRefs(...READ_ERRORS) },
      },
    },
    '/messages/{messageId}/acknowledgment': {
      parameters: [{ $ref: '#/components/parameters/messageId' }],
      get: {
        operationId: 'getAcknowledgment',
        summary: 'Get the acknowledgment of a message',
        description: 'Returns the latest ACKNOWLEDGMENT message the receiver produced for the message (RECEIVED, PROCESSED, REJECTED, ERROR or DUPLICATE), in the format named by the Accept header (default JSON-EDI): X12 as an 824 Application Advice, EDIFACT as an APERAK.',
        tags: ['Messages'],
        security: security('lex:leads:read', 'lex:assets:read'),
        responses: { '200': { description: 'The acknowledgment.', headers: messageHeaders, content: content(ALL, 'ackProcessed') }, ...errorRefs(...READ_ERRORS) },
      },
    },
    '/leads': {
      post: submit('submitLead', 'Submit a LEAD', 'Shorthand for POST /messages that accepts LEAD messages only (header.messageType LEAD); other types are refused with 422 PAYLOAD_TYPE_MISMATCH.', 'Leads', ALL, 'lead', ['lex:leads:write']),
    },
    '/leads/{leadId}/closure': {
      parameters: [{ $ref: '#/components/parameters/leadId' }],
      post: submit('submitLeadClosure', 'Submit the closure of a lead', 'Submits the LEAD_CLOSURE message (the final outcome) of the lead named in the path.', 'Leads', JSON_XML, 'leadClosure', ['lex:closures:write'], [], ['404', '409']),
    },
    '/assets': {
      post: submit('submitAsset', 'Submit an ASSET', 'Submits an ASSET inventory message: specification, availability and pricing of an asset.', 'Assets', JSON_XML, 'asset', ['lex:assets:write']),
    },
    '/subscriptions': {
      post: {
        ...submit('createSubscription', 'Register a subscription', 'Registers (or updates) a webhook subscription with a SUBSCRIPTION message.', 'Subscriptions', JSON_XML, 'subscription', ['lex:subscriptions:manage']),
        responses: { ...ackResponses('201', JSON_XML), ...errorRefs(...WRITE_ERRORS) },
      },
      get: {
        operationId: 'listSubscriptions',
        summary: 'List active subscriptions',
        description: 'Lists the caller\'s active subscriptions.',
        tags: ['Subscriptions'],
        security: security('lex:subscriptions:manage'),
        responses: { '200': { description: 'The subscriptions.', headers: rateHeaders, content: { [MEDIA_TYPES.json]: { schema: ref('SubscriptionList'), 'x-lex-example': 'subscriptionList' } } }, ...errorRefs('400', '401', '403', '429', '500') },
      },
    },
    '/subscriptions/{subscriptionId}': {
      parameters: [{ $ref: '#/components/parameters/subscriptionId' }],
      delete: {
        operationId: 'cancelSubscription',
        summary: 'Cancel a subscription',
        description: 'Ends the subscription; no further events are delivered for it.',
        tags: ['Subscriptions'],
        security: security('lex:subscriptions:manage'),
        responses: { '204': { description: 'Cancelled.', headers: rateHeaders }, ...errorRefs('400', '401', '403', '404', '429', '500') },
      },
    },
    '/conformance/run': {
      post: {
        operationId: 'runConformance',
        summary: 'Run the conformance suite',
        description: 'Starts a run of the LEX conformance vectors of the requested level against the caller\'s implementation.',
        tags: ['Conformance'],
        security: security('lex:conformance'),
        requestBody: { required: true, description: 'What to test.', content: { [MEDIA_TYPES.json]: { schema: ref('ConformanceRunRequest'), example: { level: 'L2', formats: ['json', 'xml'], endpoint: 'https://dealer.test/lex' } } } },
        responses: {
          '202': { description: 'The run was started.', headers: rateHeaders, content: { [MEDIA_TYPES.json]: { schema: ref('ConformanceSession'), example: { sessionId: 'CONF-2026-000042', level: 'L2', status: 'QUEUED' } } } },
          ...errorRefs('400', '401', '403', '415', '429', '500'),
        },
      },
    },
    '/conformance/report/{sessionId}': {
      parameters: [{ $ref: '#/components/parameters/sessionId' }],
      get: {
        operationId: 'getConformanceReport',
        summary: 'Get a conformance report',
        description: 'Returns the report of a conformance run.',
        tags: ['Conformance'],
        security: security('lex:conformance'),
        responses: {
          '200': { description: 'The report.', headers: rateHeaders, content: { [MEDIA_TYPES.json]: { schema: ref('ConformanceReport'), example: { sessionId: 'CONF-2026-000042', level: 'L2', status: 'PASSED', results: [{ vector: 'L1-required-fields-001', passed: true }] } } } },
          ...errorRefs('400', '401', '403', '404', '429', '500'),
        },
      },
    },
    '/schema/{messageType}': {
      parameters: [{ $ref: '#/components/parameters/messageType' }],
      get: {
        operationId: 'getSchema',
        summary: 'Get the JSON Schema of a message type',
        description: `Returns the canonical JSON Schema 2020-12 of one message type (${messageTypes.map((t) => `${t}: ${typeMeanings[t] ?? ''}`.trim()).join(' ')}).`,
        tags: ['Schema'],
        security: [],
        responses: {
          '200': { description: 'The schema.', content: { 'application/schema+json': { schema: ref('JsonSchemaDocument'), example: { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `https://lexstandard.org/schema/1.0/${payloadMembers.LEAD}.message.schema.json`, title: 'LexMessage (LEAD)' } } } },
          ...errorRefs('400', '404', '429', '500'),
        },
      },
    },
    '/health': {
      get: {
        operationId: 'healthCheck',
        summary: 'Check API health',
        description: 'Liveness check; needs no authentication.',
        tags: ['Health'],
        security: [],
        responses: {
          '200': { description: 'The API is up.', content: { [MEDIA_TYPES.json]: { schema: ref('Health'), example: { status: 'UP', lexVersion: model.version, time: '2026-03-23T14:30:00Z' } } } },
          ...errorRefs('429', '500', '503'),
        },
      },
    },
  };

  return {
    openapi: '3.1.0',
    info: {
      title: 'LEX — Lead Exchange Standard API',
      version: model.version,
      summary: 'Submit, fetch and acknowledge LEX messages in JSON-EDI, XML-EDI, X12 850 or EDIFACT ORDERS.',
      description:
        'The REST binding of LEX, the open Lead Exchange Standard. Every body is a LEX message (the `LexMessage` schema, generated from the canonical schema); ' +
        'the Content-Type (or Accept) header picks one of the four wire formats: `application/json` (JSON-EDI), `application/xml` (XML-EDI), ' +
        '`application/EDI-X12` (X12) and `application/EDIFACT` (EDIFACT). X12 and EDIFACT carry LEAD messages (850, ORDERS) and ACKNOWLEDGMENT messages (824 Application Advice, APERAK); ' +
        'an acknowledgment comes in the format the Accept header names, and without one in the format of the request.\n\n' +
        'All POST operations are idempotent on `lex.header.messageId`. Validation problems come back as an ACKNOWLEDGMENT message with status REJECTED ' +
        'and one issue per problem, each with a code from the LEX error catalogue and a JSON Pointer. Other HTTP errors use RFC 9457 problem details.\n\n' +
        'Rate limits: 1,000 requests per minute (standard tier) or 10,000 (enterprise); every response carries `X-RateLimit-Limit` and `X-RateLimit-Remaining`, and 429 responses `Retry-After`.',
      license: { name: 'Apache 2.0', identifier: 'Apache-2.0' },
    },
    servers: [
      { url: 'https://api.lexstandard.org/v1', description: 'Production' },
      { url: 'https://sandbox.lexstandard.org/v1', description: 'Sandbox' },
    ],
    security: [{ oauth2: [] }],
    tags: [
      { name: 'Messages', description: 'Submit any LEX message, fetch it back and read its acknowledgment.' },
      { name: 'Leads', description: 'LEAD shorthand and the closure of a lead.' },
      { name: 'Assets', description: 'ASSET inventory messages.' },
      { name: 'Subscriptions', description: 'Webhook subscriptions to LEX events.' },
      { name: 'Conformance', description: 'Self-service conformance runs against the LEX test vectors.' },
      { name: 'Schema', description: 'The canonical JSON Schema per message type.' },
      { name: 'Health', description: 'Liveness.' },
    ],
    paths,
    components: {
      securitySchemes: {
        oauth2: {
          type: 'oauth2',
          description: 'OAuth 2.0 client credentials. Each adopter runs its own authorization server; replace the token URL with your platform\'s token endpoint.',
          flows: {
            clientCredentials: {
              tokenUrl: 'https://auth.lexstandard.org/oauth2/token',
              scopes: {
                'lex:leads:read': 'Read LEAD messages',
                'lex:leads:write': 'Submit and update LEAD messages',
                'lex:assets:read': 'Read ASSET messages',
                'lex:assets:write': 'Submit ASSET messages',
                'lex:closures:write': 'Submit LEAD_CLOSURE messages',
                'lex:subscriptions:manage': 'Create and manage subscriptions',
                'lex:conformance': 'Run conformance tests',
              },
            },
          },
        },
      },
      parameters,
      headers: {
        'X-RateLimit-Limit': { description: 'Requests allowed per minute for this client.', schema: { type: 'integer', minimum: 0 }, example: 1000 },
        'X-RateLimit-Remaining': { description: 'Requests left in the current minute.', schema: { type: 'integer', minimum: 0 }, example: 998 },
        'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 }, example: 30 },
        'X-LEX-Not-Carried': {
          description: 'Present when the body is in a format that cannot carry every field of the message (X12, EDIFACT): the JSON Pointers of the fields left out (FIELD_NOT_CARRIED), comma-separated. Fetch the message as JSON-EDI to get them.',
          schema: { type: 'string' },
          example: '/lex/payload/acknowledgment/nextSteps',
        },
      },
      responses,
      schemas,
    },
    'x-lex-payload-members': payloadMembers,
  };
}

export function emitOpenApi(model: SchemaModel): GeneratedFile[] {
  return [{ path: OPENAPI_SKELETON_PATH, contents: JSON.stringify(openApiSkeleton(model), null, 2) + '\n' }];
}
