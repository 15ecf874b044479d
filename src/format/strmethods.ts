// strmethods.ts - Python str methods over JS strings with CPython 3.11's results and errors.
// Owns: split/strip/find/replace/case/padding/is*() methods, repr() and ascii() of a str.
// Must never: index by UTF-16 unit where a string has surrogates (indices, widths and counts
// are in code points), or check argument types ("must be str, not int" is the VM's job).

// Limitation: a JS string cannot tell a Python str holding a lone high+low surrogate pair from
// one holding the astral character they encode; both are treated as the astral character.
// A lone low surrogate in `sub` can also match the second half of a pair in find()/split().

import { FormatError } from './errors';
import type { PyInt } from './float';
import {
  casefoldCp,
  cpLength,
  cpToUnit,
  hasSurrogates,
  isAlnumCp,
  isAlphaCp,
  isCasedCp,
  isCaseIgnorableCp,
  isDecimalCp,
  isDigitCp,
  isLineBreakCp,
  isLowerCp,
  isNumericCp,
  isPrintableCp,
  isSpaceCp,
  isTitleCp,
  isUnassigned,
  isUpperCp,
  isXidContinueCp,
  isXidStartCp,
  lowerCp,
  titleCp,
  unitToCp,
  upperCp,
} from './unicode';

/** A slice-style index argument: a Python int, or None/omitted. */
export type Index = PyInt | null | undefined;

const SSIZE_MAX = 9007199254740991;

function toIndex(x: Index, dflt: number): number {
  if (x === null || x === undefined) return dflt;
  if (typeof x === 'number') return x;
  return x > BigInt(SSIZE_MAX) ? SSIZE_MAX : x < -BigInt(SSIZE_MAX) ? -SSIZE_MAX : Number(x);
}

/** maxsplit/count style argument: negative means "no limit". */
function toCount(x: PyInt | null | undefined): number {
  if (x === null || x === undefined) return SSIZE_MAX;
  const n = toIndex(x, -1);
  return n < 0 ? SSIZE_MAX : n;
}

// ADJUST_INDICES from Objects/unicodeobject.c; results in module state.
let adjStart = 0;
let adjEnd = 0;
function adjustIndices(start: Index, end: Index, len: number): void {
  let s = toIndex(start, 0);
  let e = toIndex(end, SSIZE_MAX);
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  adjStart = s;
  adjEnd = e;
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    out.push(cp);
  }
  return out;
}

function fromCps(cps: number[], start = 0, end = cps.length): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCodePoint(cps[i]);
  return out;
}

// ---- repr / ascii -------------------------------------------------------------------------

const HEX = '0123456789abcdef';

function hex(cp: number, width: number): string {
  let s = '';
  for (let i = width - 1; i >= 0; i--) s += HEX[(cp >>> (4 * i)) & 15];
  return s;
}

function escapeCp(cp: number): string {
  if (cp < 0x100) return '\\x' + hex(cp, 2);
  if (cp < 0x10000) return '\\u' + hex(cp, 4);
  return '\\U' + hex(cp, 8);
}

function reprImpl(s: string, asciiOnly: boolean): string {
  let squote = false;
  let dquote = false;
  let plain = true; // nothing to escape: only printable ASCII without quotes and backslashes
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 39) squote = true;
    else if (c === 34) dquote = true;
    else if (c < 32 || c >= 127 || c === 92) plain = false;
  }
  const quote = squote && !dquote ? '"' : "'";
  if (plain && !squote) return quote + s + quote;
  let out = quote;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c < 127 && c !== 92 && c !== 39) continue;
    let esc: string | null;
    let width = 1;
    if (c === 39) esc = quote === "'" ? "\\'" : null;
    else if (c === 92) esc = '\\\\';
    else if (c === 9) esc = '\\t';
    else if (c === 10) esc = '\\n';
    else if (c === 13) esc = '\\r';
    else if (c < 32 || c === 127) esc = escapeCp(c);
    else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      esc = asciiOnly || !isPrintableCp(cp) ? escapeCp(cp) : null;
    }
    if (esc !== null) {
      out += s.slice(runStart, i) + esc;
      runStart = i + width;
    }
    i += width - 1;
  }
  return out + s.slice(runStart) + quote;
}

