// bytes_methods.ts - the bytes() and bytearray() constructors and the methods of both types.
// Owns: their argument handling, semantics and CPython error texts. A method that makes a byte
// string returns the kind of its receiver (bytearray.upper() is a bytearray), as CPython does.
// Must never: reach into a bytearray's storage (objects/bytes.ts owns it) or keep a copy of a
// bytearray's data across a call that may run Python code and change it.

import { Tid } from '../heap/layout';
import { ts } from '../vm/thread';
import { NONE, pyBool } from '../objects/singletons';
import { newInt } from '../objects/int';
import { newStr, strValue } from '../objects/str';
import { tupleLen, tupleGet } from '../objects/tuple';
import { newList, listAppend } from '../objects/list';
import {
  newBytes, newByteArray, newBytesLike, bytesLikeData, byteArrayAppend, byteArraySetAll,
} from '../objects/bytes';
import { typeError, valueError, indexError } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { codecOf, decodeBytes, encodeText } from '../runtime/codecs';
import { byteValue, bytesFromInts, findBytes } from '../runtime/bytesops';
import { method, classAttribute, posArgs, kwArgs, sliceArg, adjustBounds, tidOfValue, forEachItem, indexArg } from './list_methods';

const S = (): Int32Array => ts.S;
/** The data of the receiver (argument 0). */
const selfData = (b: number): Uint8Array => bytesLikeData(S()[b])!;

// ---------------------------------------------------------------- helpers

/** Register fn as method `name` of both bytes and bytearray. */
function both(name: string, fn: (b: number, n: number, kw: number) => number): void {
  method(Tid.BYTES, name, fn);
  method(Tid.BYTEARRAY, name, fn);
}

/** A bytes-like argument: CPython's "a bytes-like object is required, not 'str'". */
function bytesArg(v: number): Uint8Array {
  const d = bytesLikeData(v);
  if (d === null) typeError(`a bytes-like object is required, not '${typeNameOf(v)}'`);
  return d!;
}

/** The sub argument of find/count/index: a bytes-like or one byte value. */
function subArg(v: number): Uint8Array {
  const t = tidOfValue(v);
  if (t === Tid.INT || t === Tid.BOOL) return Uint8Array.of(byteValue(v));
  const d = bytesLikeData(v);
  if (d === null) typeError(`argument should be integer or bytes-like object, not '${typeNameOf(v)}'`);
  return d!;
}

const WHITESPACE = [32, 9, 10, 13, 11, 12];
const isSpace = (c: number): boolean => WHITESPACE.includes(c);
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

// ---------------------------------------------------------------- text

both('decode', (b, n, kw) => {
  const [encArg, errArg] = kwArgs('decode', b, n, kw, ['encoding', 'errors']);
  const str = (v: number, what: string): string => {
    if (tidOfValue(v) !== Tid.STR) typeError(`decode() argument '${what}' must be str, not ${typeNameOf(v)}`);
    return strValue(v);
  };
  const codec = codecOf(encArg === 0 ? 'utf-8' : str(encArg, 'encoding'));
  return newStr(decodeBytes(selfData(b), codec, errArg === 0 ? 'strict' : str(errArg, 'errors')));
});

both('hex', (b, n, kw) => {
  posArgs('hex', n, kw, 0, 0);
  return newStr(Array.from(selfData(b), (c) => c.toString(16).padStart(2, '0')).join(''));
});

/** bytes.fromhex / bytearray.fromhex: pairs of hex digits, spaces allowed between pairs. */
function fromhex(kind: number): (b: number, n: number, kw: number) => number {
  return (b, n, kw) => {
    posArgs('fromhex', n + 1, kw, 1, 1);
    const v = S()[b];
    if (tidOfValue(v) !== Tid.STR) typeError(`fromhex() argument must be str, not ${typeNameOf(v)}`);
    const s = strValue(v);
    const out: number[] = [];
    for (let i = 0; i < s.length;) {
      if (s[i] === ' ') { i++; continue; }
      const hi = parseInt(s[i], 16), lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
      if (Number.isNaN(hi)) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
      if (Number.isNaN(lo)) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
      out.push(hi * 16 + lo);
      i += 2;
    }
    return kind === Tid.BYTES ? newBytes(Uint8Array.from(out)) : newByteArray(Uint8Array.from(out));
  };
}
classAttribute(Tid.BYTES, 'fromhex', fromhex(Tid.BYTES));
classAttribute(Tid.BYTEARRAY, 'fromhex', fromhex(Tid.BYTEARRAY));

function mapBytes(name: string, f: (c: number) => number): void {
  both(name, (b, n, kw) => {
    posArgs(name, n, kw, 0, 0);
    return newBytesLike(S()[b], selfData(b).map(f));
  });
}
mapBytes('upper', (c) => (isLower(c) ? c - 32 : c));
mapBytes('lower', (c) => (isUpper(c) ? c + 32 : c));
mapBytes('swapcase', (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c));

