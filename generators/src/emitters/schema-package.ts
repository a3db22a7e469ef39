// The published schema artifacts: the bundle, the field table and the error-code catalogue.
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function emitSchemaPackage(model: SchemaModel): GeneratedFile[] {
  return [
    { path: 'packages/schema/generated/lex.schema.json', contents: json(model.bundle) },
    { path: 'packages/schema/generated/fields.json', contents: json({ version: model.version, fields: model.fields }) },
    { path: 'packages/schema/generated/error-codes.json', contents: json({ version: model.version, codes: model.errorCodes }) },
  ];
}
