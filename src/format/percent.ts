// percent.ts - printf-style str formatting: fmt % args (PyUnicode_Format).
// Owns: parsing %[(key)][flags][width|*][.precision|*][hlL]type and rendering each conversion
// with CPython 3.11's results and error texts.
// Must never: compute str()/repr() of arbitrary objects itself: the VM supplies them lazily as
// callbacks on PercentArg, so objects are only stringified when a conversion needs it.
//
// How the VM passes the right operand (mirrors PyUnicode_Format):
//   - a tuple                      -> an array of its items;
//   - a mapping (PyMapping_Check true and not a tuple or str - note lists qualify)
//                                  -> a PercentMapping: `self` is the object itself, `get(key)`
//                                     looks a key up (and throws the VM's KeyError/TypeError);
//   - anything else                -> a one-element array.

import { FormatError } from './errors';
import { doubleToString, DTSF_ALT, floatRepr, floatToInt, PyInt } from './float';
import { intToFloat, intToStr } from './intops';
import { asciiEscape, asciiRepr, strRepr } from './strmethods';
import { cpLength } from './unicode';

/**
 * One operand. Set exactly one of `int` (int, bool and int subclasses), `float` (float and
 * subclasses) or `str` (str and subclasses) for those types; other objects set neither and
 * provide what they support through the optional hooks.
 */
export interface PercentArg {
  /** type(x).__name__, for error messages ('int', 'bool', 'float', 'str', 'list', ...). */
  readonly typeName: string;
  readonly int?: PyInt;
  readonly float?: number;
  readonly str?: string;
  /** str(x); required for objects that are not plain int/float/str/bool. */
  toStr?(): string;
  /** repr(x); required for objects that are not plain int/float/str/bool. */
  toRepr?(): string;
  /** __index__ for objects that have one (used by %x %X %o %c and by %d). */
  index?(): PyInt;
  /** __int__ for objects that have one (used by %d %i %u). */
  toInt?(): PyInt;
  /** __float__ for objects that have one (used by %e %f %g and friends). */
  toFloat?(): number;
}

export interface PercentMapping {
  readonly self: PercentArg;
  get(key: string): PercentArg;
}

