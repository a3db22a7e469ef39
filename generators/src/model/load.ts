// The schema model lives in packages/schema-model (@lexstandard/schema-model): one implementation, shared
// by the generators and the published `lex schema diff`. The generators run from source (tsx) before
// anything is built, so they import that package's source rather than its dist/.
export * from '../../../packages/schema-model/src/load.js';
