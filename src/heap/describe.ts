// describe.ts - type names and short reprs of heap objects for the heap checker's report, read
// straight from the blocks without the runtime (no Python code runs, nothing is allocated).
// Owns: the names of the built-in type ids, and what "a short repr where safe" means.
// Must never: read outside a block it has validated: every pointer is checked with the
// caller's `liveBytes` (the block's size, or -1 when it is not a live object) first.

import { Tid, TID_MASK } from './layout';

const NAMES: string[] = [];
NAMES[Tid.FREE] = '(free)'; NAMES[Tid.NONE] = 'NoneType'; NAMES[Tid.BOOL] = 'bool'; NAMES[Tid.INT] = 'int';
NAMES[Tid.FLOAT] = 'float'; NAMES[Tid.STR] = 'str'; NAMES[Tid.TUPLE] = 'tuple'; NAMES[Tid.LIST] = 'list';
NAMES[Tid.DICT] = 'dict'; NAMES[Tid.SET] = 'set'; NAMES[Tid.FROZENSET] = 'frozenset'; NAMES[Tid.RANGE] = 'range';
NAMES[Tid.FUNCTION] = 'function'; NAMES[Tid.BUILTIN] = 'builtin_function_or_method'; NAMES[Tid.METHOD] = 'method';
NAMES[Tid.CODE] = 'code'; NAMES[Tid.CELL] = 'cell'; NAMES[Tid.TYPE] = 'type'; NAMES[Tid.EXCEPTION] = 'exception';
NAMES[Tid.BYTES] = 'bytes'; NAMES[Tid.SLICE] = 'slice'; NAMES[Tid.MODULE] = 'module'; NAMES[Tid.GENERATOR] = 'generator';
NAMES[Tid.NOTIMPL] = 'NotImplementedType'; NAMES[Tid.ELLIPSIS] = 'ellipsis'; NAMES[Tid.ARRAY] = '(array)';
NAMES[Tid.LIST_ITER] = 'list_iterator'; NAMES[Tid.TUPLE_ITER] = 'tuple_iterator'; NAMES[Tid.STR_ITER] = 'str_iterator';
NAMES[Tid.RANGE_ITER] = 'range_iterator'; NAMES[Tid.DICT_ITER] = 'dict_iterator'; NAMES[Tid.SET_ITER] = 'set_iterator';
NAMES[Tid.DICT_VIEW] = 'dict_view'; NAMES[Tid.ENUMERATE] = 'enumerate'; NAMES[Tid.ZIP] = 'zip'; NAMES[Tid.MAP] = 'map';
NAMES[Tid.FILTER] = 'filter'; NAMES[Tid.REVERSED] = 'reversed'; NAMES[Tid.INSTANCE] = 'instance';
NAMES[Tid.CALL_ITER] = 'iterator'; NAMES[Tid.SUPER] = 'super'; NAMES[Tid.PROPERTY] = 'property';
NAMES[Tid.STATICMETHOD] = 'staticmethod'; NAMES[Tid.CLASSMETHOD] = 'classmethod';
NAMES[Tid.BYTEARRAY] = 'bytearray'; NAMES[Tid.BYTES_ITER] = 'bytes_iterator'; NAMES[Tid.CALLABLE_ITER] = 'callable_iterator';
NAMES[Tid.FILE] = 'file';

/** Size of the live object block at a, or -1. */
export type LiveBytes = (a: number) => number;

/** The text of the str at p, at most `max` units, or null when p is not a sane str. */
function strText(p: number, i32: Int32Array, liveBytes: LiveBytes, max: number): string | null {
  const bytes = liveBytes(p);
  if (bytes < 16 || (i32[(p >> 2) + 1] & TID_MASK) !== Tid.STR) return null;
  const n = i32[(p >> 2) + 3];
  if (n < 0 || 16 + n * 2 > bytes) return null;
  const u16 = new Uint16Array(i32.buffer, p + 16, Math.min(n, max));
  let s = '';
  for (let i = 0; i < u16.length; i++) s += String.fromCharCode(u16[i]);
  return n > max ? s + '...' : s;
}

/** Name of the type of the object at p: the class's name for instances and exceptions. */
export function typeNameAt(p: number, i32: Int32Array, liveBytes: LiveBytes): string {
  const tid = i32[(p >> 2) + 1] & TID_MASK;
  if (tid === Tid.INSTANCE || tid === Tid.EXCEPTION) {
    const cls = i32[(p >> 2) + 2];
    if (liveBytes(cls) >= 40 && (i32[(cls >> 2) + 1] & TID_MASK) === Tid.TYPE) {
      const s = strText(i32[(cls >> 2) + 2], i32, liveBytes, 40);
      if (s !== null) return s;
    }
  }
  return NAMES[tid] ?? `tid ${tid}`;
}

/** A short repr of the object at p (whose block has `bytes` bytes), or '' when nothing is safe to show. */
export function safeRepr(p: number, bytes: number, i32: Int32Array, liveBytes: LiveBytes): string {
  const w = p >> 2;
  const tid = i32[w + 1] & TID_MASK;
  const named = (f: number): string => { const s = strText(i32[w + f], i32, liveBytes, 40); return s === null ? '' : s; };
  switch (tid) {
    case Tid.NONE: return 'None';
    case Tid.BOOL: return i32[w + 2] !== 0 ? 'True' : 'False';
    case Tid.STR: { const s = strText(p, i32, liveBytes, 30); return s === null ? '' : JSON.stringify(s).replace(/^"|"$/g, "'"); }
    case Tid.FLOAT: return String(new Float64Array(i32.buffer, p + 8, 1)[0]);
    case Tid.INT: {
      const n = i32[w + 2];
      const len = n < 0 ? -n : n;
      if (len === 0 || len > 8 || 12 + len * 4 > bytes) return '';
      const u32 = new Uint32Array(i32.buffer, p + 12, len);
      let b = 0n;
      for (let i = len - 1; i >= 0; i--) b = (b << 32n) | BigInt(u32[i]);
      return (n < 0 ? -b : b).toString();
    }
    case Tid.TUPLE: return `(len ${i32[w + 2]})`;
    case Tid.LIST: return `[len ${i32[w + 2]}]`;
    case Tid.DICT: return `{len ${i32[w + 2]}}`;
    case Tid.SET: case Tid.FROZENSET: return `{len ${i32[w + 2]}}`;
    case Tid.TYPE: return `<class '${named(2)}'>`;
    case Tid.FUNCTION: return `<function ${named(5)}>`;
    case Tid.CODE: return `<code ${named(9)}>`;
    case Tid.MODULE: return `<module '${named(2)}'>`;
    case Tid.GENERATOR: return `<generator ${named(7)}>`;
    case Tid.BUILTIN: return `<built-in #${i32[w + 2]}>`;
    default: return '';
  }
}
