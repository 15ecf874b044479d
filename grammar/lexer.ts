// lexer.ts - Python source text -> chevrotain tokens, following CPython 3.11's tokenizer (Parser/tokenizer.c).
// Owns: INDENT/DEDENT/NEWLINE, implicit line joining inside brackets, backslash continuation, number and
// string literal scanning and decoding, and every error CPython's tokenizer raises, with its position.
// Must never: keep state outside one `tokenize` call (no module-level mutable state), or look at the
// grammar: it does not know which tokens may follow which.

import type { IToken } from 'chevrotain';
import { ConstantValue, Pos } from '../src/ast';
import { PySyntaxError, SyntaxErrorKind } from '../src/syntax_error';
import * as T from './tokens';

/**
 * A chevrotain token with CPython's coordinates: startLine/endLine 1-based, startColumn 0-based,
 * endColumn exclusive (CPython's col_offset/end_col_offset, counted in UTF-16 code units rather than
 * UTF-8 bytes). startOffset/endOffset index the normalised source, endOffset inclusive as chevrotain
 * expects (startOffset - 1 for the zero-width layout tokens).
 */
export interface PyToken extends IToken {
  startLine: number;
  startColumn: number;
  endOffset: number;
  endLine: number;
  endColumn: number;
}

/** A token's span in the AST's coordinates. */
export function tokenPos(t: PyToken): Pos {
  return { line: t.startLine, col: t.startColumn, endLine: t.endLine, endCol: t.endColumn };
}

/** What a String token carries. The parser joins adjacent ones; fstring.ts reads `body` of f-strings. */
export interface StringPayload {
  /** the prefix letters, lower-cased ('', 'r', 'b', 'rb', 'f', 'fr', 'u', ...) */
  readonly prefix: string;
  readonly isBytes: boolean;
  readonly isRaw: boolean;
  readonly isFormat: boolean;
  /** the opening (and closing) quote: ' " ''' or """ */
  readonly quote: string;
  /** the text between the quotes, undecoded; it starts on the token's first line, after prefix and quote */
  readonly body: string;
  /** the decoded value; null for f-strings, whose pieces fstring.ts decodes */
  readonly value: string | Uint8Array | null;
}

/** Why the token stream stops early; the parser error at Endmarker is then reported as this instead. */
export type Truncation =
  | { readonly kind: 'bracket'; readonly char: string; readonly line: number; readonly col: number }
  | { readonly kind: 'eof'; readonly line: number; readonly col: number };

export interface LexResult {
  readonly tokens: PyToken[];
  /** the source lines after newline normalisation, without their '\n' (lines[0] is line 1) */
  readonly lines: string[];
  /** set when input ended inside brackets or right after a backslash continuation */
  readonly truncated: Truncation | null;
}

const TAB_SIZE = 8;
const MAX_INDENT = 100;
const MAX_PAREN_DEPTH = 200;

/** CPython reads source with universal newlines and always sees a final '\n'. */
export function normalizeSource(source: string): string {
  let s = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (s.length > 0 && !s.endsWith('\n')) s += '\n';
  return s;
}