/** repr(s): single quotes unless s has ' and no "; \t \n \r \\ \xhh \uhhhh \Uhhhhhhhh escapes. */
export function strRepr(s: string): string {
  return reprImpl(s, false);
}

/** ascii(s) for a str: like repr, with every non-ASCII character escaped. */
export function asciiRepr(s: string): string {
  return reprImpl(s, true);
}

/** ascii(x) of any object given repr(x): escapes non-ASCII ("backslashreplace"). */
export function asciiEscape(repr: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < repr.length; i++) {
    if (repr.charCodeAt(i) < 128) continue;
    const cp = repr.codePointAt(i)!;
    out += repr.slice(runStart, i) + escapeCp(cp);
    if (cp > 0xffff) i++;
    runStart = i + 1;
  }
  return runStart === 0 ? repr : out + repr.slice(runStart);
}

// ---- split / join -----------------------------------------------------------------------

function isSpaceUnit(c: number): boolean {
  // whitespace is all in the BMP and never a surrogate, so UTF-16 units are enough
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f) : isSpaceCp(c);
}

/** s.split(sep=None, maxsplit=-1) */
export function strSplit(s: string, sep?: string | null, maxsplit?: PyInt | null): string[] {
  let max = toCount(maxsplit);
  const out: string[] = [];
  const n = s.length;
  if (sep === null || sep === undefined) {
    let i = 0;
    while (max-- > 0) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpaceUnit(s.charCodeAt(i))) i++;
      out.push(s.slice(j, i));
    }
    if (i < n) {
      while (i < n && isSpaceUnit(s.charCodeAt(i))) i++;
      if (i !== n) out.push(s.slice(i));
    }
    return out;
  }
  if (sep.length === 0) throw new FormatError('ValueError', 'empty separator');
  if (max === SSIZE_MAX) return s.split(sep);
  let i = 0;
  while (max-- > 0) {
    const k = s.indexOf(sep, i);
    if (k < 0) break;
    out.push(s.slice(i, k));
    i = k + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** s.rsplit(sep=None, maxsplit=-1) */
export function strRsplit(s: string, sep?: string | null, maxsplit?: PyInt | null): string[] {
  let max = toCount(maxsplit);
  const out: string[] = [];
  if (sep === null || sep === undefined) {
    let i = s.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpaceUnit(s.charCodeAt(i))) i--;
      out.push(s.slice(i + 1, j + 1));
    }
    if (i >= 0) {
      while (i >= 0 && isSpaceUnit(s.charCodeAt(i))) i--;
      if (i >= 0) out.push(s.slice(0, i + 1));
    }
    return out.reverse();
  }
  if (sep.length === 0) throw new FormatError('ValueError', 'empty separator');
  if (max === SSIZE_MAX) return s.split(sep);
  let end = s.length;
  while (max-- > 0) {
    const from = end - sep.length;
    if (from < 0) break;
    const k = s.lastIndexOf(sep, from);
    if (k < 0) break;
    out.push(s.slice(k + sep.length, end));
    end = k;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** s.splitlines(keepends=False): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  let j = 0;
  while (i < n) {
    while (i < n && !isLineBreakCp(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
    j = i;
  }
  return out;
}

/** sep.join(items); the VM checks that every item is a str. */
export function strJoin(sep: string, items: readonly string[]): string {
  return items.join(sep);
}

// ---- strip --------------------------------------------------------------------------------

function stripImpl(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (chars === null || chars === undefined) {
    if (left) while (i < j && isSpaceUnit(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceUnit(s.charCodeAt(j - 1))) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  if (!hasSurrogates(chars)) {
    // a surrogate unit of s can never equal a BMP character of chars
    if (left) while (i < j && chars.indexOf(s[i]) >= 0) i++;
    if (right) while (j > i && chars.indexOf(s[j - 1]) >= 0) j--;
    return i === 0 && j === s.length ? s : s.slice(i, j);
  }
  const set = new Set(codePoints(chars));
  const cps = codePoints(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && set.has(cps[a])) a++;
  if (right) while (b > a && set.has(cps[b - 1])) b--;
  return fromCps(cps, a, b);
}

/** s.strip(chars=None) */
export function strStrip(s: string, chars?: string | null): string {
  return stripImpl(s, chars, true, true);
}
/** s.lstrip(chars=None) */
export function strLstrip(s: string, chars?: string | null): string {
  return stripImpl(s, chars, true, false);
}
/** s.rstrip(chars=None) */
export function strRstrip(s: string, chars?: string | null): string {
  return stripImpl(s, chars, false, true);
}

// ---- replace --------------------------------------------------------------------------------

/** s.replace(old, new, count=-1); an empty `old` inserts `new` around every character. */
export function strReplace(s: string, old: string, repl: string, count?: PyInt | null): string {
  let max = toCount(count);
  if (max === 0) return s;
  if (old.length === 0) {
    let out = repl;
    max--;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const w = c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      if (max <= 0) return out + s.slice(i);
      out += s.slice(i, i + w) + repl;
      max--;
      i += w - 1;
    }
    return out;
  }
  if (max === SSIZE_MAX) return s.split(old).join(repl);
  let out = '';
  let i = 0;
  while (max-- > 0) {
    const k = s.indexOf(old, i);
    if (k < 0) break;
    out += s.slice(i, k) + repl;
    i = k + old.length;
  }
  return i === 0 ? s : out + s.slice(i);
}

// ---- find family --------------------------------------------------------------------------

function findImpl(s: string, sub: string, start: Index, end: Index, reverse: boolean): number {
  const surr = hasSurrogates(s);
  const len = surr ? cpLength(s) : s.length;
  adjustIndices(start, end, len);
  const a = adjStart;
  const b = adjEnd;
  const subLen = surr ? cpLength(sub) : sub.length;
  if (b - a < subLen) return -1;
  if (subLen === 0) return reverse ? b : a;
  const ua = surr ? cpToUnit(s, a) : a;
  const ub = surr ? cpToUnit(s, b) : b;
  let k: number;
  if (reverse) {
    k = s.lastIndexOf(sub, ub - sub.length);
    if (k < ua) return -1;
  } else {
    k = s.indexOf(sub, ua);
    if (k < 0 || k + sub.length > ub) return -1;
  }
  return surr ? unitToCp(s, k) : k;
}

/** s.find(sub, start=None, end=None): lowest code point index, or -1. */
export function strFind(s: string, sub: string, start?: Index, end?: Index): number {
  return findImpl(s, sub, start, end, false);
}
/** s.rfind(sub, start=None, end=None) */
export function strRfind(s: string, sub: string, start?: Index, end?: Index): number {
  return findImpl(s, sub, start, end, true);
}
/** s.index(sub, start=None, end=None): like find, ValueError "substring not found". */
export function strIndex(s: string, sub: string, start?: Index, end?: Index): number {
  const r = findImpl(s, sub, start, end, false);
  if (r < 0) throw new FormatError('ValueError', 'substring not found');
  return r;
}
/** s.rindex(sub, start=None, end=None) */
export function strRindex(s: string, sub: string, start?: Index, end?: Index): number {
  const r = findImpl(s, sub, start, end, true);
  if (r < 0) throw new FormatError('ValueError', 'substring not found');
  return r;
}

/** s.count(sub, start=None, end=None): non-overlapping; an empty sub counts len+1 slots. */
export function strCount(s: string, sub: string, start?: Index, end?: Index): number {
  const surr = hasSurrogates(s);
  const len = surr ? cpLength(s) : s.length;
  adjustIndices(start, end, len);
  const a = adjStart;
  const b = adjEnd;
  const subLen = surr ? cpLength(sub) : sub.length;
  if (b - a < subLen) return 0;
  if (subLen === 0) return b - a + 1;
  const ua = surr ? cpToUnit(s, a) : a;
  const ub = surr ? cpToUnit(s, b) : b;
  let n = 0;
  let k = s.indexOf(sub, ua);
  while (k >= 0 && k + sub.length <= ub) {
    n++;
    k = s.indexOf(sub, k + sub.length);
  }
  return n;
}

function tailMatch(s: string, sub: string, start: Index, end: Index, atEnd: boolean, surr: boolean): boolean {
  const len = surr ? cpLength(s) : s.length;
  adjustIndices(start, end, len);
  const subLen = surr ? cpLength(sub) : sub.length;
  const a = adjStart;
  const b = adjEnd - subLen;
  if (b < a) return false;
  if (subLen === 0) return true;
  const at = atEnd ? b : a;
  return s.startsWith(sub, surr ? cpToUnit(s, at) : at);
}

/** s.startswith(prefix, start=None, end=None); prefix may be a tuple (array) of str. */
export function strStartswith(s: string, prefix: string | readonly string[], start?: Index, end?: Index): boolean {
  const surr = hasSurrogates(s);
  if (typeof prefix === 'string') return tailMatch(s, prefix, start, end, false, surr);
  for (const p of prefix) if (tailMatch(s, p, start, end, false, surr)) return true;
  return false;
}
/** s.endswith(suffix, start=None, end=None); suffix may be a tuple (array) of str. */
export function strEndswith(s: string, suffix: string | readonly string[], start?: Index, end?: Index): boolean {
  const surr = hasSurrogates(s);
  if (typeof suffix === 'string') return tailMatch(s, suffix, start, end, true, surr);
  for (const p of suffix) if (tailMatch(s, p, start, end, true, surr)) return true;
  return false;
}

/** s.partition(sep) */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw new FormatError('ValueError', 'empty separator');
  const k = s.indexOf(sep);
  if (k < 0) return [s, '', ''];
  return [s.slice(0, k), sep, s.slice(k + sep.length)];
}
/** s.rpartition(sep) */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) throw new FormatError('ValueError', 'empty separator');
  const k = s.lastIndexOf(sep);
  if (k < 0) return ['', '', s];
  return [s.slice(0, k), sep, s.slice(k + sep.length)];
}

