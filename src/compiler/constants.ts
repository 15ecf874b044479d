// constants.ts - values of co_consts while compiling: identity keys for de-duplication, truth
// values for the jump folding, and conversion from the AST's literal values.
// Must never: evaluate expressions (fold.ts does) or know about instructions.

import type { ConstantValue } from '../ast';
import type { CodeSpec, ConstSpec } from '../code';

export const NONE: ConstSpec = { type: 'None' };

const codeIds = new WeakMap<CodeSpec, number>();
let nextCodeId = 0;

function floatBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16);
}

/**
 * A string equal for two constants exactly when CPython's _PyCode_ConstantKey would merge
 * them: the type is part of the key (1, 1.0 and True stay apart), floats compare by bits
 * (0.0 and -0.0 stay apart), code objects only with themselves.
 */
export function constKey(c: ConstSpec): string {
  switch (c.type) {
    case 'int': return `i${c.value}`;
    case 'float': return `f${floatBits(c.value)}`;
    case 'str': return `s${JSON.stringify(c.value)}`;
    case 'bytes': return `b${Array.from(c.value, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    case 'bool': return c.value ? 'T' : 'F';
    case 'None': return 'N';
    case 'Ellipsis': return 'E';
    case 'tuple': return `(${c.items.map(constKey).join(',')})`;
    case 'code': {
      let id = codeIds.get(c.code);
      if (id === undefined) {
        id = nextCodeId++;
        codeIds.set(c.code, id);
      }
      return `c${id}`;
    }
  }
}

/** Python's truth value of a constant. */
export function constTruthy(c: ConstSpec): boolean {
  switch (c.type) {
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;  // NaN is true, as in Python
    case 'str': return c.value.length > 0;
    case 'bytes': return c.value.length > 0;
    case 'bool': return c.value;
    case 'None': return false;
    case 'Ellipsis': return true;
    case 'tuple': return c.items.length > 0;
    case 'code': return true;
  }
}

/** The AST literal as a constant; null for complex numbers, which CodeSpec cannot carry. */
export function constFromAst(v: ConstantValue): ConstSpec | null {
  switch (v.type) {
    case 'int': return { type: 'int', value: BigInt(v.value) };
    case 'float': return { type: 'float', value: v.value };
    case 'complex': return null;
    case 'str': return { type: 'str', value: v.value };
    case 'bytes': return { type: 'bytes', value: v.value };
    case 'bool': return { type: 'bool', value: v.value };
    case 'None': return NONE;
    case 'Ellipsis': return { type: 'Ellipsis' };
  }
}

export function isNoneConst(c: ConstSpec): boolean {
  return c.type === 'None';
}