function isDigit(c: string): boolean { return c >= '0' && c <= '9'; }
function isHexDigit(c: string): boolean { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
function isAsciiIdStart(c: string): boolean { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_'; }
/** CPython's is_potential_identifier_char: anything non-ASCII may continue a name until verified. */
function isPotentialIdChar(c: string): boolean { return isAsciiIdStart(c) || isDigit(c) || c.charCodeAt(0) >= 128; }

const ID_START = /^[_\p{ID_Start}]$/u;
const ID_CONTINUE = /^[\p{ID_Continue}]$/u;
/**
 * Characters Python's str.isprintable() refuses. Only ever asked on the way to an error, so the
 * Unicode classes are not compiled at start-up.
 */
function isNonPrintable(ch: string): boolean {
  return /^[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}]$/u.test(ch);
}
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf']);
/** Words that may directly follow a number literal (`1if x else y`) with only a warning in CPython. */
const AFTER_NUMBER_OK = ['and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'];

function codePointLabel(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

export function tokenize(source: string, filename: string): LexResult {
  const src = normalizeSource(source);
  const lines = src.split('\n');
  lines.pop(); // the text after the final '\n'
  const tokens: PyToken[] = [];
  const n = src.length;

  let pos = 0; // next character to read
  let line = 1;
  let lineStart = 0; // offset of the current line's first character
  const indents = [0];
  const altIndents = [0]; // indentation measured with tabs as one column, to detect tab/space mix-ups
  const brackets: { char: string; line: number; col: number }[] = [];
  let truncated: Truncation | null = null;

  const lineText = (ln: number): string => lines[ln - 1] ?? '';

  function fail(kind: SyntaxErrorKind, msg: string, ln: number, offset: number, endOffset?: number): never {
    throw new PySyntaxError(kind, msg, filename, ln, offset, lineText(ln), endOffset ?? offset + 1);
  }
  /** CPython's tokenizer `syntaxerror`: the caret sits on the character before `at`. */
  function failAtCursor(msg: string, at: number): never {
    fail('SyntaxError', msg, line, at - lineStart, at - lineStart);
  }

  function push(type: T.TokenType, start: number, end: number, startLine: number, startCol: number, payload?: unknown): PyToken {
    const tok: PyToken = {
      image: src.slice(start, end),
      startOffset: start,
      endOffset: end - 1,
      startLine,
      startColumn: startCol,
      endLine: line,
      endColumn: end - lineStart,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
      payload,
    };
    tokens.push(tok);
    return tok;
  }

  function pushLayout(type: T.TokenType, offset: number, ln: number, col: number): void {
    tokens.push({
      image: '', startOffset: offset, endOffset: offset - 1, startLine: ln, startColumn: col,
      endLine: ln, endColumn: col, tokenType: type, tokenTypeIdx: type.tokenTypeIdx!,
    });
  }

  /** Measures the indentation of a new logical line and queues INDENT/DEDENT; false for a blank line. */
  function indentation(): boolean {
    let col = 0;
    let altCol = 0;
    let i = pos;
    for (; i < n; i++) {
      const c = src[i];
      if (c === ' ') { col++; altCol++; }
      else if (c === '\t') { col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE; altCol++; }
      else if (c === '\f') { col = altCol = 0; }
      else break;
    }
    pos = i;
    if (i >= n || src[i] === '#' || src[i] === '\n') return false;
    const here = i - lineStart;
    const top = indents.length - 1;
    const tabError = (): never => fail('TabError', 'inconsistent use of tabs and spaces in indentation', line, 1, 1);
    if (col === indents[top]) {
      if (altCol !== altIndents[top]) tabError();
    } else if (col > indents[top]) {
      if (indents.length >= MAX_INDENT) fail('IndentationError', 'too many levels of indentation', line, here + 1);
      if (altCol <= altIndents[top]) tabError();
      indents.push(col);
      altIndents.push(altCol);
      pushLayout(T.Indent, i, line, here);
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]) {
        indents.pop();
        altIndents.pop();
        pushLayout(T.Dedent, i, line, here);
      }
      if (col !== indents[indents.length - 1]) {
        const len = lineText(line).length;
        fail('IndentationError', 'unindent does not match any outer indentation level', line, len + 1, len + 1);
      }
      if (altCol !== altIndents[altIndents.length - 1]) tabError();
    }
    return true;
  }

  function scanName(start: number): void {
    const startCol = start - lineStart;
    let i = start;
    let ascii = true;
    while (i < n && isPotentialIdChar(src[i])) {
      if (src.charCodeAt(i) >= 128) ascii = false;
      i++;
    }
    let word = src.slice(start, i);
    if (!ascii) {
      // Only now check the non-ASCII characters, as CPython's verify_identifier does.
      let first = true;
      for (const ch of word) {
        if (!(first ? ID_START : ID_CONTINUE).test(ch)) {
          const at = start + word.indexOf(ch) - lineStart;
          const cp = ch.codePointAt(0)!;
          if (isNonPrintable(ch)) fail('SyntaxError', `invalid non-printable character U+${codePointLabel(cp)}`, line, at + 1, at + 1);
          fail('SyntaxError', `invalid character '${ch}' (U+${codePointLabel(cp)})`, line, at + 1, at + 1);
        }
        first = false;
      }
      word = word.normalize('NFKC');
    }
    const quote = src[i];
    if ((quote === '"' || quote === "'") && STRING_PREFIXES.has(word.toLowerCase())) {
      scanString(start, word.toLowerCase(), i);
      return;
    }
    pos = i;
    const kw = T.keywords.get(word);
    const tok = push(kw ?? T.Name, start, i, line, startCol);
    if (!kw && !ascii) tok.image = word;
  }

  /**
   * Scans one string literal whose quote starts at `q`; `start` is where its prefix starts.
   * Newlines inside triple quotes (and escaped newlines in single quotes) move the line counter.
   */
  function scanString(start: number, prefix: string, q: number): void {
    const startLine = line;
    const startCol = start - lineStart;
    const quoteChar = src[q];
    const triple = src[q + 1] === quoteChar && src[q + 2] === quoteChar;
    const quoteLen = triple ? 3 : 1;
    const bodyStart = q + quoteLen;
    let i = bodyStart;
    for (;;) {
      if (i >= n) {
        const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
        fail('SyntaxError', `${what} (detected at line ${lines.length})`, startLine, startCol + 1, startCol + 1);
      }
      const c = src[i];
      if (c === quoteChar && (!triple || (src[i + 1] === quoteChar && src[i + 2] === quoteChar))) break;
      if (c === '\n') {
        if (!triple) {
          fail('SyntaxError', `unterminated string literal (detected at line ${line})`, startLine, startCol + 1, startCol + 1);
        }
        line++;
        lineStart = i + 1;
      } else if (c === '\\' && i + 1 < n) {
        i++;
        if (src[i] === '\n') { line++; lineStart = i + 1; }
      }
      i++;
    }
    const body = src.slice(bodyStart, i);
    pos = i + quoteLen;
    const isBytes = prefix.includes('b');
    const isRaw = prefix.includes('r');
    const isFormat = prefix.includes('f');
    const tok = push(T.StringLit, start, pos, startLine, startCol);
    let value: string | Uint8Array | null = null;
    if (!isFormat) {
      const decodeFail: DecodeFail = (msg, atLiteral) => {
        if (atLiteral) fail('SyntaxError', msg, startLine, startCol + 1, tok.endLine === startLine ? tok.endColumn + 1 : startCol + 2);
        return fail('SyntaxError', msg, tok.endLine, tok.endColumn + 1, tok.endColumn + 1);
      };
      value = isBytes ? decodeBytes(body, isRaw, decodeFail) : isRaw ? body : decodeEscapes(body, decodeFail);
    }
    const payload: StringPayload = { prefix, isBytes, isRaw, isFormat, quote: src.slice(q, bodyStart), body, value };
    tok.payload = payload;
  }

  /** Reads the digits after a first digit, allowing single underscores between digits (tok_decimal_tail). */
  function decimalTail(i: number): number {
    for (;;) {
      while (isDigit(src[i] ?? '')) i++;
      if (src[i] !== '_') return i;
      if (!isDigit(src[i + 1] ?? '')) failAtCursor('invalid decimal literal', i + 1);
      i += 2;
    }
  }

  /** CPython's verify_end_of_number: a literal may not run into a name (except a few keywords). */
  function checkEndOfNumber(i: number, kind: string): void {
    const c = src[i] ?? '';
    if (!isPotentialIdChar(c)) return;
    // CPython only peeks far enough to tell these words apart ("1if", "1in", "1is" all pass on "i" + one letter)
    if (AFTER_NUMBER_OK.some((w) => src.startsWith(w[0] === 'i' ? w.slice(0, 2) : w, i))) return;
    failAtCursor(`invalid ${kind} literal`, i);
  }

  function radixDigits(i: number, kind: string, valid: (c: string) => boolean): number {
    // i is just past the 0x / 0o / 0b prefix: at least one digit, single underscores between digits
    do {
      if (src[i] === '_') i++;
      if (!valid(src[i] ?? '')) {
        if (kind !== 'hexadecimal' && isDigit(src[i] ?? '')) failAtCursor(`invalid digit '${src[i]}' in ${kind} literal`, i + 1);
        failAtCursor(`invalid ${kind} literal`, i);
      }
      while (valid(src[i] ?? '')) i++;
    } while (src[i] === '_');
    if (kind !== 'hexadecimal' && isDigit(src[i] ?? '')) failAtCursor(`invalid digit '${src[i]}' in ${kind} literal`, i + 1);
    checkEndOfNumber(i, kind);
    return i;
  }

  function scanNumber(start: number): void {
    const startCol = start - lineStart;
    let i = start;
    let value: ConstantValue;
    const c1 = (src[i + 1] ?? '').toLowerCase();
    if (src[i] === '0' && (c1 === 'x' || c1 === 'o' || c1 === 'b')) {
      const kind = c1 === 'x' ? 'hexadecimal' : c1 === 'o' ? 'octal' : 'binary';
      const valid = c1 === 'x' ? isHexDigit : c1 === 'o' ? (c: string) => c >= '0' && c <= '7' : (c: string) => c === '0' || c === '1';
      i = radixDigits(i + 2, kind, valid);
      value = { type: 'int', value: BigInt('0' + c1 + src.slice(start + 2, i).replace(/_/g, '')) };
    } else {
      let isFloat = false;
      if (src[i] === '0') {
        // "0", "00", "0_0" are fine; other leading zeros are the old octal syntax, which is refused
        i++;
        for (;;) {
          if (src[i] === '_') {
            if (!isDigit(src[i + 1] ?? '')) failAtCursor('invalid decimal literal', i + 1);
            i++;
          }
          if (src[i] !== '0') break;
          i++;
        }
        const zerosEnd = i;
        let nonzero = false;
        if (isDigit(src[i] ?? '')) { nonzero = true; i = decimalTail(i); }
        const c = src[i] ?? '';
        if (nonzero && c !== '.' && c !== 'e' && c !== 'E' && c !== 'j' && c !== 'J') {
          fail('SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
            line, startCol + 1, zerosEnd - lineStart + 1);
        }
      } else if (src[i] !== '.') {
        i = decimalTail(i);
      }
      if (src[i] === '.') {
        isFloat = true;
        i++;
        if (isDigit(src[i] ?? '')) i = decimalTail(i);
      }
      if (src[i] === 'e' || src[i] === 'E') {
        const e = i;
        i++;
        if (src[i] === '+' || src[i] === '-') {
          i++;
          if (!isDigit(src[i] ?? '')) failAtCursor('invalid decimal literal', i);
        }
        if (isDigit(src[i] ?? '')) {
          isFloat = true;
          i = decimalTail(i);
        } else {
          // not an exponent after all: "1else" is allowed, "1e" / "1ex" are not
          checkEndOfNumber(e, 'decimal');
          i = e;
        }
      }
      const text = src.slice(start, i).replace(/_/g, '');
      if (src[i] === 'j' || src[i] === 'J') {
        i++;
        checkEndOfNumber(i, 'imaginary');
        value = { type: 'complex', imag: Number(text) };
      } else {
        checkEndOfNumber(i, 'decimal');
        value = isFloat ? { type: 'float', value: Number(text) } : { type: 'int', value: BigInt(text) };
      }
    }
    pos = i;
    push(T.NumberLit, start, i, line, startCol, value);
  }

  function scanOperator(start: number): boolean {
    for (const len of [3, 2, 1]) {
      const text = src.slice(start, start + len);
      const type = T.operators.get(text);
      if (!type) continue;
      pos = start + len;
      const col = start - lineStart;
      if (type === T.LParen || type === T.LBrack || type === T.LBrace) {
        if (brackets.length >= MAX_PAREN_DEPTH) fail('SyntaxError', 'too many nested parentheses', line, col + 1);
        brackets.push({ char: text, line, col });
      } else if (type === T.RParen || type === T.RBrack || type === T.RBrace) {
        const open = brackets.pop();
        if (!open) fail('SyntaxError', `unmatched '${text}'`, line, col + 1, col + 1);
        const expected = open.char === '(' ? ')' : open.char === '[' ? ']' : '}';
        if (text !== expected) {
          const where = open.line !== line ? ` on line ${open.line}` : '';
          fail('SyntaxError', `closing parenthesis '${text}' does not match opening parenthesis '${open.char}'${where}`, line, col + 1, col + 1);
        }
      }
      push(type, start, pos, line, col);
      return true;
    }
    return false;
  }

  let atLineStart = true;
  while (pos < n) {
    if (atLineStart) {
      atLineStart = false;
      if (brackets.length === 0 && !indentation()) {
        // blank or comment-only line: no tokens, no indentation change
        while (pos < n && src[pos] !== '\n') pos++;
        pos++;
        line++;
        lineStart = pos;
        atLineStart = true;
        continue;
      }
    }
    const c = src[pos];
    if (c === ' ' || c === '\t' || c === '\f') { pos++; continue; }
    if (c === '#') {
      while (src[pos] !== '\n') pos++;
      continue;
    }
    if (c === '\n') {
      if (brackets.length === 0) pushLayout(T.Newline, pos, line, pos - lineStart);
      pos++;
      line++;
      lineStart = pos;
      atLineStart = brackets.length === 0;
      continue;
    }
    if (c === '\\') {
      if (src[pos + 1] !== '\n') {
        const col = pos - lineStart;
        fail('SyntaxError', 'unexpected character after line continuation character', line, col + 2, col + 2);
      }
      if (pos + 2 >= n) {
        // a backslash on the last line: the statement can never be completed
        truncated = brackets.length > 0 ? { kind: 'bracket', ...brackets[brackets.length - 1] } : { kind: 'eof', line, col: lineText(line).length };
        pos = n;
        break;
      }
      pos += 2;
      line++;
      lineStart = pos;
      continue;
    }
    if (isAsciiIdStart(c) || c.charCodeAt(0) >= 128) {
      const cp = src.codePointAt(pos)!;
      const ch = String.fromCodePoint(cp);
      if (cp >= 128 && !ID_START.test(ch)) {
        const col = pos - lineStart;
        if (isNonPrintable(ch)) fail('SyntaxError', `invalid non-printable character U+${codePointLabel(cp)}`, line, col + 1, col + 1);
        fail('SyntaxError', `invalid character '${ch}' (U+${codePointLabel(cp)})`, line, col + 1, col + 1);
      }
      scanName(pos);
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(src[pos + 1] ?? ''))) { scanNumber(pos); continue; }
    if (c === '"' || c === "'") { scanString(pos, '', pos); continue; }
    if (scanOperator(pos)) continue;
    const col = pos - lineStart;
    if (isNonPrintable(c)) fail('SyntaxError', `invalid non-printable character U+${codePointLabel(c.charCodeAt(0))}`, line, col + 1, col + 1);
    // $ ? ! and ` are not tokens; CPython hands them to the parser, which reports "invalid syntax"
    push(T.ErrorToken, pos, pos + 1, line, col);
    pos++;
  }

  // End of input: CPython reports errors found here on the last line, just past its end.
  const lastLine = Math.max(lines.length, 1);
  const lastCol = lineText(lastLine).length;
  if (brackets.length > 0 && truncated === null) truncated = { kind: 'bracket', ...brackets[brackets.length - 1] };
  if (truncated === null) {
    for (let k = indents.length - 1; k > 0; k--) pushLayout(T.Dedent, n, lastLine, lastCol);
  }
  pushLayout(T.Endmarker, n, lastLine, lastCol);
  return { tokens, lines, truncated };
}

