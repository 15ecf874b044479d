// grammar.test.ts - grammar/parser.ts: chevrotain's validations pass, and the start-up lookahead strategy
// (FIRST sets) decides exactly like chevrotain's own LL(k) on the whole corpus.
// Must never: look at ASTs (the other files do); this is about the grammar machinery only.

import type { CstNode, IToken } from 'chevrotain';
import { tokenize } from '../../grammar/lexer';
import { getParser, PythonParser } from '../../grammar/parser';
import { chevrotain } from '../../grammar/tokens';
import { INVALID, VALID } from './corpus';

/** A CST as text: rule names, child keys in order, token images and offsets. */
function dump(node: CstNode): string {
  const parts = Object.keys(node.children).sort().map((key) => {
    const items = node.children[key].map((c) => ('children' in c ? dump(c) : `${(c as IToken).image}@${(c as IToken).startOffset}`));
    return `${key}:[${items.join(',')}]`;
  });
  return `${node.name}{${parts.join(' ')}}`;
}

function outcome(parser: PythonParser, src: string): string {
  let tokens;
  try {
    tokens = tokenize(src, 't.py').tokens;
  } catch {
    return 'tokenizer error';
  }
  const r = parser.parseFile(tokens);
  return 'cst' in r ? dump(r.cst) : `failed at ${r.token.startOffset} in ${r.failure.rule} (${r.failure.kind})`;
}

describe('the grammar', () => {
  // performSelfAnalysis throws on any grammar definition error when validations are on
  const checked = new PythonParser({ validate: true, chevrotainLookahead: true });

  test('validates (no ambiguity, no left recursion) with LL(1) and the declared LL(2) lists', () => {
    expect(() => new PythonParser({ validate: true })).not.toThrow();
  });

  const production = getParser();
  test.each([...VALID, ...INVALID].map((s) => [s]))('FIRST-set lookahead decides like chevrotain on %j', (src) => {
    expect(outcome(production, src)).toBe(outcome(checked, src));
  });

  test('one parser instance is shared', () => {
    expect(getParser()).toBe(production);
  });

  test('the grammar serialises for syntax diagrams', () => {
    const html = chevrotain.createSyntaxDiagramsCode(production.getSerializedGastProductions());
    expect(html).toContain('fileInput');
    expect(html).toContain('bitwiseOr');
  });
});