/** s.removeprefix(prefix) */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix.length > 0 && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
/** s.removesuffix(suffix) */
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix.length > 0 && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// ---- case mapping -------------------------------------------------------------------------

function isAsciiStr(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/** True when some character is one whose case mapping JS (newer Unicode) would change. */
function hasFrozen(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x19b) continue;
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp === 0x19b || cp === 0x264 || cp === 0xa7d3 || cp === 0xa7d5 || isUnassigned(cp)) return true;
  }
  return false;
}

/** U+03A3 lowercases to final sigma U+03C2 in the Final_Sigma context (handle_capital_sigma). */
function sigmaAt(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  let finalSigma = j >= 0 && isCasedCp(cps[j]);
  if (finalSigma && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
    finalSigma = j === cps.length || !isCasedCp(cps[j]);
  }
  return finalSigma ? '\u03c2' : '\u03c3';
}

function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  return c === 0x3a3 ? sigmaAt(cps, i) : lowerCp(c);
}

/** s.upper() (full case mapping: 'ß' -> 'SS') */
export function strUpper(s: string): string {
  if (!hasFrozen(s)) return s.toUpperCase();
  let out = '';
  for (const c of codePoints(s)) out += upperCp(c);
  return out;
}

/** s.lower() (full mapping, final sigma in context) */
export function strLower(s: string): string {
  if (!hasFrozen(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

/** s.casefold() */
export function strCasefold(s: string): string {
  if (isAsciiStr(s)) return s.toLowerCase();
  let out = '';
  for (const c of codePoints(s)) out += casefoldCp(c);
  return out;
}

/** s.swapcase() */
export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (isUpperCp(c)) out += lowerAt(cps, i);
    else if (isLowerCp(c)) out += upperCp(c);
    else out += String.fromCodePoint(c);
  }
  return out;
}

/** s.title(): titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  if (isAsciiStr(s)) {
    let out = '';
    let prevCased = false;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      const upper = c >= 65 && c <= 90;
      const lower = c >= 97 && c <= 122;
      if (prevCased && upper) c += 32;
      else if (!prevCased && lower) c -= 32;
      out += String.fromCharCode(c);
      prevCased = upper || lower;
    }
    return out;
  }
  const cps = codePoints(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleCp(c);
    prevCased = isCasedCp(c);
  }
  return out;
}

/** s.capitalize(): first character titlecased, the rest lowercased (3.8+ semantics). */
export function strCapitalize(s: string): string {
  if (s.length === 0) return s;
  const cps = codePoints(s);
  let out = titleCp(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

// ---- padding ------------------------------------------------------------------------------

function checkFill(fillchar: string): void {
  if (fillchar.length === 0 || fillchar.length > 2 || cpLength(fillchar) !== 1) {
    throw new FormatError('TypeError', 'The fill character must be exactly one character long');
  }
}

function widthOf(width: PyInt): number {
  return typeof width === 'number' ? width : toIndex(width, 0);
}

/** s.center(width, fillchar=' ') - CPython's left = marg/2 + (marg & width & 1). */
export function strCenter(s: string, width: PyInt, fillchar = ' '): string {
  checkFill(fillchar);
  const w = widthOf(width);
  const len = cpLength(s);
  if (len >= w) return s;
  const marg = w - len;
  const left = Math.floor(marg / 2) + (marg % 2 === 1 && w % 2 === 1 ? 1 : 0);
  return fillchar.repeat(left) + s + fillchar.repeat(marg - left);
}
/** s.ljust(width, fillchar=' ') */
export function strLjust(s: string, width: PyInt, fillchar = ' '): string {
  checkFill(fillchar);
  const len = cpLength(s);
  const w = widthOf(width);
  return len >= w ? s : s + fillchar.repeat(w - len);
}
/** s.rjust(width, fillchar=' ') */
export function strRjust(s: string, width: PyInt, fillchar = ' '): string {
  checkFill(fillchar);
  const len = cpLength(s);
  const w = widthOf(width);
  return len >= w ? s : fillchar.repeat(w - len) + s;
}
/** s.zfill(width): zeros go after a leading sign. */
export function strZfill(s: string, width: PyInt): string {
  const len = cpLength(s);
  const w = widthOf(width);
  if (len >= w) return s;
  const z = '0'.repeat(w - len);
  const c = s.charCodeAt(0);
  if (c === 43 || c === 45) return s[0] + z + s.slice(1);
  return z + s;
}

/** s.expandtabs(tabsize=8): only \n and \r reset the column; tabsize <= 0 drops tabs. */
export function strExpandtabs(s: string, tabsize: PyInt = 8): string {
  if (s.indexOf('\t') < 0) return s;
  const ts = widthOf(tabsize);
  let out = '';
  let col = 0;
  let runStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9) {
      out += s.slice(runStart, i);
      runStart = i + 1;
      if (ts > 0) {
        const incr = ts - (col % ts);
        out += ' '.repeat(incr);
        col += incr;
      }
    } else if (c === 10 || c === 13) col = 0;
    else if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800)) col++;
  }
  return out + s.slice(runStart);
}

