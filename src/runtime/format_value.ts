// format_value.ts - format(value, spec), str(), repr() and ascii() as new str objects.
// Owns: choosing the formatter by type for FORMAT_VALUE, format() and str.format.
// Must never: implement the mini-language itself (format/spec.ts does).

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref } from '../heap/refcount';
import { newStr, strValue } from '../objects/str';
import { intValue } from '../objects/int';
import { floatValue } from '../objects/float';
import { typeError } from './errors';
import { repr, str, typeNameOf } from './repr';
import { formatInt, formatFloat, formatStr } from '../format/spec';
import { asciiEscape } from '../format/strmethods';
import { specialMethod, callBound } from './classes';
import { decref } from '../heap/refcount';

function tidOfValue(v: number): number {
  return (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
}

/** format(v, spec): spec is a str object or 0 for none. Returns a new str. */
export function formatValue(v: number, spec: number): number {
  const s = spec === 0 ? '' : strValue(spec);
  const t = tidOfValue(v);
  if (t === Tid.INSTANCE) {
    const m = specialMethod(v, '__format__');
    if (m !== 0) {
      const arg = spec === 0 ? newStr('') : (incref(spec), spec);
      let r: number;
      try { r = callBound(m, v, [arg]); } finally { decref(arg); }
      if (tidOfValue(r) !== Tid.STR) {
        const tn = typeNameOf(r);
        decref(r);
        typeError(`__format__ must return a str, not ${tn}`);
      }
      return r;
    }
  }
  if (s === '') {
    if (t === Tid.STR) { incref(v); return v; }
    return newStr(str(v));
  }
  switch (t) {
    case Tid.INT: return newStr(formatInt(intValue(v), s));
    case Tid.BOOL: return newStr(formatInt(intValue(v), s));
    case Tid.FLOAT: return newStr(formatFloat(floatValue(v), s));
    case Tid.STR: return newStr(formatStr(strValue(v), s));
  }
  return typeError(`unsupported format string passed to ${typeNameOf(v)}.__format__`);
}

export function strOf(v: number): number {
  if (tidOfValue(v) === Tid.STR) { incref(v); return v; }
  return newStr(str(v));
}
export function reprOf(v: number): number { return newStr(repr(v)); }
export function asciiOf(v: number): number { return newStr(asciiEscape(repr(v))); }