const PREDICATES: [string, (c: number) => boolean][] = [
  ['isdigit', isDigit], ['isalpha', (c) => isUpper(c) || isLower(c)], ['isspace', isSpace],
  ['isalnum', (c) => isUpper(c) || isLower(c) || isDigit(c)],
];
for (const [name, test] of PREDICATES) {
  both(name, (b, n, kw) => {
    posArgs(name, n, kw, 0, 0);
    const d = selfData(b);
    return pyBool(d.length > 0 && d.every(test));
  });
}

// ---------------------------------------------------------------- searching

/** [data, sub, start, end] of a find/count/index/startswith call. */
function searchArgs(name: string, b: number, n: number, kw: number): [Uint8Array, number, number, number] {
  posArgs(name, n, kw, 1, 3);
  const d = selfData(b);
  const [s, e] = adjustBounds(sliceArg(n > 2 ? S()[b + 2] : 0, true), sliceArg(n > 3 ? S()[b + 3] : 0, true), d.length);
  return [d, S()[b + 1], s, e];
}

function rfindBytes(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  for (let i = to - needle.length; i >= from; i--) if (findBytes(hay, needle, i, i + needle.length) === i) return i;
  return -1;
}

for (const [name, reverse, raises] of [['find', false, false], ['rfind', true, false], ['index', false, true], ['rindex', true, true]] as const) {
  both(name, (b, n, kw) => {
    const [d, subV, s, e] = searchArgs(name, b, n, kw);
    const sub = subArg(subV);
    const at = s > d.length ? -1 : reverse ? rfindBytes(d, sub, s, e) : findBytes(d, sub, s, e);
    if (at < 0 && raises) valueError('subsection not found');
    return newInt(at);
  });
}

both('count', (b, n, kw) => {
  const [d, subV, s, e] = searchArgs('count', b, n, kw);
  const sub = subArg(subV);
  if (sub.length === 0) return newInt(s > d.length ? 0 : e - s + 1);
  let count = 0;
  for (let i = findBytes(d, sub, s, e); i >= 0; i = findBytes(d, sub, i + sub.length, e)) count++;
  return newInt(count);
});