// ---- is*() ----------------------------------------------------------------------------------

function allCps(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!pred(cp)) return false;
  }
  return true;
}

export function strIsspace(s: string): boolean {
  return allCps(s, isSpaceCp);
}
export function strIsalpha(s: string): boolean {
  return allCps(s, isAlphaCp);
}
export function strIsalnum(s: string): boolean {
  return allCps(s, isAlnumCp);
}
export function strIsdecimal(s: string): boolean {
  return allCps(s, isDecimalCp);
}
export function strIsdigit(s: string): boolean {
  return allCps(s, isDigitCp);
}
export function strIsnumeric(s: string): boolean {
  return allCps(s, isNumericCp);
}
/** s.isascii(): True for '' too. */
export function strIsascii(s: string): boolean {
  return isAsciiStr(s);
}
/** s.isprintable(): True for '' too. */
export function strIsprintable(s: string): boolean {
  return s.length === 0 || allCps(s, isPrintableCp);
}
export function strIsidentifier(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.codePointAt(0)!;
  if (first !== 95 && !isXidStartCp(first)) return false;
  for (let i = first > 0xffff ? 2 : 1; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isXidContinueCp(cp)) return false;
  }
  return true;
}
/** At least one character of case `want`, and none of the case `other` nor titlecase. */
function onlyCase(s: string, want: (cp: number) => boolean, other: (cp: number) => boolean): boolean {
  let cased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (other(cp) || isTitleCp(cp)) return false;
    if (!cased && want(cp)) cased = true;
  }
  return cased;
}
/** s.isupper(): no lowercase or titlecase characters and at least one uppercase one. */
export function strIsupper(s: string): boolean { return onlyCase(s, isUpperCp, isLowerCp); }
/** s.islower() */
export function strIslower(s: string): boolean { return onlyCase(s, isLowerCp, isUpperCp); }
/** s.istitle() */
export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isUpperCp(cp) || isTitleCp(cp)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerCp(cp)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}
