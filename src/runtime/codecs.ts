// codecs.ts - text encodings: utf-8, ascii and latin-1, with CPython's names and error texts.
// Owns: normalising an encoding name, encoding a JS string to bytes and decoding bytes to a JS
// string under errors='strict' | 'ignore' | 'replace', and the UnicodeError messages.
// Must never: touch the heap beyond raising; callers wrap the results in objects.
//
// Decoding is done here byte by byte rather than with TextDecoder so that a strict failure can
// name the offending byte, its position and CPython's reason ("invalid start byte", ...).

import { raise } from './errors';
import { exc } from '../objects/exception';
import { asciiEscape } from '../format/strmethods';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** The codec for a Python encoding name (case, '-' and '_' ignored as CPython does); LookupError if unknown. */
export function codecOf(name: string): Codec {
  const n = name.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'utf') return 'utf-8';
  if (n === 'ascii' || n === 'usascii' || n === '646') return 'ascii';
  if (n === 'latin1' || n === 'latin' || n === 'l1' || n === 'iso88591' || n === '8859' || n === 'cp819') return 'latin-1';
  return raise(exc.LookupError, `unknown encoding: ${name}`);
}

function checkErrors(errors: string): void {
  if (errors !== 'strict' && errors !== 'ignore' && errors !== 'replace') {
    raise(exc.LookupError, `unknown error handler name '${errors}'`);
  }
}

/** A str with a lone surrogate (which UTF-8 cannot encode)? */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * str.encode: the bytes of s in `encoding`. Characters the codec cannot take are handled in runs, as CPython's
 * error handlers see them: 'strict' names one character or a range of positions.
 */
export function encodeText(s: string, encoding: string, errors = 'strict'): Uint8Array {
  const codec = codecOf(encoding);
  if (codec === 'utf-8' && !LONE_SURROGATE.test(s)) return new Uint8Array(Buffer.from(s, 'utf8'));
  const limit = codec === 'ascii' ? 0x80 : codec === 'latin-1' ? 0x100 : 0x110000;
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const bad = (cp: number): boolean => cp >= limit || (codec === 'utf-8' && cp >= 0xd800 && cp <= 0xdfff);
  const ascii = (text: string, out: number[]): void => { for (let k = 0; k < text.length; k++) out.push(text.charCodeAt(k)); };
  const out: number[] = [];
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (codec !== 'utf-8') out.push(cp);
      else out.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
      continue;
    }
    let j = i;
    while (j + 1 < cps.length && bad(cps[j + 1])) j++;
    switch (errors) {
      case 'strict': {
        const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
        const where = i === j ? `character '${asciiEscape(String.fromCodePoint(cp))}' in position ${i}`
          : `characters in position ${i}-${j}`;
        raise(exc.UnicodeEncodeError, `'${codec}' codec can't encode ${where}: ${reason}`);
        break;
      }
      case 'ignore': break;
      case 'replace': for (let k = i; k <= j; k++) out.push(63); break;
      case 'backslashreplace': for (let k = i; k <= j; k++) ascii(asciiEscape(String.fromCodePoint(cps[k])), out); break;
      case 'xmlcharrefreplace': for (let k = i; k <= j; k++) ascii(`&#${cps[k]};`, out); break;
      default: raise(exc.LookupError, `unknown error handler name '${errors}'`);
    }
    i = j;
  }
  return Uint8Array.from(out);
}

/**
 * Length of the valid UTF-8 sequence starting at i, or -(reason + 4 * k) for an invalid one,
 * where reason is 1 invalid start byte, 2 invalid continuation byte, 3 unexpected end of data,
 * and k the bytes it spans (the start byte and the valid continuations after it): CPython
 * reports and replaces those k bytes as one error.
 */
function utf8SeqLen(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let need: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
  else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
  else return -(1 + 4);
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return -(3 + 4 * k);
    const x = b[i + k];
    if (x < (k === 1 ? lo : 0x80) || x > (k === 1 ? hi : 0xbf)) return -(2 + 4 * k);
  }
  return need + 1;
}

const REASONS = ['', 'invalid start byte', 'invalid continuation byte', 'unexpected end of data'];

/** bytes.decode: the text of data in `codec`. */
export function decodeBytes(data: Uint8Array, codec: Codec, errors = 'strict'): string {
  checkErrors(errors);
  const parts: string[] = [];
  let run = '';
  const bad = (i: number, reason: string, span = 1): void => {
    if (errors === 'strict') {
      const what = span === 1 ? `byte 0x${data[i].toString(16).padStart(2, '0')} in position ${i}` : `bytes in position ${i}-${i + span - 1}`;
      raise(exc.UnicodeDecodeError, `'${codec}' codec can't decode ${what}: ${reason}`);
    }
    if (errors === 'replace') run += '\ufffd';
  };
  for (let i = 0; i < data.length;) {
    const c = data[i];
    if (codec === 'latin-1' || c < 0x80) { run += String.fromCharCode(c); i++; }
    else if (codec === 'ascii') { bad(i, 'ordinal not in range(128)'); i++; }
    else {
      const n = utf8SeqLen(data, i);
      if (n < 0) {
        bad(i, REASONS[-n & 3], -n >> 2);
        i += -n >> 2;
        continue;
      }
      let cp = n === 2 ? c & 0x1f : n === 3 ? c & 0x0f : c & 0x07;
      for (let k = 1; k < n; k++) cp = (cp << 6) | (data[i + k] & 63);
      run += String.fromCodePoint(cp);
      i += n;
    }
    if (run.length > 4096) { parts.push(run); run = ''; }
  }
  parts.push(run);
  return parts.join('');
}
