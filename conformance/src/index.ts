// @lexstandard/conformance: the public LEX conformance vectors and the runner that checks an
// implementation against them, in process or through a command adapter.
export * from './types.js';
export { loadVectors, vectorsUpTo, vectorsDigest, DEFAULT_VECTORS_DIR, INPUTS_FOLDER, PACKAGE_ROOT, VectorError } from './vectors.js';
export { checkValidation, checkConversion, checkAck, jsonDiff, outcomeShape } from './check.js';
export { Receiver, acceptedStatus, type ReceiverApi } from './receiver.js';
export { createInProcessAdapter, loadCore, unreadable, type LexApi, type InProcessOptions } from './adapters/inprocess.js';
export { createCommandAdapter, AdapterError, PROTOCOL_VERSION, type CommandAdapterOptions } from './adapters/command.js';
export { createHttpAdapter, HttpAdapterError, FORMAT_MEDIA, type HttpAdapterOptions } from './adapters/http.js';
export { runConformanceSuite, runVector, tiersOf, type CaseResult, type CaseStatus, type ConformanceReport, type RunOptions, type TierResult, type AckValidator } from './runner.js';
export { formatText, formatJson, formatMarkdown, type TextOptions } from './report.js';
export { runConformanceCli, referenceAckValidator, vectorsVersion, CONFORMANCE_USAGE } from './cli.js';
export { serveAdapter, type ServeIo } from './serve.js';
