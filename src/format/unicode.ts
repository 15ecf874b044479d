// unicode.ts - per-code-point character classes and case mappings with CPython 3.11 semantics.
// Owns: isspace/linebreak sets, decimal digit values, the is*() properties, title/casefold maps,
// and code-point (not UTF-16) helpers for JS strings.
// Must never: allocate on the ASCII path, or trust JS's newer Unicode data where CPython 3.11
// (Unicode 14.0) disagrees: UNASSIGNED_RANGES masks characters that are newer than that.

import {
  CASEFOLD_EXCEPTIONS,
  DECIMAL_ZEROS,
  DIGIT_RANGES,
  NUMERIC_RANGES,
  TITLE_EXCEPTIONS,
  UNASSIGNED_RANGES,
} from './unicode_tables';

/** Binary search in a sorted flat list of inclusive [lo, hi] pairs. */
export function inRanges(r: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Unassigned (Cn) in CPython 3.11's Unicode 14 (JS may know the character already). */
export function isUnassigned(cp: number): boolean {
  return cp >= 0x378 && inRanges(UNASSIGNED_RANGES, cp);
}

/** Py_UNICODE_ISSPACE: what str.isspace(), str.split() and str.strip() treat as whitespace. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 128) return cp === 32 || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

/** Py_UNICODE_ISLINEBREAK: the boundaries of str.splitlines() (\r\n is handled by the caller). */
export function isLineBreakCp(cp: number): boolean {
  return (
    (cp >= 10 && cp <= 13) || (cp >= 0x1c && cp <= 0x1e) || cp === 0x85 || cp === 0x2028 || cp === 0x2029
  );
}

/** Py_UNICODE_TODECIMAL: 0-9 for a Unicode decimal digit (Nd), else -1. */
export function decimalValue(cp: number): number {
  if (cp < 128) return cp >= 48 && cp <= 57 ? cp - 48 : -1;
  const z = DECIMAL_ZEROS;
  let lo = 0;
  let hi = z.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < z[mid]) hi = mid - 1;
    else if (cp > z[mid] + 9) lo = mid + 1;
    else return cp - z[mid];
  }
  return -1;
}

export function isDecimalCp(cp: number): boolean {
  return decimalValue(cp) >= 0;
}
export function isDigitCp(cp: number): boolean {
  return decimalValue(cp) >= 0 || (cp >= 0xb2 && inRanges(DIGIT_RANGES, cp));
}
export function isNumericCp(cp: number): boolean {
  return isDigitCp(cp) || (cp >= 0xbc && inRanges(NUMERIC_RANGES, cp));
}

// ---- regex-derived properties, cached per code point --------------------------------------

const P_ALPHA = 1;
const P_PRINTABLE = 2;
const P_CASED = 4;
const P_CASE_IGNORABLE = 8;
const P_UPPER = 16;
const P_LOWER = 32;
const P_TITLE = 64;
const P_XID_START = 128;
const P_XID_CONTINUE = 256;
const P_DONE = 512;

const RE_ALPHA = /^\p{L}$/u;
const RE_NONPRINTABLE = /^[\p{C}\p{Z}]$/u;
const RE_CASED = /^\p{Cased}$/u;
const RE_CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
const RE_UPPER = /^\p{Uppercase}$/u;
const RE_LOWER = /^\p{Lowercase}$/u;
const RE_TITLE = /^\p{Lt}$/u;
const RE_XID_START = /^\p{XID_Start}$/u;
const RE_XID_CONTINUE = /^\p{XID_Continue}$/u;

// Newer Unicode (15.1) added these to XID_Continue; CPython 3.11 does not accept them.
function xidContinueException(cp: number): boolean {
  return cp === 0x200c || cp === 0x200d || cp === 0x30fb || cp === 0xff65;
}

function computeProps(cp: number): number {
  if (isUnassigned(cp) || (cp >= 0xd800 && cp <= 0xdfff)) return P_DONE;
  const c = String.fromCodePoint(cp);
  let p = P_DONE;
  if (RE_ALPHA.test(c)) p |= P_ALPHA;
  if (cp === 32 || !RE_NONPRINTABLE.test(c)) p |= P_PRINTABLE;
  if (RE_CASED.test(c)) p |= P_CASED;
  if (RE_CASE_IGNORABLE.test(c)) p |= P_CASE_IGNORABLE;
  if (RE_UPPER.test(c)) p |= P_UPPER;
  if (RE_LOWER.test(c)) p |= P_LOWER;
  if (RE_TITLE.test(c)) p |= P_TITLE;
  if (RE_XID_START.test(c)) p |= P_XID_START;
  if (RE_XID_CONTINUE.test(c) && !xidContinueException(cp)) p |= P_XID_CONTINUE;
  return p;
}