for (const [name, atEnd] of [['startswith', false], ['endswith', true]] as const) {
  both(name, (b, n, kw) => {
    const [d, prefix, s, e] = searchArgs(name, b, n, kw);
    const matches = (v: number): boolean => {
      const p = bytesLikeData(v);
      if (p === null) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${typeNameOf(v)}`);
      if (e - s < p!.length || s > d.length) return false;
      const at = atEnd ? e - p!.length : s;
      return findBytes(d, p!, at, at + p!.length) === at;
    };
    if (tidOfValue(prefix) === Tid.TUPLE) {
      for (let i = 0; i < tupleLen(prefix); i++) if (matches(tupleGet(prefix, i))) return pyBool(true);
      return pyBool(false);
    }
    return pyBool(matches(prefix));
  });
}

// ---------------------------------------------------------------- splitting, joining, stripping

/** The pieces of d split on sep (null: runs of whitespace), at most maxsplit times. */
function splitBytes(d: Uint8Array, sep: Uint8Array | null, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (sep === null) {
    let i = 0;
    for (;;) {
      while (i < d.length && isSpace(d[i])) i++;
      if (i >= d.length) break;
      if (maxsplit >= 0 && out.length >= maxsplit) {
        let end = d.length;
        while (end > i && isSpace(d[end - 1])) end--;
        out.push(d.slice(i, end));
        break;
      }
      const start = i;
      while (i < d.length && !isSpace(d[i])) i++;
      out.push(d.slice(start, i));
    }
    return out;
  }
  if (sep.length === 0) valueError('empty separator');
  let start = 0;
  for (let i = findBytes(d, sep, 0); i >= 0 && (maxsplit < 0 || out.length < maxsplit); i = findBytes(d, sep, start)) {
    out.push(d.slice(start, i));
    start = i + sep.length;
  }
  out.push(d.slice(start));
  return out;
}

both('split', (b, n, kw) => {
  const [sepV, maxV] = kwArgs('split', b, n, kw, ['sep', 'maxsplit']);
  const sep = sepV === 0 || sepV === NONE ? null : bytesArg(sepV);
  const maxsplit = maxV === 0 ? -1 : indexArg(maxV);
  const pieces = splitBytes(selfData(b), sep, maxsplit); // may raise: before the list exists
  const l = newList(0);
  for (const piece of pieces) listAppend(l, newBytesLike(S()[b], piece));
  return l;
});

both('join', (b, n, kw) => {
  posArgs('join', n, kw, 1, 1);
  const sep = selfData(b);
  const parts: Uint8Array[] = [];
  forEachItem(S()[b + 1], (v, i) => {
    const d = bytesLikeData(v);
    if (d === null) typeError(`sequence item ${i}: expected a bytes-like object, ${typeNameOf(v)} found`);
    parts.push(d!);
  });
  const total = parts.reduce((a, p) => a + p.length, 0) + sep.length * Math.max(0, parts.length - 1);
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) { out.set(sep, at); at += sep.length; }
    out.set(p, at);
    at += p.length;
  });
  return newBytesLike(S()[b], out);
});

for (const [name, left, right] of [['strip', true, true], ['lstrip', true, false], ['rstrip', false, true]] as const) {
  both(name, (b, n, kw) => {
    posArgs(name, n, kw, 0, 1);
    const charsV = n > 1 ? S()[b + 1] : NONE;
    const chars = charsV === NONE ? null : bytesArg(charsV);
    const strip = (c: number): boolean => (chars === null ? isSpace(c) : chars.includes(c));
    const d = selfData(b);
    let s = 0, e = d.length;
    if (left) while (s < e && strip(d[s])) s++;
    if (right) while (e > s && strip(d[e - 1])) e--;
    return newBytesLike(S()[b], d.slice(s, e));
  });
}

both('replace', (b, n, kw) => {
  posArgs('replace', n, kw, 2, 3);
  const d = selfData(b);
  const old = bytesArg(S()[b + 1]), repl = bytesArg(S()[b + 2]);
  const count = n > 3 ? indexArg(S()[b + 3]) : -1;
  const out: number[] = [];
  let done = 0;
  let i = 0;
  if (old.length === 0) {
    // an empty pattern matches before every byte and at the end
    for (; i <= d.length; i++) {
      if (count < 0 || done < count) { out.push(...repl); done++; }
      if (i < d.length) out.push(d[i]);
    }
    return newBytesLike(S()[b], Uint8Array.from(out));
  }
  while (i < d.length) {
    const at = count >= 0 && done >= count ? -1 : findBytes(d, old, i);
    if (at < 0) { out.push(...d.subarray(i)); break; }
    out.push(...d.subarray(i, at), ...repl);
    done++;
    i = at + old.length;
  }
  return newBytesLike(S()[b], Uint8Array.from(out));
});

// ---------------------------------------------------------------- bytearray's mutators

const BA = Tid.BYTEARRAY;

method(BA, 'append', (b, n, kw) => { posArgs('append', n, kw, 1, 1); byteArrayAppend(S()[b], byteValue(S()[b + 1])); return NONE; });

method(BA, 'extend', (b, n, kw) => {
  posArgs('extend', n, kw, 1, 1);
  const v = S()[b + 1];
  const more = bytesLikeData(v) ?? bytesFromInts(v);
  const d = selfData(b);
  const out = new Uint8Array(d.length + more.length);
  out.set(d);
  out.set(more, d.length);
  byteArraySetAll(S()[b], out);
  return NONE;
});

method(BA, 'pop', (b, n, kw) => {
  posArgs('pop', n, kw, 0, 1);
  const d = selfData(b);
  if (d.length === 0) indexError('pop from empty bytearray');
  let i = n > 1 ? indexArg(S()[b + 1]) : -1;
  if (i < 0) i += d.length;
  if (i < 0 || i >= d.length) indexError('pop index out of range');
  const v = d[i];
  byteArraySetAll(S()[b], Uint8Array.from([...d.subarray(0, i), ...d.subarray(i + 1)]));
  return newInt(v);
});

method(BA, 'insert', (b, n, kw) => {
  posArgs('insert', n, kw, 2, 2);
  const d = selfData(b);
  let i = indexArg(S()[b + 1]);
  const v = byteValue(S()[b + 2]);
  if (i < 0) i = Math.max(0, i + d.length);
  i = Math.min(i, d.length);
  byteArraySetAll(S()[b], Uint8Array.from([...d.subarray(0, i), v, ...d.subarray(i)]));
  return NONE;
});

method(BA, 'remove', (b, n, kw) => {
  posArgs('remove', n, kw, 1, 1);
  const d = selfData(b);
  const i = d.indexOf(byteValue(S()[b + 1]));
  if (i < 0) valueError('value not found in bytearray');
  byteArraySetAll(S()[b], Uint8Array.from([...d.subarray(0, i), ...d.subarray(i + 1)]));
  return NONE;
});

method(BA, 'clear', (b, n, kw) => { posArgs('clear', n, kw, 0, 0); byteArraySetAll(S()[b], new Uint8Array(0)); return NONE; });
method(BA, 'copy', (b, n, kw) => { posArgs('copy', n, kw, 0, 0); return newByteArray(selfData(b)); });
method(BA, 'reverse', (b, n, kw) => { posArgs('reverse', n, kw, 0, 0); byteArraySetAll(S()[b], selfData(b).reverse()); return NONE; });
