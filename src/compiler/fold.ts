// fold.ts - the compile-time evaluation CPython's AST optimizer does: a literal, a unary or
// binary operator on literals, a tuple display of literals, a literal subscript, `__debug__`.
// Codegen asks `foldConst(e)` before compiling an expression and loads the result instead.
// Must never: fold anything whose result could differ from run time (errors, overflow, huge
// results, float edge cases the VM computes differently); such expressions are left alone.

import type { BinOp, Expr, FormattedValue, JoinedStr, Pos } from '../ast';
import type { ConstSpec } from '../code';
import { FormatError } from '../format/errors';
import { floatFloorDiv, floatMod, floatPow as runtimeFloatPow } from '../format/float';
import { intToFloat, truediv } from '../format/intops';
import { constFromAst, constTruthy } from './constants';

// CPython's limits on folded results (ast_opt.c).
const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

const memo = new WeakMap<Expr, ConstSpec | null>();

/** The constant an expression folds to, or null. */
export function foldConst(e: Expr): ConstSpec | null {
  let r = memo.get(e);
  if (r === undefined) {
    r = fold(e);
    memo.set(e, r);
  }
  return r;
}

function fold(e: Expr): ConstSpec | null {
  switch (e.kind) {
    case 'Constant':
      return constFromAst(e.value);
    case 'Name':
      return e.ctx === 'Load' && e.id === '__debug__' ? { type: 'bool', value: true } : null;
    case 'UnaryOp': {
      const v = foldConst(e.operand);
      return v === null ? null : unary(e.op, v);
    }
    case 'BinOp': {
      const l = foldConst(e.left);
      if (l === null) return null;
      const r = foldConst(e.right);
      return r === null ? null : binary(e.op, l, r);
    }
    case 'Tuple': {
      if (e.ctx !== 'Load') return null;
      const items: ConstSpec[] = [];
      for (const x of e.elts) {
        const c = foldConst(x);
        if (c === null) return null;
        items.push(c);
      }
      return { type: 'tuple', items };
    }
    case 'Subscript': {
      if (e.ctx !== 'Load') return null;
      const v = foldConst(e.value);
      if (v === null) return null;
      const i = foldConst(e.slice);
      return i === null ? null : subscript(v, i);
    }
    default:
      return null;
  }
}

type Num = { kind: 'int'; v: bigint; bool: boolean } | { kind: 'float'; v: number };

function num(c: ConstSpec): Num | null {
  if (c.type === 'int') return { kind: 'int', v: c.value, bool: false };
  if (c.type === 'bool') return { kind: 'int', v: c.value ? 1n : 0n, bool: true };
  if (c.type === 'float') return { kind: 'float', v: c.value };
  return null;
}

function int(v: bigint): ConstSpec {
  return { type: 'int', value: v };
}

function float(v: number): ConstSpec {
  return { type: 'float', value: v };
}

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

function unary(op: string, c: ConstSpec): ConstSpec | null {
  if (op === 'not') return { type: 'bool', value: !constTruthy(c) };
  const n = num(c);
  if (n === null) return null;
  switch (op) {
    case '-': return n.kind === 'int' ? int(-n.v) : float(-n.v);
    case '+': return n.kind === 'int' ? int(n.v) : float(n.v);
    case '~': return n.kind === 'int' ? int(~n.v) : null;
    default: return null;
  }
}

/** Python's int // and % (floor semantics); null when dividing by zero. */
function intDivMod(a: bigint, b: bigint): [bigint, bigint] | null {
  if (b === 0n) return null;
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/**
 * Folding computes with the runtime's own arithmetic (src/format), so a folded constant is what
 * the VM would have produced; where that raises (a Python exception at run time) nothing folds.
 */
function atRuntime(f: () => number): number | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof FormatError) return null;
    throw e;
  }
}

function toFloat(n: Num): number | null {
  if (n.kind === 'float') return n.v;
  const v = n.v;
  return atRuntime(() => intToFloat(v));
}

