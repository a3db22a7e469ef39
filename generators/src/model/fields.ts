// See load.ts: the model is implemented once, in packages/schema-model.
export * from '../../../packages/schema-model/src/fields.js';
