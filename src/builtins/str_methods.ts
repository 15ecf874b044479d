// str_methods.ts - the methods of str: the glue between str objects in the heap and Python's
// text semantics over JS strings, plus str.format's field grammar (which reads heap values).
// Owns: each method's argument checking and CPython error texts (format/strmethods.ts leaves
// type checks to us), encode / maketrans / translate, and the str.format / format_map engine.
// Must never: reimplement text semantics format/strmethods.ts has (it counts in code points,
// as Python does), or format a single value itself: runtime/format_value.ts's formatValue does.

import { incref, decref } from '../heap/refcount';
import { Tid } from '../heap/layout';
import { ts } from '../vm/thread';
import { NONE, pyBool } from '../objects/singletons';
import { newInt, intValue } from '../objects/int';
import { newStr, strValue, intern } from '../objects/str';
import { tupleOf, tupleLen, tupleGet } from '../objects/tuple';
import { newList, listAppend, listLen, listGet } from '../objects/list';
import { newDict, dictSet, dictItems } from '../objects/dict';
import { newBytes } from '../objects/bytes';
import { exc } from '../objects/exception';
import { typeOf, isSubtype } from '../objects/type';
import { npos, noKw, argCount } from '../runtime/natives';
import { raise, raiseArgs, typeError, valueError, indexError, PyErr } from '../runtime/errors';
import { getItem, getAttr } from '../runtime/abstract';
import { iterNext } from '../runtime/iterate';
import { typeNameOf } from '../runtime/repr';
import { formatValue, strOf, reprOf, asciiOf } from '../runtime/format_value';
import {
  method, classAttribute, posArgs, kwArgs, indexArg, sliceArg, tidOfValue, iterOrTypeError,
} from './list_methods';
import * as T from '../format/strmethods';
import { encodeText } from '../runtime/codecs';

// ---------------------------------------------------------------- arguments

/** self as a JS string (self is always argument 0 and, after method()'s check, a str). */
function self(b: number): string { return strValue(ts.S[b]); }

/** A str argument, else TypeError with the text `message(typename)`. */
function strArg(v: number, message: (t: string) => string): string {
  if (tidOfValue(v) !== Tid.STR) typeError(message(typeNameOf(v)));
  return strValue(v);
}

const mustBeStr = (t: string): string => `must be str, not ${t}`;

/** A padding character: one code point. */
function fillArg(v: number): string {
  if (v === 0) return ' ';
  const s = strArg(v, (t) => `The fill character must be a unicode character, not ${t}`);
  if ([...s].length !== 1) typeError('The fill character must be exactly one character long');
  return s;
}

/** A flag CPython takes as an int (keepends): bools and ints, not any object. */
function intFlag(v: number): boolean { return v !== 0 && indexArg(v) !== 0; }

/**
 * Apply a text function to self: self itself comes back when the text did not change, as
 * CPython returns self from strip, replace, ljust... (visible to `is`, and cheaper).
 */
function mapSelf(b: number, fn: (s: string) => string): number {
  const s = self(b);
  const r = fn(s);
  if (r === s) { incref(ts.S[b]); return ts.S[b]; }
  return newStr(r);
}

function newStrList(parts: string[]): number {
  const l = newList(0);
  for (const p of parts) listAppend(l, newStr(p));
  return l;
}

/** A start/end argument as the text functions take it: a number, or null for None/absent. */
function bound(b: number, n: number, i: number): number | null {
  return n > i ? sliceArg(ts.S[b + i], true) : null;
}

/** Arity of find, count, startswith...: "find() takes at least 1 argument (0 given)". */
function searchArgs(fname: string, n: number, kw: number): void {
  noKw(`str.${fname}`, kw);
  if (n < 2) typeError(`${fname}() takes at least 1 argument (0 given)`);
  if (n > 4) typeError(`${fname}() takes at most 3 arguments (${n - 1} given)`);
}

// ---------------------------------------------------------------- searching

const FINDERS: [string, typeof T.strFind][] = [
  ['find', T.strFind], ['rfind', T.strRfind], ['index', T.strIndex], ['rindex', T.strRindex], ['count', T.strCount],
];
for (const [name, fn] of FINDERS) {
  method(Tid.STR, name, (b, n, kw) => {
    searchArgs(name, n, kw);
    const sub = strArg(ts.S[b + 1], mustBeStr);
    return newInt(fn(self(b), sub, bound(b, n, 2), bound(b, n, 3)));
  });
}