function binaryNum(op: string, a: Num, b: Num): ConstSpec | null {
  if (a.kind === 'int' && b.kind === 'int') {
    const x = a.v;
    const y = b.v;
    const bothBool = a.bool && b.bool;
    switch (op) {
      case '+': return int(x + y);
      case '-': return int(x - y);
      case '*': {
        if (x !== 0n && y !== 0n && bitLength(x) + bitLength(y) > MAX_INT_BITS) return null;
        return int(x * y);
      }
      case '//': { const d = intDivMod(x, y); return d === null ? null : int(d[0]); }
      case '%': { const d = intDivMod(x, y); return d === null ? null : int(d[1]); }
      case '**': {
        if (y < 0n) {
          // int ** -n is float(int) ** float(-n), as Python computes it.
          const limit = 2n ** 53n;
          if (x >= limit || x <= -limit || y <= -limit) return null;
          return floatPow(Number(x), Number(y));
        }
        if (x !== 0n && y > 0n && bitLength(x) > MAX_INT_BITS / Number(y)) return null;
        return int(x ** y);
      }
      case '<<': {
        if (y < 0n) return null;
        if (x !== 0n && (y > BigInt(MAX_INT_BITS) || bitLength(x) > MAX_INT_BITS - Number(y))) return null;
        return int(x << y);
      }
      case '>>': return y < 0n ? null : int(x >> y);
      case '&': return bothBool ? { type: 'bool', value: (x & y) !== 0n } : int(x & y);
      case '|': return bothBool ? { type: 'bool', value: (x | y) !== 0n } : int(x | y);
      case '^': return bothBool ? { type: 'bool', value: (x ^ y) !== 0n } : int(x ^ y);
      case '/': {
        const q = atRuntime(() => truediv(x, y));
        return q === null ? null : float(q);
      }
      default: return null;
    }
  }
  const x = toFloat(a);
  const y = toFloat(b);
  if (x === null || y === null) return null;
  switch (op) {
    case '+': return float(x + y);
    case '-': return float(x - y);
    case '*': return float(x * y);
    case '/': return y === 0 ? null : float(x / y);
    case '//': {
      const r = atRuntime(() => floatFloorDiv(x, y));
      return r === null ? null : float(r);
    }
    case '%': {
      const r = atRuntime(() => floatMod(x, y));
      return r === null ? null : float(r);
    }
    case '**': return floatPow(x, y);
    default: return null;
  }
}

/** A float power as the runtime computes it; not when it raises, or overflows (OverflowError in Python). */
function floatPow(x: number, y: number): ConstSpec | null {
  const r = atRuntime(() => runtimeFloatPow(x, y));
  if (r === null || (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y))) return null;
  return float(r);
}

function repeatCount(c: ConstSpec): bigint | null {
  if (c.type === 'int') return c.value;
  if (c.type === 'bool') return c.value ? 1n : 0n;
  return null;
}

function seqLength(c: ConstSpec): number {
  if (c.type === 'str') return Array.from(c.value).length;
  if (c.type === 'bytes') return c.value.length;
  if (c.type === 'tuple') return c.items.length;
  return -1;
}

function repeat(seq: ConstSpec, n: bigint): ConstSpec | null {
  const size = seqLength(seq);
  const limit = seq.type === 'tuple' ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
  // CPython folds only counts in [0, limit / size] (any count for an empty sequence).
  if (size > 0 && (n < 0n || n > BigInt(Math.floor(limit / size)))) return null;
  // a count that is no index-sized integer raises OverflowError at run time: leave it there
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) return null;
  // an empty sequence stays empty (and loops below must not count to a huge n for nothing)
  const count = n < 0n || size === 0 ? 0 : Number(n);
  switch (seq.type) {
    case 'str': return { type: 'str', value: seq.value.repeat(count) };
    case 'tuple': {
      const items: ConstSpec[] = [];
      for (let i = 0; i < count; i++) items.push(...seq.items);
      return { type: 'tuple', items };
    }
    case 'bytes': {
      const out = new Uint8Array(seq.value.length * count);
      for (let i = 0; i < count; i++) out.set(seq.value, i * seq.value.length);
      return { type: 'bytes', value: out };
    }
    default: return null;
  }
}

function binary(op: string, l: ConstSpec, r: ConstSpec): ConstSpec | null {
  const a = num(l);
  const b = num(r);
  if (a !== null && b !== null) return binaryNum(op, a, b);
  if (op === '+') {
    if (l.type === 'str' && r.type === 'str') {
      return seqLength(l) + seqLength(r) > MAX_STR_SIZE ? null : { type: 'str', value: l.value + r.value };
    }
    if (l.type === 'bytes' && r.type === 'bytes') {
      if (l.value.length + r.value.length > MAX_STR_SIZE) return null;
      const out = new Uint8Array(l.value.length + r.value.length);
      out.set(l.value);
      out.set(r.value, l.value.length);
      return { type: 'bytes', value: out };
    }
    if (l.type === 'tuple' && r.type === 'tuple') {
      return l.items.length + r.items.length > MAX_COLLECTION_SIZE ? null : { type: 'tuple', items: [...l.items, ...r.items] };
    }
    return null;
  }
  if (op === '*') {
    const nr = repeatCount(r);
    if (nr !== null && seqLength(l) >= 0) return repeat(l, nr);
    const nl = repeatCount(l);
    if (nl !== null && seqLength(r) >= 0) return repeat(r, nl);
  }
  return null;
}

