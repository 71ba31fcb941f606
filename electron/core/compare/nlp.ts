// compromise ships as an ES module; the core compiles to CommonJS. Node 20.19+ can `require` it,
// so load it here once (as electron/core/import/esm-packages.ts does for the import parsers).
type Compromise = typeof import('compromise', { with: { 'resolution-mode': 'import' } });
 
export const nlp = require('compromise') as Compromise['default'];