for (const [name, fn] of [['startswith', T.strStartswith], ['endswith', T.strEndswith]] as const) {
  method(Tid.STR, name, (b, n, kw) => {
    searchArgs(name, n, kw);
    const s = self(b);
    const arg = ts.S[b + 1];
    const start = bound(b, n, 2), end = bound(b, n, 3);
    if (tidOfValue(arg) === Tid.TUPLE) {
      // items are checked as they are tried, so a match before a bad item still answers True
      for (let i = 0; i < tupleLen(arg); i++) {
        const sub = strArg(tupleGet(arg, i), (t) => `tuple for ${name} must only contain str, not ${t}`);
        if (fn(s, sub, start, end)) return pyBool(true);
      }
      return pyBool(false);
    }
    const sub = strArg(arg, (t) => `${name} first arg must be str or a tuple of str, not ${t}`);
    return pyBool(fn(s, sub, start, end));
  });
}

for (const [name, fn] of [['partition', T.strPartition], ['rpartition', T.strRpartition]] as const) {
  method(Tid.STR, name, (b, n, kw) => {
    posArgs(`str.${name}`, n, kw, 1, 1);
    const [head, mid, tail] = fn(self(b), strArg(ts.S[b + 1], mustBeStr));
    return tupleOf([newStr(head), newStr(mid), newStr(tail)]);
  });
}

method(Tid.STR, 'replace', (b, n, kw) => {
  posArgs('replace', n, kw, 2, 3);
  const S = ts.S;
  const old = strArg(S[b + 1], (t) => `replace() argument 1 must be str, not ${t}`);
  const rep = strArg(S[b + 2], (t) => `replace() argument 2 must be str, not ${t}`);
  const count = n > 3 ? indexArg(S[b + 3]) : -1;
  return mapSelf(b, (s) => T.strReplace(s, old, rep, count));
});

for (const [name, fn] of [['removeprefix', T.strRemoveprefix], ['removesuffix', T.strRemovesuffix]] as const) {
  method(Tid.STR, name, (b, n, kw) => {
    posArgs(`str.${name}`, n, kw, 1, 1);
    const affix = strArg(ts.S[b + 1], (t) => `${name}() argument must be str, not ${t}`);
    return mapSelf(b, (s) => fn(s, affix));
  });
}

// ---------------------------------------------------------------- splitting and joining

for (const [name, fn] of [['split', T.strSplit], ['rsplit', T.strRsplit]] as const) {
  method(Tid.STR, name, (b, n, kw) => {
    const [sepArg, maxArg] = kwArgs(name, b, n, kw, ['sep', 'maxsplit']);
    const sep = sepArg === 0 || sepArg === NONE ? null : strArg(sepArg, (t) => `must be str or None, not ${t}`);
    return newStrList(fn(self(b), sep, maxArg === 0 ? -1 : indexArg(maxArg)));
  });
}

method(Tid.STR, 'splitlines', (b, n, kw) => {
  const [keep] = kwArgs('splitlines', b, n, kw, ['keepends']);
  return newStrList(T.strSplitlines(self(b), intFlag(keep)));
});

method(Tid.STR, 'join', (b, n, kw) => {
  posArgs('str.join', n, kw, 1, 1);
  const sep = self(b);
  const src = ts.S[b + 1];
  const t = tidOfValue(src);
  let items: number[];
  let owned = false;
  if (t === Tid.LIST) { items = []; for (let i = 0; i < listLen(src); i++) items.push(listGet(src, i)); }
  else if (t === Tid.TUPLE) { items = []; for (let i = 0; i < tupleLen(src); i++) items.push(tupleGet(src, i)); }
  else {
    const it = iterOrTypeError(src, 'can only join an iterable');
    items = [];
    owned = true;
    try {
      for (let v = iterNext(it); v !== 0; v = iterNext(it)) items.push(v);
    } catch (e) {
      for (const v of items) decref(v);
      throw e;
    } finally {
      decref(it);
    }
  }
  try {
    // the items are borrowed from a list or tuple, or owned here: no Python code runs meanwhile
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      parts.push(strArg(items[i], (tn) => `sequence item ${i}: expected str instance, ${tn} found`));
    }
    return newStr(T.strJoin(sep, parts));
  } finally {
    if (owned) for (const v of items) decref(v);
  }
});

// ---------------------------------------------------------------- stripping and padding

