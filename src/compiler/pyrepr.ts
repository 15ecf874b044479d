// pyrepr.ts - Python's repr() of the literal values a code object carries (float, str, bytes),
// shared by the disassembler's constant column and the annotation unparser; float and str come
// from src/format, the runtime's own formatters.
// Must never: depend on the heap or the runtime's objects; these work on plain JS values.

// The runtime's formatters are CPython-exact and shared, so the listing prints what repr() would.
export { floatRepr } from '../format/float';
export { strRepr } from '../format/strmethods';

/** Python's repr of a bytes object. */
export function bytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const quote = hasSingle && !b.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}