// ---------------------------------------------------------------- escape decoding

/**
 * How a decoding error is raised: `atLiteral` errors point at the literal itself, the others
 * just past it (where CPython's parser stood when it decoded the literal).
 */
export type DecodeFail = (msg: string, atLiteral: boolean) => never;

const SIMPLE_ESCAPES: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function unicodeError(fail: DecodeFail, from: number, to: number, what: string): never {
  return fail(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${from}-${to}: ${what}`, false);
}

/** Decodes the escapes of a non-raw str literal body (or of one literal piece of an f-string). */
export function decodeEscapes(body: string, fail: DecodeFail): string {
  if (!body.includes('\\')) return body;
  let out = '';
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c !== '\\' || i + 1 >= n) { out += c; continue; }
    const e = body[++i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) { out += simple; continue; }
    if (e >= '0' && e <= '7') {
      let j = i;
      while (j < i + 3 && j < n && body[j] >= '0' && body[j] <= '7') j++;
      out += String.fromCharCode(parseInt(body.slice(i, j), 8));
      i = j - 1;
      continue;
    }
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 1, i + 1 + width);
      if (hex.length < width || !/^[0-9a-fA-F]+$/.test(hex)) {
        let end = i + 1;
        while (end < n && end < i + 1 + width && isHexDigit(body[end])) end++;
        unicodeError(fail, i - 1, end - 1, `truncated ${e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX'} escape`);
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff) unicodeError(fail, i - 1, i + width, 'illegal Unicode character');
      out += String.fromCodePoint(cp);
      i += width;
      continue;
    }
    if (e === 'N') {
      const close = body.indexOf('}', i);
      if (body[i + 1] !== '{' || close < 0) unicodeError(fail, i - 1, i, 'malformed \\N character escape');
      unicodeError(fail, i - 1, close, '\\N{...} escapes are not supported by pygil');
    }
    // an unknown escape keeps its backslash (CPython only warns)
    out += '\\' + e;
  }
  return out;
}

/** Decodes a bytes literal body; only ASCII characters may appear literally. */
export function decodeBytes(body: string, raw: boolean, fail: DecodeFail): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    if (code >= 128) fail('bytes can only contain ASCII literal characters', true);
    if (raw || body[i] !== '\\' || i + 1 >= n) { out.push(code); continue; }
    const e = body[++i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple !== '') out.push(simple.charCodeAt(0));
      continue;
    }
    if (e >= '0' && e <= '7') {
      let j = i;
      while (j < i + 3 && j < n && body[j] >= '0' && body[j] <= '7') j++;
      out.push(parseInt(body.slice(i, j), 8) & 0xff);
      i = j - 1;
      continue;
    }
    if (e === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail(`(value error) invalid \\x escape at position ${i - 1}`, false);
      out.push(parseInt(hex, 16));
      i += 2;
      continue;
    }
    if (e.charCodeAt(0) >= 128) fail('bytes can only contain ASCII literal characters', true);
    out.push(0x5c, e.charCodeAt(0));
  }
  return Uint8Array.from(out);
}
