// future.ts - `from __future__ import ...` at the top of a module: which features it turns on
// (only `annotations` changes compilation) and CPython's errors for unknown features.
// Must never: accept a future import that is not at the top; codegen reports those when it
// reaches them, as CPython does.

import type { Module } from '../ast';
import { type SourceInfo, syntaxErrorAt } from './errors';

const KNOWN = new Set([
  'nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function',
  'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations',
]);

export interface Future {
  /** PEP 563: annotations are stored as strings and never evaluated. */
  readonly annotations: boolean;
  /** Line of the last future import at the top (0 when there is none). */
  readonly line: number;
}

export function futureOf(mod: Module, src: SourceInfo): Future {
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (first !== undefined && first.kind === 'Expr' && first.value.kind === 'Constant' && first.value.value.type === 'str') i = 1;
  let annotations = false;
  let line = 0;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s.kind !== 'ImportFrom' || s.module !== '__future__' || s.level !== 0) break;
    for (const a of s.names) {
      if (a.name === 'braces') throw syntaxErrorAt(src, 'not a chance', s);
      if (!KNOWN.has(a.name)) throw syntaxErrorAt(src, `future feature ${a.name} is not defined`, s);
      if (a.name === 'annotations') annotations = true;
    }
    line = s.line;
  }
  return { annotations, line };
}