function subscript(v: ConstSpec, i: ConstSpec): ConstSpec | null {
  const idx = repeatCount(i);
  if (idx === null) return null;
  const n = seqLength(v);
  if (n < 0) return null;
  let k = Number(idx);
  if (k < 0) k += n;
  if (k < 0 || k >= n) return null;
  switch (v.type) {
    case 'str': return { type: 'str', value: Array.from(v.value)[k] };
    case 'bytes': return { type: 'int', value: BigInt(v.value[k]) };
    case 'tuple': return v.items[k];
    default: return null;
  }
}

// ---------------------------------------------------------------- '%' formatting as an f-string

/** Generated literal pieces have no position of their own (CPython gives them line -1). */
const NO_POS: Pos = { line: -1, col: -1, endLine: -1, endCol: -1 };
const MAX_DIGITS = 3;

const formats = new WeakMap<Expr, JoinedStr | null>();

/**
 * CPython 3.11's optimizer turns `'lit %s lit %r' % (a, b)` (a str literal, a tuple display
 * that is not constant and has no `*`) into the f-string `f'lit {a!s} lit {b!r}'`, when every
 * conversion is %s, %r or %a with at most an optional `-`, width and precision, and the counts
 * agree. Returns that JoinedStr, or null when the expression stays a `%` operation.
 */
export function percentFormatAsFString(e: BinOp): JoinedStr | null {
  let r = formats.get(e);
  if (r === undefined) {
    r = rewriteFormat(e);
    formats.set(e, r);
  }
  return r;
}

function rewriteFormat(e: BinOp): JoinedStr | null {
  if (e.op !== '%' || e.right.kind !== 'Tuple' || e.right.ctx !== 'Load') return null;
  const left = foldConst(e.left);
  if (left === null || left.type !== 'str') return null;
  const elts = e.right.elts;
  if (elts.some((x) => x.kind === 'Starred') || foldConst(e.right) !== null) return null;
  const fmt = Array.from(left.value);
  const values: Expr[] = [];
  let pos = 0;
  let used = 0;
  for (;;) {
    // A literal run, with %% standing for %.
    let lit = '';
    while (pos < fmt.length) {
      if (fmt[pos] !== '%') lit += fmt[pos++];
      else if (pos + 1 < fmt.length && fmt[pos + 1] === '%') {
        lit += '%';
        pos += 2;
      } else break;
    }
    if (lit !== '') values.push({ kind: 'Constant', value: { type: 'str', value: lit }, ...NO_POS });
    if (pos >= fmt.length) break;
    if (used >= elts.length) return null;
    pos++;  // the '%'
    const field = parseConversion(fmt, pos);
    if (field === null) return null;
    pos = field.end;
    values.push(formattedValue(elts[used++], field));
  }
  if (used < elts.length) return null;
  return { kind: 'JoinedStr', values, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
}

interface Conversion { spec: string; leftJustify: boolean; width: number; precision: number; end: number }

/** Flags, width and precision (at most two digits each) and the conversion letter after a '%'. */
function parseConversion(fmt: readonly string[], pos: number): Conversion | null {
  let ch: string;
  const next = (): boolean => {
    if (pos >= fmt.length) return false;
    ch = fmt[pos++];
    return true;
  };
  let leftJustify = false;
  for (;;) {
    if (!next()) return null;
    if (ch! === '-') leftJustify = true;
    else if (ch! !== '+' && ch! !== ' ' && ch! !== '#' && ch! !== '0') break;
  }
  const isDigit = (c: string): boolean => c >= '0' && c <= '9';
  let width = -1;
  if (isDigit(ch!)) {
    width = 0;
    let digits = 0;
    while (isDigit(ch!)) {
      width = width * 10 + Number(ch!);
      if (!next() || ++digits >= MAX_DIGITS) return null;
    }
  }
  let precision = -1;
  if (ch! === '.') {
    if (!next()) return null;
    precision = 0;
    let digits = 0;
    while (isDigit(ch!)) {
      precision = precision * 10 + Number(ch!);
      if (!next() || ++digits >= MAX_DIGITS) return null;
    }
  }
  if (ch! !== 's' && ch! !== 'r' && ch! !== 'a') return null;
  return { spec: ch!, leftJustify, width, precision, end: pos };
}

function formattedValue(arg: Expr, c: Conversion): FormattedValue {
  let spec = '';
  if (!c.leftJustify && c.width > 0) spec += '>';
  if (c.width >= 0) spec += String(c.width);
  if (c.precision >= 0) spec += `.${c.precision}`;
  const formatSpec: JoinedStr | null = spec === '' ? null : {
    kind: 'JoinedStr', values: [{ kind: 'Constant', value: { type: 'str', value: spec }, ...NO_POS }], ...NO_POS,
  };
  return {
    kind: 'FormattedValue', value: arg, conversion: c.spec.codePointAt(0)!, formatSpec,
    line: arg.line, col: arg.col, endLine: arg.endLine, endCol: arg.endCol,
  };
}