// ASCII is filled at load; everything else lazily (a Map keeps memory proportional to use).
const ASCII_PROPS = new Uint16Array(128);
for (let i = 0; i < 128; i++) ASCII_PROPS[i] = computeProps(i);
const propCache = new Map<number, number>();

function props(cp: number): number {
  if (cp < 128) return ASCII_PROPS[cp];
  let p = propCache.get(cp);
  if (p === undefined) {
    p = computeProps(cp);
    propCache.set(cp, p);
  }
  return p;
}

export function isAlphaCp(cp: number): boolean {
  return (props(cp) & P_ALPHA) !== 0;
}
export function isAlnumCp(cp: number): boolean {
  return (props(cp) & P_ALPHA) !== 0 || isNumericCp(cp);
}
export function isPrintableCp(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  return (props(cp) & P_PRINTABLE) !== 0;
}
export function isCasedCp(cp: number): boolean {
  return (props(cp) & P_CASED) !== 0;
}
export function isCaseIgnorableCp(cp: number): boolean {
  return (props(cp) & P_CASE_IGNORABLE) !== 0;
}
export function isUpperCp(cp: number): boolean {
  return (props(cp) & P_UPPER) !== 0;
}
export function isLowerCp(cp: number): boolean {
  return (props(cp) & P_LOWER) !== 0;
}
export function isTitleCp(cp: number): boolean {
  return (props(cp) & P_TITLE) !== 0;
}
export function isXidStartCp(cp: number): boolean {
  return (props(cp) & P_XID_START) !== 0;
}
export function isXidContinueCp(cp: number): boolean {
  return (props(cp) & P_XID_CONTINUE) !== 0;
}

// ---- case mappings (full mappings; context-free except capital sigma, see strmethods) ------

// Where JS's newer Unicode maps a character that CPython 3.11 leaves alone.
function caseMapFrozen(cp: number): boolean {
  return cp === 0x19b || cp === 0x264 || cp === 0xa7d3 || cp === 0xa7d5 || isUnassigned(cp);
}

export function upperCp(cp: number): string {
  const c = String.fromCodePoint(cp);
  return cp >= 128 && caseMapFrozen(cp) ? c : c.toUpperCase();
}
/** Lowercase of one code point; U+03A3 (capital sigma) always gives U+03C3 here. */
export function lowerCp(cp: number): string {
  const c = String.fromCodePoint(cp);
  return cp >= 128 && caseMapFrozen(cp) ? c : c.toLowerCase();
}
export function titleCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 97 && cp <= 122 ? cp - 32 : cp);
  return TITLE_EXCEPTIONS.get(cp) ?? upperCp(cp);
}
export function casefoldCp(cp: number): string {
  if (cp < 128) return String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp);
  return CASEFOLD_EXCEPTIONS.get(cp) ?? lowerCp(cp);
}

// ---- code-point helpers ---------------------------------------------------------------------

/** True when s has any UTF-16 surrogate unit (so UTF-16 and code-point indices may differ). */
export function hasSurrogates(s: string): boolean {
  if (s.length < MEMO_LENGTH) {
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      if (u >= 0xd800 && u <= 0xdfff) return true;
    }
    return false;
  }
  // A long text is often asked again and again (s.find(x, i) in a loop gets the same decoded
  // text each time: objects/str.ts keeps it): remember the last answer. `===` on the same JS
  // string is one pointer compare.
  if (s === memoText) return memoAnswer;
  memoText = s;
  memoAnswer = SURROGATE.test(s);
  return memoAnswer;
}
const MEMO_LENGTH = 1024;
const SURROGATE = /[\ud800-\udfff]/;
let memoText = '';
let memoAnswer = false;

/** len(s) as Python counts it: code points (a lone surrogate counts as one). */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** UTF-16 offset of code point index `cp` (0 <= cp <= cpLength(s)). */
export function cpToUnit(s: string, cp: number): number {
  let i = 0;
  while (cp > 0 && i < s.length) {
    const u = s.charCodeAt(i);
    i += u >= 0xd800 && u <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    cp--;
  }
  return i;
}

/** Code point index of UTF-16 offset `unit` (which must fall on a code point boundary). */
export function unitToCp(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit; i++) {
    n++;
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff && i + 1 < unit && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}
