// Where the package's inputs and outputs live (no codec imports here: @lexstandard/openapi's main entry stays light).
import { fileURLToPath } from 'node:url';

export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const SKELETON_FILE = fileURLToPath(new URL('../generated/openapi.skeleton.json', import.meta.url));
export const CANONICAL_EXAMPLE_FILE = fileURLToPath(new URL('../../../schema/examples/canonical-lead.json', import.meta.url));
export const OPENAPI_YAML_FILE = fileURLToPath(new URL('../lex-openapi.yaml', import.meta.url));
export const OPENAPI_JSON_FILE = fileURLToPath(new URL('../lex-openapi.json', import.meta.url));
/** Repository-relative name of the canonical example, as quoted in the file. */
export const CANONICAL_EXAMPLE = 'schema/examples/canonical-lead.json';

