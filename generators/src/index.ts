export { loadModel, BASE_URI, type SchemaModel, type SchemaFile, type JsonSchema, type ErrorCodeInfo } from './model/load.js';
export { collectFields, placesOf, type Field, type SegmentPlace, type LexAnnotations } from './model/fields.js';
export { bundleSchemas } from './model/bundle.js';
export { EMITTERS, generateAll, type GeneratedFile, type Emitter } from './emitters/index.js';
export { createAjv } from './emitters/validator.js';
export { checkDrift, writeGenerated, repoRoot } from './run.js';
