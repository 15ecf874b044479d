// fstring.ts - string atoms: joining adjacent str/bytes literals, and splitting f-strings into literal
// pieces and `{expr=!conv:spec}` fields as CPython 3.11's string_parser.c does, messages and quirks
// included (`{{` escapes only outside format specs; pieces get the whole literal's span).
// Must never: parse expressions itself - the host parses each field's text with the real parser.

import * as A from '../ast';
import { decodeEscapes, DecodeFail, PyToken, StringPayload, tokenPos } from '../../grammar/lexer';

export interface StringHost {
  /** Raises `msg` at the token after `t`: where CPython reports errors found inside string literals. */
  fail(msg: string, t: PyToken): never;
  /** Parses one field's expression text, whose first character is at (line, col) of the source. */
  parseField(text: string, line: number, col: number): A.Expr;
}

/** Conversion codes as CPython stores them: the character code of s, r or a. */
const CONVERSIONS = 'sra';
const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

type Part = string | A.FormattedValue;

/**
 * Adjacent literal text becomes one Constant; empty text disappears (CPython: `f''` has no values).
 * CPython 3.11 gives text that ends a format spec the span of the spec's token (`tail`), all else `pos`.
 */
function mergeParts(parts: Part[], pos: A.Pos, tail: A.Pos = pos): A.Expr[] {
  const out: A.Expr[] = [];
  let text = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      text += p;
      continue;
    }
    if (text !== '') out.push({ kind: 'Constant', value: { type: 'str', value: text }, ...pos });
    text = '';
    out.push(p);
  }
  if (text !== '') out.push({ kind: 'Constant', value: { type: 'str', value: text }, ...tail });
  return out;
}

/**
 * One atom made of adjacent string tokens ("a" 'b' f"{c}"): a Constant (str or bytes), or a
 * JoinedStr as soon as one of them is an f-string. `pos` spans all the tokens.
 */
export function buildStringAtom(tokens: PyToken[], pos: A.Pos, host: StringHost): A.Constant | A.JoinedStr {
  const payloads = tokens.map((t) => t.payload as StringPayload);
  const lastTok = tokens[tokens.length - 1];
  const bytesCount = payloads.filter((p) => p.isBytes).length;
  if (bytesCount > 0 && bytesCount < payloads.length) host.fail('cannot mix bytes and nonbytes literals', lastTok);
  if (bytesCount > 0) {
    const chunks = payloads.map((p) => p.value as Uint8Array);
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      joined.set(c, at);
      at += c.length;
    }
    return { kind: 'Constant', value: { type: 'bytes', value: joined }, ...pos };
  }
  if (!payloads.some((p) => p.isFormat)) {
    return { kind: 'Constant', value: { type: 'str', value: payloads.map((p) => p.value as string).join('') }, ...pos };
  }
  const parts: Part[] = [];
  tokens.forEach((t, i) => {
    const p = payloads[i];
    if (p.isFormat) new FStringReader(t, p, pos, host, lastTok).readParts(parts, 0, false);
    else parts.push(p.value as string);
  });
  return { kind: 'JoinedStr', values: mergeParts(parts, pos), ...pos };
}

class FStringReader {
  private i = 0;

  constructor(
    private readonly tok: PyToken,
    private readonly payload: StringPayload,
    /** the span of the whole concatenated literal */
    private readonly whole: A.Pos,
    private readonly host: StringHost,
    private readonly lastTok: PyToken,
  ) {}

  private fail(msg: string): never {
    return this.host.fail(msg, this.lastTok);
  }

  private decode(text: string): string {
    if (this.payload.isRaw) return text;
    const fail: DecodeFail = (msg) => this.fail(msg);
    return decodeEscapes(text, fail);
  }

  /** Source line and column of body[index]. */
  private where(index: number): [number, number] {
    const body = this.payload.body;
    let line = this.tok.startLine;
    let col = this.tok.startColumn + this.payload.prefix.length + this.payload.quote.length;
    for (let k = 0; k < index; k++) {
      if (body[k] === '\n') {
        line++;
        col = 0;
      } else {
        col++;
      }
    }
    return [line, col];
  }

