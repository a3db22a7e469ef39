// Placeholder: the xml codec tables are emitted here (issue: XML-EDI, X12 850 and EDIFACT ORDERS codecs).
import type { SchemaModel } from '../model/load.js';
import type { GeneratedFile } from './index.js';

export function emitXml(_model: SchemaModel): GeneratedFile[] {
  return [];
}
