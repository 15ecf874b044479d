// spec.ts - the format-spec mini-language of format(), f-strings and str.format.
// Owns: parsing [[fill]align][sign][z][#][0][width][grouping][.precision][type] and rendering
// ints, floats and strs with it, with CPython 3.11's error texts (Python/formatter_unicode.c).
// Must never: parse replacement fields ("{0:>{w}}"): it gets the text after the colon with
// nested fields already substituted. 'n' uses the C locale, as CPython until setlocale().

import { FormatError } from './errors';
import { doubleToString, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, floatRepr, PyInt } from './float';
import { intToFloat, intToStr } from './intops';
import { cpLength, decimalValue } from './unicode';

/** A parsed spec (InternalFormatSpec). width and precision are -1 when absent. */
export interface FormatSpec {
  fill: string;
  align: string; // '<' '>' '^' '='
  sign: string; // '' '+' '-' ' '
  noNeg0: boolean;
  alternate: boolean;
  width: number;
  thousands: string; // '' ',' '_'
  precision: number;
  type: string; // '' when omitted
}

function isAlign(c: string | undefined): boolean {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

function codeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/**
 * parse_internal_render_format_spec. `typeName` is used in error messages; defaultType is
 * 'd' for int, '' for float, 's' for str; defaultAlign '>' for numbers, '<' for str.
 */
export function parseFormatSpec(spec: string, typeName: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cs = Array.from(spec); // code points
  const end = cs.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    sign: '',
    noNeg0: false,
    alternate: false,
    width: -1,
    thousands: '',
    precision: -1,
    type: defaultType,
  };
  let fillSpecified = false;
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    f.align = cs[pos + 1];
    f.fill = cs[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    f.align = cs[pos];
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cs[pos] === '+' || cs[pos] === '-' || cs[pos] === ' ')) f.sign = cs[pos++];
  if (pos < end && cs[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (pos < end && cs[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && pos < end && cs[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const readInt = (): number => {
    // get_integer: Unicode decimal digits; overflow past PY_SSIZE_T_MAX is an error
    const start = pos;
    let v = 0;
    let text = '';
    while (pos < end) {
      const d = decimalValue(cs[pos].codePointAt(0)!);
      if (d < 0) break;
      text += d;
      v = v * 10 + d;
      pos++;
    }
    if (pos - start > 15 && BigInt(text) > 9223372036854775807n) {
      throw new FormatError('ValueError', 'Too many decimal digits in format string');
    }
    return pos === start ? -1 : v;
  };
  f.width = readInt();
  if (pos < end && cs[pos] === ',') {
    f.thousands = ',';
    pos++;
  }
  if (pos < end && cs[pos] === '_') {
    if (f.thousands !== '') throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
    f.thousands = '_';
    pos++;
  }
  if (pos < end && cs[pos] === ',' && f.thousands === '_') {
    throw new FormatError('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (pos < end && cs[pos] === '.') {
    pos++;
    f.precision = readInt();
    if (f.precision === -1) throw new FormatError('ValueError', 'Format specifier missing precision');
  }
  if (end - pos > 1) {
    throw new FormatError('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos === 1) f.type = cs[pos];
  if (f.thousands !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.thousands === '_') break; // grouped by four (PEP 515)
      // falls through
      default:
        throw new FormatError('ValueError', `Cannot specify '${f.thousands}' with '${codeChar(f.type)}'.`);
    }
  }
  return f;
}

// Parsed specs by spec text, one cache per object kind (f-string specs are constants, so the
// same few strings come back again and again). Only successful parses are cached; entries are
// never mutated.
const INT_SPECS = new Map<string, FormatSpec>();
const FLOAT_SPECS = new Map<string, FormatSpec>();
const STR_SPECS = new Map<string, FormatSpec>();

function cachedSpec(
  cache: Map<string, FormatSpec>,
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: string,
): FormatSpec {
  let f = cache.get(spec);
  if (f === undefined) {
    f = parseFormatSpec(spec, typeName, defaultType, defaultAlign);
    if (cache.size >= 512) cache.clear();
    cache.set(spec, f);
  }
  return f;
}

function unknownCode(type: string, typeName: string): FormatError {
  return new FormatError('ValueError', `Unknown format code '${codeChar(type)}' for object of type '${typeName}'`);
}

// ---- number layout (calc_number_widths + fill_number) ---------------------------------------

/** _PyUnicode_InsertThousandsGrouping: groups from the right, zero-padding up to minWidth. */
function groupDigits(digits: string, minWidth: number, groupLen: number, sep: string): string {
  if (minWidth < 0) minWidth = 0;
  if (groupLen === 0 && digits.length >= minWidth) return digits;
  let remaining = digits.length;
  let pos = digits.length;
  const parts: string[] = [];
  let useSep = false;
  let broken = false;
  if (groupLen > 0) {
    for (;;) {
      const len = Math.min(groupLen, Math.max(remaining, minWidth, 1));
      const nZeros = Math.max(0, len - remaining);
      const nChars = Math.max(0, Math.min(remaining, len));
      parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
      pos -= nChars;
      useSep = true;
      remaining -= nChars;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) {
    const len = Math.max(remaining, minWidth, 1);
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ''));
  }
  return parts.reverse().join('');
}

/**
 * Lays out  <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>  as fill_number.
 * `digits` may be '' ('c' formatting, inf/nan), then only padding applies.
 */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  hasDecimal: boolean,
  remainder: string,
  groupLen: number,
  sep: string,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + cpLength(remainder);
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? '' : groupDigits(digits, minWidth, groupLen, sep);
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (nPadding > 0) {
    switch (f.align) {
      case '<':
        rpad = nPadding;
        break;
      case '^':
        lpad = Math.floor(nPadding / 2);
        rpad = nPadding - lpad;
        break;
      case '=':
        spad = nPadding;
        break;
      default:
        lpad = nPadding;
    }
  }
  return (
    (lpad ? f.fill.repeat(lpad) : '') +
    sign +
    prefix +
    (spad ? f.fill.repeat(spad) : '') +
    grouped +
    (hasDecimal ? '.' : '') +
    remainder +
    (rpad ? f.fill.repeat(rpad) : '')
  );
}

function grouping(f: FormatSpec, four: boolean): [number, string] {
  if (f.thousands === '' || f.type === 'n') return [0, ''];
  return [four && f.thousands === '_' ? 4 : 3, f.thousands];
}

// ---- int --------------------------------------------------------------------------------------

const LONG_MIN = -9223372036854775808n;
const LONG_MAX = 9223372036854775807n;

function formatLongInternal(x: PyInt, f: FormatSpec): string {
  if (f.precision !== -1) throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  }
  if (f.type === 'c') {
    if (f.sign !== '') throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    if (typeof x === 'bigint' && (x < LONG_MIN || x > LONG_MAX)) {
      throw new FormatError('OverflowError', 'Python int too large to convert to C long');
    }
    if (x < 0 || x > 0x10ffff) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', false, String.fromCodePoint(Number(x)), 0, '');
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
      base = 16;
      prefix = '0x';
      break;
    case 'X':
      base = 16;
      prefix = '0X';
      break;
  }
  let s = intToStr(x, base);
  const negative = s.charCodeAt(0) === 45;
  if (negative) s = s.slice(1);
  if (f.type === 'X') s = s.toUpperCase();
  const [g, sep] = grouping(f, base !== 10);
  return layoutNumber(f, negative, f.alternate ? prefix : '', s, false, '', g, sep);
}

/**
 * format(x, spec) for an int (int.__format__). typeName goes into error messages; for a bool
 * pass 'bool' (an empty spec then gives 'True'/'False' like str()).
 */
export function formatInt(x: PyInt, spec: string, typeName = 'int'): string {
  if (spec === '') {
    if (typeName === 'bool') return x ? 'True' : 'False';
    return intToStr(x, 10);
  }
  const f = cachedSpec(INT_SPECS, spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatLongInternal(x, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(intToFloat(x), f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

// ---- float ------------------------------------------------------------------------------------

function formatFloatInternal(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw new FormatError('ValueError', 'precision too big');
  let precision = f.precision;
  let defaultPrecision = 6;
  let type = f.type;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    // like 'g' with at least one digit after the point; repr when no precision is given
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let addPct = false;
  if (type === '%') {
    type = 'f';
    x *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(x, type, precision, flags);
  if (addPct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.thousands === '') return buf;
  const negative = buf.charCodeAt(0) === 45;
  const i = negative ? 1 : 0;
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const hasDecimal = buf.charCodeAt(j) === 46;
  const [g, sep] = grouping(f, false);
  return layoutNumber(f, negative, '', buf.slice(i, j), hasDecimal, buf.slice(hasDecimal ? j + 1 : j), g, sep);
}

/** format(x, spec) for a float (float.__format__). An empty spec gives str(x). */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = cachedSpec(FLOAT_SPECS, spec, typeName, '', '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(x, f);
    default:
      throw unknownCode(f.type, typeName);
  }
}

// ---- str --------------------------------------------------------------------------------------

/** format(s, spec) for a str (str.__format__): fill/align, width and precision (truncation). */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = cachedSpec(STR_SPECS, spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownCode(f.type, typeName);
  if (f.sign !== '') {
    throw new FormatError(
      'ValueError',
      f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier',
    );
  }
  if (f.noNeg0) {
    throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alternate) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    len = f.precision;
    s = Array.from(s).slice(0, len).join('');
  }
  const total = f.width > len ? f.width : len;
  const pad = total - len;
  let lpad = 0;
  if (f.align === '>') lpad = pad;
  else if (f.align === '^') lpad = Math.floor(pad / 2);
  return f.fill.repeat(lpad) + s + f.fill.repeat(pad - lpad);
}
