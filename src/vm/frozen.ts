// frozen.ts - "frozen" modules: pygil's own lib/*.py, compiled when pygil is built.
// Owns: the file format of dist/frozen/NAME.json (a module's source text and its compiled
// CodeSpec, written by scripts/freeze_lib.js), and the lookup that `import` makes before it
// compiles a file of lib/.
// Must never: hand out code for source that differs from the file on disk (each frozen file
// keeps the text it was compiled from, and a lookup compares it), or touch the heap: a CodeSpec
// is plain JS data, written into the heap by materializeCode when the module is imported.
//
// Why: CPython 3.11 freezes the modules it needs at start-up for the same reason
// (Tools/scripts/freeze_modules.py), and caches every other module's code in __pycache__. Here the
// front end is what costs: parsing and compiling threading.py's 1,000 lines took 130-290 ms on a
// cold run, more than the rest of a short threaded script. Loading its frozen form costs about
// a millisecond. (Keeping the code in the V8 start-up snapshot instead made the snapshot 1 MiB
// larger, and every start, importing or not, 5-9 ms slower.)
//
// The format is JSON, with what JSON cannot say spelled out: bytecode and bytes as base64, ints
// as decimal strings (they may be bigints), floats as the hex of their 8 bytes (NaN, infinities
// and -0.0 survive).

import * as fs from 'fs';
import * as path from 'path';
import { CodeSpec, ConstSpec } from '../code';

/** Where lib/ and its frozen forms are (set by cli.ts; unset in workers, which then compile). */
const places = { lib: '', frozen: '' };

export function setFrozenPlaces(libDir: string, frozenDir: string): void {
  places.lib = libDir;
  places.frozen = frozenDir;
}

/** The frozen code of `file` (an absolute path) if it is a lib/ module frozen from `source`; null otherwise. */
export function frozenCode(file: string, source: string): CodeSpec | null {
  if (places.lib === '' || path.dirname(file) !== places.lib) return null;
  let text: string;
  try {
    text = fs.readFileSync(path.join(places.frozen, path.basename(file, '.py') + '.json'), 'utf8');
  } catch {
    return null; // not frozen (built without it, or a module added since): compile it
  }
  const frozen = JSON.parse(text) as { source: string; code: object };
  return frozen.source === source ? decodeSpec(frozen.code as EncodedSpec, file) : null;
}

/** The text of a frozen file for `spec`, compiled from `source`. */
export function freeze(source: string, spec: CodeSpec): string {
  return JSON.stringify({ source, code: encodeSpec(spec) });
}

// ---------------------------------------------------------------- encoding

type EncodedConst =
  | { type: 'int'; value: string }
  | { type: 'float'; bits: string }
  | { type: 'bytes'; value: string }
  | { type: 'tuple'; items: EncodedConst[] }
  | { type: 'code'; code: EncodedSpec }
  | Exclude<ConstSpec, { type: 'int' | 'float' | 'bytes' | 'tuple' | 'code' }>;

type EncodedSpec = Omit<CodeSpec, 'code' | 'consts' | 'lines' | 'filename'> & { code: string; consts: EncodedConst[]; lines: number[] };

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

function encodeConst(c: ConstSpec): EncodedConst {
  switch (c.type) {
    case 'int': return { type: 'int', value: c.value.toString() };
    case 'float': f64[0] = c.value; return { type: 'float', bits: Buffer.from(f64Bytes).toString('hex') };
    case 'bytes': return { type: 'bytes', value: Buffer.from(c.value).toString('base64') };
    case 'tuple': return { type: 'tuple', items: c.items.map(encodeConst) };
    case 'code': return { type: 'code', code: encodeSpec(c.code) };
    default: return c;
  }
}

function encodeSpec(s: CodeSpec): EncodedSpec {
  // the file name is left out: the module's absolute path at run time is put back by decodeSpec
  const { filename: _filename, ...rest } = s;
  return { ...rest, code: Buffer.from(s.code).toString('base64'), consts: s.consts.map(encodeConst), lines: Array.from(s.lines) };
}

function decodeConst(c: EncodedConst, filename: string): ConstSpec {
  switch (c.type) {
    case 'int': return { type: 'int', value: BigInt(c.value) };
    case 'float': f64Bytes.set(Buffer.from(c.bits, 'hex')); return { type: 'float', value: f64[0] };
    case 'bytes': return { type: 'bytes', value: new Uint8Array(Buffer.from(c.value, 'base64')) };
    case 'tuple': return { type: 'tuple', items: c.items.map((i) => decodeConst(i, filename)) };
    case 'code': return { type: 'code', code: decodeSpec(c.code, filename) };
    default: return c;
  }
}

function decodeSpec(s: EncodedSpec, filename: string): CodeSpec {
  return {
    ...s,
    filename,
    code: new Uint8Array(Buffer.from(s.code, 'base64')),
    consts: s.consts.map((c) => decodeConst(c, filename)),
    lines: Int32Array.from(s.lines),
  };
}
