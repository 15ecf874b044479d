// diagrams.js - writes docs/grammar.html, chevrotain's railroad diagrams of the grammar in grammar/parser.ts.
// Owns: nothing but that file. Must never: be needed at run time. Needs the compiled parser:
// run `npx tsc -p tsconfig.json` first (`npm run diagrams` does not build).

'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const compiled = path.join(root, 'dist', 'grammar', 'parser.js');
if (!fs.existsSync(compiled)) {
  console.error(`diagrams: ${path.relative(root, compiled)} is missing; run \`npx tsc -p tsconfig.json\` first`);
  process.exit(1);
}
const { getParser } = require(compiled);
// the same chevrotain instance the parser was built with
const { chevrotain } = require(path.join(root, 'dist', 'grammar', 'tokens.js'));

const html = chevrotain.createSyntaxDiagramsCode(getParser().getSerializedGastProductions());
const out = path.join(root, 'docs', 'grammar.html');
fs.writeFileSync(out, html);
console.log(`diagrams: wrote ${path.relative(root, out)}`);
