import type { SchemaModel } from '../model/load.js';
import { emitSchemaPackage } from './schema-package.js';
import { emitTypes } from './types.js';
import { emitValidator } from './validator.js';
import { emitCoverage } from './coverage.js';
import { emitExamples } from './examples.js';
import { emitXml } from './xml.js';
import { emitX12 } from './x12.js';
import { emitEdifact } from './edifact.js';
import { emitOpenApi } from './openapi.js';
import { emitConformance } from './conformance.js';

export interface GeneratedFile {
  /** repository-relative path */
  path: string;
  contents: string;
}

export type Emitter = (model: SchemaModel) => GeneratedFile[] | Promise<GeneratedFile[]>;

/** Every emitter, in the order they run. Each is (model) => files and nothing else. */
export const EMITTERS: Record<string, Emitter> = {
  schema: emitSchemaPackage,
  types: emitTypes,
  validator: emitValidator,
  coverage: emitCoverage,
  examples: emitExamples,
  xml: emitXml,
  x12: emitX12,
  edifact: emitEdifact,
  openapi: emitOpenApi,
  conformance: emitConformance,
};

export async function generateAll(model: SchemaModel): Promise<GeneratedFile[]> {
  const out: GeneratedFile[] = [];
  for (const emit of Object.values(EMITTERS)) out.push(...(await emit(model)));
  return out;
}
