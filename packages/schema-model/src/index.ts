// @lexstandard/schema-model: the one implementation of the LEX schema model (load, bundle, field table)
// and of the schema diff. The generators and the `lex schema diff` command both use it.
export { loadModel, BASE_URI, ROOT_FILE, type SchemaModel, type SchemaFile, type JsonSchema, type ErrorCodeInfo, type Lifecycle } from './load.js';
export { collectFields, placesOf, type Field, type FieldKind, type SegmentPlace, type LexAnnotations } from './fields.js';
export { bundleSchemas } from './bundle.js';
export { diffSchemas, requiredBump, maxBump, compareBumps, bumpFor, canonical, describePlace, RULES, type Change, type ChangeKind, type Bump } from './diff.js';
export { diffReport, renderMarkdown, verdictLine, type DiffReport, type SchemaVersionInfo } from './report.js';
export { openSchemaSource, SchemaSourceError, type SchemaSource } from './source.js';