/** Convenience constructors for the common operand kinds. */
export function pInt(value: PyInt): PercentArg {
  return { typeName: 'int', int: value };
}
export function pBool(value: boolean): PercentArg {
  return { typeName: 'bool', int: value ? 1 : 0 };
}
export function pFloat(value: number): PercentArg {
  return { typeName: 'float', float: value };
}
export function pStr(value: string): PercentArg {
  return { typeName: 'str', str: value };
}
export function pObject(typeName: string, toStr: () => string, toRepr: () => string): PercentArg {
  return { typeName, toStr, toRepr };
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

function isNumber(v: PercentArg): boolean {
  return v.int !== undefined || v.float !== undefined || !!v.index || !!v.toInt || !!v.toFloat;
}

function argStr(v: PercentArg): string {
  if (v.str !== undefined && v.typeName === 'str') return v.str;
  if (v.toStr) return v.toStr();
  if (v.str !== undefined) return v.str;
  if (v.typeName === 'bool') return v.int ? 'True' : 'False';
  if (v.int !== undefined) return intToStr(v.int);
  if (v.float !== undefined) return floatRepr(v.float);
  throw new Error(`percentFormat: no str() for a ${v.typeName}`);
}

function argRepr(v: PercentArg): string {
  if (v.str !== undefined && v.typeName === 'str') return strRepr(v.str);
  if (v.toRepr) return v.toRepr();
  if (v.str !== undefined) return strRepr(v.str);
  if (v.typeName === 'bool') return v.int ? 'True' : 'False';
  if (v.int !== undefined) return intToStr(v.int);
  if (v.float !== undefined) return floatRepr(v.float);
  throw new Error(`percentFormat: no repr() for a ${v.typeName}`);
}

function argAscii(v: PercentArg): string {
  if (v.str !== undefined && v.typeName === 'str') return asciiRepr(v.str);
  return asciiEscape(argRepr(v));
}

/** PyFloat_AsDouble */
function argFloat(v: PercentArg): number {
  if (v.float !== undefined) return v.float;
  if (v.int !== undefined) return intToFloat(v.int);
  if (v.toFloat) return v.toFloat();
  if (v.index) return intToFloat(v.index());
  throw new FormatError('TypeError', `must be real number, not ${v.typeName}`);
}

/** The int a %d/%x/%o conversion formats (mainformatlong), or null for "wrong type". */
function argLong(v: PercentArg, type: string): PyInt | null {
  if (!isNumber(v)) return null;
  if (v.int !== undefined) return v.int;
  if (type === 'o' || type === 'x' || type === 'X') return v.index ? v.index() : null;
  if (v.float !== undefined) return floatToInt(v.float);
  if (v.toInt) return v.toInt();
  if (v.index) return v.index();
  return null;
}

/** _PyUnicode_FormatLong: [-][0x]zeros+digits with precision as the minimum digit count. */
function formatLong(x: PyInt, alt: boolean, prec: number, type: string): string {
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let s = intToStr(x, base);
  let sign = '';
  if (s.charCodeAt(0) === 45) {
    sign = '-';
    s = s.slice(1);
  }
  if (prec > s.length) s = '0'.repeat(prec - s.length) + s;
  let prefix = alt && base !== 10 ? (base === 8 ? '0o' : '0x') : '';
  if (type === 'X') {
    s = s.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  return sign + prefix + s;
}

function formatChar(v: PercentArg): string {
  if (v.str !== undefined) {
    if (cpLength(v.str) === 1) return v.str;
    throw new FormatError('TypeError', '%c requires int or char');
  }
  let x: PyInt;
  if (v.int !== undefined) x = v.int;
  else if (v.index) x = v.index();
  else throw new FormatError('TypeError', '%c requires int or char');
  if (x < 0 || x > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}

/** unicode_format_arg_output: padding, sign and 0x placement. */
function output(str: string, ch: string, flags: number, width: number, prec: number, isNumeric: boolean): string {
  const fill = isNumeric && flags & F_ZERO ? '0' : ' ';
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len >= prec) {
    len = prec;
    str = Array.from(str).slice(0, prec).join('');
  }
  let sign = isNumeric;
  let signChar = '';
  let p = 0; // index into str (ASCII whenever sign is set)
  if (sign) {
    const c = str[0];
    if (c === '-' || c === '+') {
      signChar = c;
      len--;
      p++;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const prefixAlt = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (prefixAlt) {
    if (fill !== ' ') {
      out += '0' + ch;
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (prefixAlt) {
      out += '0' + ch;
      p += 2;
    }
  }
  out += p === 0 && len === cpLength(str) ? str : str.slice(p, p + len);
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

function codePointIndex(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/**
 * fmt % args (see the header for how to pass args). Equivalent mapping form:
 * percentFormat(fmt, [mappingObject], key => lookup) - with `lookup` given, args[0] is the
 * mapping object itself.
 */
export function percentFormat(
  fmt: string,
  args: readonly PercentArg[] | PercentMapping,
  lookup?: ((key: string) => PercentArg) | null,
): string {
  const dict: PercentMapping | null = Array.isArray(args)
    ? lookup
      ? { self: (args as readonly PercentArg[])[0], get: lookup }
      : null
    : (args as PercentMapping);
  const tuple: readonly PercentArg[] = dict ? [] : (args as readonly PercentArg[]);
  let single: PercentArg | null = dict ? dict.self : null;
  let arglen = dict ? -1 : tuple.length;
  let argidx = dict ? -2 : 0;
  const nextArg = (): PercentArg => {
    if (argidx < arglen) {
      const i = argidx++;
      return arglen < 0 ? single! : tuple[i];
    }
    throw new FormatError('TypeError', 'not enough arguments for format string');
  };
  const incomplete = (): FormatError => new FormatError('ValueError', 'incomplete format');
  const starArg = (): PyInt => {
    const v = nextArg();
    if (v.int === undefined) throw new FormatError('TypeError', '* wants int');
    return v.int;
  };

  const n = fmt.length;
  let out = '';
  let pos = 0;
  while (pos < n) {
    const k = fmt.indexOf('%', pos);
    if (k < 0) {
      out += pos === 0 ? fmt : fmt.slice(pos);
      break;
    }
    if (k > pos) out += fmt.slice(pos, k);
    pos = k + 1;
    if (pos < n && fmt.charCodeAt(pos) === 37) {
      out += '%';
      pos++;
      continue;
    }
    // mapping key
    if (pos < n && fmt.charCodeAt(pos) === 40) {
      if (!dict) throw new FormatError('TypeError', 'format requires a mapping');
      let depth = 1;
      const keyStart = ++pos;
      while (pos < n && depth > 0) {
        const c = fmt.charCodeAt(pos++);
        if (c === 41) depth--;
        else if (c === 40) depth++;
      }
      if (depth > 0) throw new FormatError('ValueError', 'incomplete format key');
      single = dict.get(fmt.slice(keyStart, pos - 1));
      arglen = -1;
      argidx = -2;
    }
    // flags
    let flags = 0;
    for (; pos < n; pos++) {
      const c = fmt.charCodeAt(pos);
      if (c === 45) flags |= F_LJUST;
      else if (c === 43) flags |= F_SIGN;
      else if (c === 32) flags |= F_BLANK;
      else if (c === 35) flags |= F_ALT;
      else if (c === 48) flags |= F_ZERO;
      else break;
    }
    if (pos >= n) throw incomplete();
    // width
    let width = -1;
    let c = fmt.charCodeAt(pos);
    if (c === 42) {
      const w = starArg();
      if (w > 9223372036854775807n || w < -9223372036854775808n) {
        throw new FormatError('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      width = Number(w);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      pos++;
    } else if (c >= 48 && c <= 57) {
      width = 0;
      while (pos < n && (c = fmt.charCodeAt(pos)) >= 48 && c <= 57) {
        width = width * 10 + (c - 48);
        if (width > 9223372036854775807) throw new FormatError('ValueError', 'width too big');
        pos++;
      }
    }
    // precision
    let prec = -1;
    if (pos < n && fmt.charCodeAt(pos) === 46) {
      prec = 0;
      pos++;
      c = fmt.charCodeAt(pos);
      if (pos < n && c === 42) {
        const p = starArg();
        if (p > 2147483647 || p < -2147483648) {
          throw new FormatError('OverflowError', 'Python int too large to convert to C int');
        }
        prec = Number(p);
        if (prec < 0) prec = 0;
        pos++;
      } else if (pos < n && c >= 48 && c <= 57) {
        while (pos < n && (c = fmt.charCodeAt(pos)) >= 48 && c <= 57) {
          prec = prec * 10 + (c - 48);
          if (prec > 2147483647) throw new FormatError('ValueError', 'precision too big');
          pos++;
        }
      }
    }
    if (pos < n) {
      c = fmt.charCodeAt(pos);
      if (c === 104 || c === 108 || c === 76) pos++; // 'h' 'l' 'L' are ignored
    }
    if (pos >= n) throw incomplete();
    const cp = fmt.codePointAt(pos)!;
    const ch = String.fromCodePoint(cp);
    const chPos = pos;
    pos += ch.length;

    const v = nextArg();
    let str: string;
    let numeric = false;
    switch (ch) {
      case 's':
        str = argStr(v);
        break;
      case 'r':
        str = argRepr(v);
        break;
      case 'a':
        str = argAscii(v);
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        const iv = argLong(v, ch);
        if (iv === null) {
          const what = ch === 'o' || ch === 'x' || ch === 'X' ? 'an integer' : 'a real number';
          throw new FormatError('TypeError', `%${ch} format: ${what} is required, not ${v.typeName}`);
        }
        str = formatLong(iv, (flags & F_ALT) !== 0, prec, ch);
        numeric = true;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        str = doubleToString(argFloat(v), ch, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
        numeric = true;
        break;
      case 'c':
        str = formatChar(v);
        break;
      default:
        throw new FormatError(
          'ValueError',
          `unsupported format character '${cp >= 31 && cp <= 126 ? ch : '?'}' (0x${cp.toString(16)}) ` +
            `at index ${codePointIndex(fmt, chPos)}`,
        );
    }
    out += output(str, ch, flags, width, prec, numeric);
    if (dict && argidx < arglen) {
      throw new FormatError('TypeError', 'not all arguments converted during string formatting');
    }
  }
  if (argidx < arglen && !dict) {
    throw new FormatError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}
