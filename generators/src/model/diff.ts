// See load.ts: the schema diff is implemented once, in packages/schema-model.
export * from '../../../packages/schema-model/src/diff.js';
export * from '../../../packages/schema-model/src/report.js';
export * from '../../../packages/schema-model/src/source.js';