for (const [name, fn] of [['strip', T.strStrip], ['lstrip', T.strLstrip], ['rstrip', T.strRstrip]] as const) {
  method(Tid.STR, name, (b, n, kw) => {
    posArgs(name, n, kw, 0, 1);
    const arg = n > 1 ? ts.S[b + 1] : NONE;
    const chars = arg === NONE ? null : strArg(arg, () => `${name} arg must be None or str`);
    return mapSelf(b, (s) => fn(s, chars));
  });
}

for (const [name, fn] of [['center', T.strCenter], ['ljust', T.strLjust], ['rjust', T.strRjust]] as const) {
  method(Tid.STR, name, (b, n, kw) => {
    posArgs(name, n, kw, 1, 2);
    const width = indexArg(ts.S[b + 1]);
    const fill = fillArg(n > 2 ? ts.S[b + 2] : 0);
    return mapSelf(b, (s) => fn(s, width, fill));
  });
}

method(Tid.STR, 'zfill', (b, n, kw) => {
  posArgs('str.zfill', n, kw, 1, 1);
  const width = indexArg(ts.S[b + 1]);
  return mapSelf(b, (s) => T.strZfill(s, width));
});

method(Tid.STR, 'expandtabs', (b, n, kw) => {
  const [size] = kwArgs('expandtabs', b, n, kw, ['tabsize']);
  const tabsize = size === 0 ? 8 : indexArg(size);
  return mapSelf(b, (s) => T.strExpandtabs(s, tabsize));
});

// ---------------------------------------------------------------- case and predicates

const CASE_MAPS: [string, (s: string) => string][] = [
  ['upper', T.strUpper], ['lower', T.strLower], ['casefold', T.strCasefold], ['swapcase', T.strSwapcase],
  ['title', T.strTitle], ['capitalize', T.strCapitalize],
];
for (const [name, fn] of CASE_MAPS) {
  method(Tid.STR, name, (b, n, kw) => {
    posArgs(`str.${name}`, n, kw, 0, 0);
    return newStr(fn(self(b)));
  });
}

const PREDICATES: [string, (s: string) => boolean][] = [
  ['isdigit', T.strIsdigit], ['isdecimal', T.strIsdecimal], ['isnumeric', T.strIsnumeric], ['isalpha', T.strIsalpha],
  ['isalnum', T.strIsalnum], ['isspace', T.strIsspace], ['isupper', T.strIsupper], ['islower', T.strIslower],
  ['istitle', T.strIstitle], ['isidentifier', T.strIsidentifier], ['isascii', T.strIsascii],
  ['isprintable', T.strIsprintable],
];
for (const [name, fn] of PREDICATES) {
  method(Tid.STR, name, (b, n, kw) => {
    posArgs(`str.${name}`, n, kw, 0, 0);
    return pyBool(fn(self(b)));
  });
}

// ---------------------------------------------------------------- encode, maketrans, translate

method(Tid.STR, 'encode', (b, n, kw) => {
  const [encArg, errArg] = kwArgs('encode', b, n, kw, ['encoding', 'errors']);
  const encoding = encArg === 0 ? 'utf-8' : strArg(encArg, (t) => `encode() argument 'encoding' must be str, not ${t}`);
  const errors = errArg === 0 ? 'strict' : strArg(errArg, (t) => `encode() argument 'errors' must be str, not ${t}`);
  return newBytes(encodeText(self(b), encoding, errors));
});

/** The key a translation table uses for a str of one character, or for an int. */
function translateKey(k: number): number {
  const t = tidOfValue(k);
  if (t === Tid.STR) {
    const s = strValue(k);
    const cps = [...s];
    if (cps.length !== 1) valueError('string keys in translate table must be of length 1');
    return newInt(cps[0].codePointAt(0)!);
  }
  if (t === Tid.INT || t === Tid.BOOL) { incref(k); return k; }
  return typeError('keys in translate table must be strings or integers');
}

