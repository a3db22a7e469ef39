// @lexstandard/server: the LEX reference receiver. The generated OpenAPI file served over HTTP (Fastify),
// with idempotent intake, acknowledgments, lead state and subscriptions on SQLite or PostgreSQL.
export { createServer, startServer, defaultContract, messageTypeSchema, MEDIA_FORMAT, type ServerOptions, type LexServer } from './server.js';
export { Contract, negotiate, mediaTypeOf, type Operation } from './contract.js';
export { Intake, type Submission, type Outcome, type Route, type Format, type Level } from './intake.js';
export { RateLimiter, type RateLimitOptions, type RateDecision } from './ratelimit.js';
export { openStore, parseDbUrl, DEFAULT_DB, StoreUrlError, SqliteStore, PostgresStore, MIGRATIONS, LATEST_VERSION } from './store/index.js';
export type { Store, MessageRecord, LeadRecord, SubscriptionRecord } from './store/index.js';
export { runServe, serveOptions, SERVE_USAGE } from './cli.js';