  /**
   * Reads literal text and fields to the end of the body or, inside a format spec, up to the '}'
   * that closes the spec's field (left unread for the caller).
   */
  readParts(out: Part[], depth: number, inSpec: boolean): void {
    const body = this.payload.body;
    const n = body.length;
    let literal = '';
    const flush = (): void => {
      if (literal !== '') out.push(this.decode(literal));
      literal = '';
    };
    while (this.i < n) {
      const ch = body[this.i];
      if (ch === '\\' && !this.payload.isRaw && this.i + 1 < n) {
        const next = body[this.i + 1];
        if (next === 'N' && body[this.i + 2] === '{') {
          // \N{NAME} is an escape, not a field
          const close = body.indexOf('}', this.i + 3);
          if (close >= 0) {
            literal += body.slice(this.i, close + 1);
            this.i = close + 1;
            continue;
          }
        }
        // a backslash before a brace leaves the brace to be a brace, as in CPython
        literal += next === '{' || next === '}' ? ch : ch + next;
        this.i += next === '{' || next === '}' ? 1 : 2;
        continue;
      }
      if (ch === '{' || ch === '}') {
        if (!inSpec && body[this.i + 1] === ch) {
          literal += ch;
          this.i += 2;
          continue;
        }
        if (ch === '}') {
          if (inSpec) break;
          this.fail("f-string: single '}' is not allowed");
        }
        flush();
        this.i++;
        out.push(this.field(depth, out));
        continue;
      }
      literal += ch;
      this.i++;
    }
    flush();
  }

  /** Reads one field after its '{'; a self-documenting `x=` field first appends its text to `out`. */
  private field(depth: number, out: Part[]): A.FormattedValue {
    if (depth >= 2) this.fail('f-string: expressions nested too deeply');
    const body = this.payload.body;
    const n = body.length;
    const start = this.i;
    const open: string[] = [];
    let quote: string | null = null;
    let end = start;
    for (; end < n; end++) {
      const ch = body[end];
      if (ch === '\\') this.fail('f-string expression part cannot include a backslash');
      if (quote !== null) {
        if (body.startsWith(quote, end)) {
          end += quote.length - 1;
          quote = null;
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = body.startsWith(ch + ch + ch, end) ? ch + ch + ch : ch;
        end += quote.length - 1;
        continue;
      }
      if (ch === '(' || ch === '[' || ch === '{') {
        open.push(ch);
        continue;
      }
      if (ch === '#') this.fail("f-string expression part cannot include '#'");
      if (open.length === 0 && '!:}=<>'.includes(ch)) {
        // two-character operators do not end the expression, nor do lone < and >
        if (body[end + 1] === '=' && '!=<>'.includes(ch)) {
          end++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      }
      if (ch === ')' || ch === ']' || ch === '}') {
        const opener = open.pop();
        if (opener === undefined) this.fail(`f-string: unmatched '${ch}'`);
        if (CLOSER[opener] !== ch) this.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opener}'`);
      }
    }
    if (quote !== null) this.fail('f-string: unterminated string');
    if (end >= n) this.fail("f-string: expecting '}'");
    const text = body.slice(start, end);
    if (text.trim() === '') this.fail('f-string: empty expression not allowed');
    const [line, col] = this.where(start);
    const value = this.host.parseField(text, line, col);
    this.i = end;

    let selfDoc: string | null = null;
    if (body[this.i] === '=') {
      this.i++;
      while (this.i < n && /\s/.test(body[this.i])) this.i++;
      if (this.i >= n) this.fail("f-string: expecting '}'");
      selfDoc = body.slice(start, this.i);
    }
    let conversion = -1;
    if (body[this.i] === '!') {
      this.i++;
      if (this.i >= n) this.fail("f-string: expecting '}'");
      const c = body[this.i++];
      if (!CONVERSIONS.includes(c)) this.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c.charCodeAt(0);
    }
    if (this.i >= n) this.fail("f-string: expecting '}'");
    let formatSpec: A.JoinedStr | null = null;
    if (body[this.i] === ':') {
      this.i++;
      const parts: Part[] = [];
      this.readParts(parts, depth + 1, true);
      const own = tokenPos(this.tok);
      formatSpec = { kind: 'JoinedStr', values: mergeParts(parts, this.whole, own), ...own };
    }
    if (this.i >= n || body[this.i] !== '}') this.fail("f-string: expecting '}'");
    this.i++;
    if (selfDoc !== null) {
      out.push(selfDoc);
      // `f"{x=}"` shows repr(x) unless a conversion or a format spec says otherwise
      if (conversion === -1 && formatSpec === null) conversion = 'r'.charCodeAt(0);
    }
    return { kind: 'FormattedValue', value, conversion, formatSpec, ...this.whole };
  }
}
