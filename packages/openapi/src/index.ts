// @lexstandard/openapi: the LEX REST API as one OpenAPI 3.1 document (lex-openapi.yaml / lex-openapi.json).
import { readFileSync } from 'node:fs';
import { OPENAPI_JSON_FILE, OPENAPI_YAML_FILE } from './paths.js';

export { OPENAPI_JSON_FILE, OPENAPI_YAML_FILE, CANONICAL_EXAMPLE } from './paths.js';

/** The OpenAPI document as a plain object. */
export function loadOpenApi(): Record<string, any> {
  return JSON.parse(readFileSync(OPENAPI_JSON_FILE, 'utf8'));
}