// str.maketrans is a staticmethod: no self, reached through the type
classAttribute(Tid.STR, 'maketrans', (b, n, kw) => {
  noKw('maketrans', kw);
  argCount('maketrans', n, 1, 3);
  const S = ts.S;
  const d = newDict();
  try {
    if (n === 1) {
      if (tidOfValue(S[b]) !== Tid.DICT) typeError('if you give only one argument to maketrans it must be a dict');
      for (const [k, v] of dictItems(S[b])) {
        const key = translateKey(k);
        try { dictSet(d, key, v); } finally { decref(key); }
      }
      return d;
    }
    const from = [...strArg(S[b], () => 'first maketrans argument must be a string if there is a second argument')];
    const to = [...strArg(S[b + 1], (t) => `maketrans() argument 2 must be str, not ${t}`)];
    if (from.length !== to.length) valueError('the first two maketrans arguments must have equal length');
    const put = (c: string, v: number): void => {
      const key = newInt(c.codePointAt(0)!);
      try { dictSet(d, key, v); } finally { decref(v); }
    };
    from.forEach((c, i) => put(c, newInt(to[i].codePointAt(0)!)));
    if (n === 3) for (const c of strArg(S[b + 2], (t) => `maketrans() argument 3 must be str, not ${t}`)) { incref(NONE); put(c, NONE); }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
});

method(Tid.STR, 'translate', (b, n, kw) => {
  posArgs('str.translate', n, kw, 1, 1);
  const table = ts.S[b + 1];
  let out = '';
  for (const c of self(b)) {
    const key = newInt(c.codePointAt(0)!);
    let v: number;
    try {
      v = getItem(table, key);
    } catch (e) {
      // a LookupError (KeyError, IndexError) means "leave this character alone"
      if (!(e instanceof PyErr) || !isSubtype(typeOf(e.exc), exc.LookupError)) throw e;
      decref(e.exc);
      out += c;
      continue;
    } finally {
      decref(key);
    }
    try {
      const t = tidOfValue(v);
      if (v === NONE) continue;
      if (t === Tid.STR) out += strValue(v);
      else if (t === Tid.INT || t === Tid.BOOL) {
        const cp = intValue(v);
        if (typeof cp !== 'number' || cp < 0 || cp > 0x10ffff) valueError('character mapping must be in range(0x110000)');
        out += String.fromCodePoint(cp as number);
      } else typeError('character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  }
  return newStr(out);
});

// ---------------------------------------------------------------- format and format_map
// The field grammar follows CPython's Objects/stringlib/unicode_format.h: the format string is
// parsed as it is rendered (so an earlier field's error wins over a later syntax error), the
// replacement fields may nest in a spec once, and automatic and manual numbering may not mix.

/** Where a field's value comes from. Both return new references. */
interface FieldSource {
  positional(index: number): number;
  keyword(name: string): number;
}

const enum Numbering { INIT, AUTO, MANUAL }
interface AutoNumber { state: Numbering; next: number }

/** A field name part of only digits as an index, else -1 (CPython's get_integer). */
function fieldIndex(s: string): number {
  if (s === '' || !/^[0-9]+$/.test(s)) return -1;
  const v = BigInt(s);
  if (v > 0x7fffffffffffffffn) valueError('Too many decimal digits in format string');
  return Number(v);
}

function fieldObject(field: string, src: FieldSource, auto: AutoNumber): number {
  let i = 0;
  while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
  const first = field.slice(0, i);
  let index = fieldIndex(first);
  const empty = first === '';
  if (empty || index !== -1) {
    if (auto.state === Numbering.INIT) auto.state = empty ? Numbering.AUTO : Numbering.MANUAL;
    if (auto.state === Numbering.MANUAL && empty) {
      valueError('cannot switch from manual field specification to automatic field numbering');
    }
    if (auto.state === Numbering.AUTO && !empty) {
      valueError('cannot switch from automatic field numbering to manual field specification');
    }
    if (empty) index = auto.next++;
  }
  let obj = index === -1 ? src.keyword(first) : src.positional(index);
  try {
    while (i < field.length) {
      const c = field[i++];
      const start = i;
      let name: string;
      let isAttr: boolean;
      if (c === '.') {
        isAttr = true;
        while (i < field.length && field[i] !== '.' && field[i] !== '[') i++;
        name = field.slice(start, i);
      } else if (c === '[') {
        isAttr = false;
        while (i < field.length && field[i] !== ']') i++;
        if (i >= field.length) valueError("Missing ']' in format string");
        name = field.slice(start, i++);
      } else {
        return valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
      if (name === '') valueError('Empty attribute in format string');
      let next: number;
      if (isAttr) next = getAttr(obj, intern(name));
      else {
        const k = fieldIndex(name);
        const key = k === -1 ? newStr(name) : newInt(k);
        try { next = getItem(obj, key); } finally { decref(key); }
      }
      decref(obj);
      obj = next;
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

function convertField(v: number, conversion: string): number {
  switch (conversion) {
    case 'r': return reprOf(v);
    case 's': return strOf(v);
    case 'a': return asciiOf(v);
  }
  const cp = conversion.codePointAt(0)!;
  return valueError(cp > 32 && cp < 127 ? `Unknown conversion specifier ${conversion}`
    : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** Render one replacement field: look it up, convert it, expand its spec, format it. */
function renderField(field: string, conversion: string, spec: string, expand: boolean,
  src: FieldSource, depth: number, auto: AutoNumber): string {
  let obj = fieldObject(field, src, auto);
  try {
    if (conversion !== '') {
      const converted = convertField(obj, conversion);
      decref(obj);
      obj = converted;
    }
    const fullSpec = expand ? buildString(spec, src, depth - 1, auto) : spec;
    const specObj = fullSpec === '' ? 0 : newStr(fullSpec);
    try {
      const r = formatValue(obj, specObj);
      try { return strValue(r); } finally { decref(r); }
    } finally {
      if (specObj !== 0) decref(specObj);
    }
  } finally {
    decref(obj);
  }
}

function buildString(fmt: string, src: FieldSource, depth: number, auto: AutoNumber): string {
  if (depth <= 0) valueError('Max string recursion exceeded');
  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    // literal text up to the first brace
    const start = pos;
    let c = '';
    let markup = false;
    while (pos < n) {
      c = fmt[pos++];
      if (c === '{' || c === '}') { markup = true; break; }
    }
    const atEnd = pos >= n;
    let len = pos - start;
    if (markup && c === '}' && (atEnd || fmt[pos] !== '}')) valueError("Single '}' encountered in format string");
    if (markup && c === '{' && atEnd) valueError("Single '{' encountered in format string");
    if (!atEnd) {
      if (fmt[pos] === c) { pos++; markup = false; } // a doubled brace is literal text
      else len--;
    }
    out += fmt.substr(start, len);
    if (!markup) continue;

    // a replacement field: name, then !conversion and/or :spec
    const nameStart = pos;
    c = '';
    while (pos < n) {
      c = fmt[pos++];
      if (c === '{') valueError("unexpected '{' in field name");
      if (c === '[') { while (pos < n && fmt[pos] !== ']') pos++; continue; }
      if (c === '}' || c === ':' || c === '!') break;
    }
    const field = fmt.slice(nameStart, pos - 1);
    let conversion = '';
    let spec = '';
    let expand = false;
    if (c === '!' || c === ':') {
      let specFollows = true;
      if (c === '!') {
        if (pos >= n) valueError('end of string while looking for conversion specifier');
        conversion = fmt[pos++];
        if (pos < n) {
          const d = fmt[pos++];
          if (d === '}') specFollows = false;
          else if (d !== ':') valueError("expected ':' after conversion specifier");
        }
      }
      if (specFollows) {
        const specStart = pos;
        let depthCount = 1;
        let closed = false;
        while (pos < n) {
          const d = fmt[pos++];
          if (d === '{') { expand = true; depthCount++; } else if (d === '}' && --depthCount === 0) { closed = true; break; }
        }
        if (!closed) valueError("unmatched '{' in format spec");
        spec = fmt.slice(specStart, pos - 1);
      }
    } else if (c !== '}') {
      valueError("expected '}' before end of string");
    }
    out += renderField(field, conversion, spec, expand, src, depth, auto);
  }
  return out;
}

/** The format string's recursion budget: a spec may hold fields, but not fields within those. */
const FORMAT_DEPTH = 2;

method(Tid.STR, 'format', (b, n, kw) => {
  const S = ts.S;
  const np = npos(n, kw) - 1;
  const nk = kw === 0 ? 0 : tupleLen(kw);
  const src: FieldSource = {
    positional(i) {
      if (i >= np) indexError(`Replacement index ${i} out of range for positional args tuple`);
      incref(S[b + 1 + i]);
      return S[b + 1 + i];
    },
    keyword(name) {
      for (let i = 0; i < nk; i++) {
        if (strValue(tupleGet(kw, i)) === name) { incref(S[b + n - nk + i]); return S[b + n - nk + i]; }
      }
      return raiseArgs(exc.KeyError, [newStr(name)]);
    },
  };
  return newStr(buildString(self(b), src, FORMAT_DEPTH, { state: Numbering.INIT, next: 0 }));
});

method(Tid.STR, 'format_map', (b, n, kw) => {
  posArgs('str.format_map', n, kw, 1, 1);
  const mapping = ts.S[b + 1];
  const src: FieldSource = {
    positional() { return valueError('Format string contains positional fields'); },
    keyword(name) {
      const key = newStr(name);
      try { return getItem(mapping, key); } finally { decref(key); }
    },
  };
  return newStr(buildString(self(b), src, FORMAT_DEPTH, { state: Numbering.INIT, next: 0 }));
});
