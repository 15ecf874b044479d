// oracle.ts - test helper: runs CPython (test/format/oracle.py) once over a batch of cases and
// compares src/format's answers with it. Also a seeded PRNG and value generators, so every
// failure is reproducible.

import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FormatError } from '../../src/format/errors';

export type PyInt = number | bigint;

// ---- encoding shared with oracle.py -------------------------------------------------------

const dv = new DataView(new ArrayBuffer(8));

export function floatBits(x: number): string {
  dv.setFloat64(0, x);
  return dv.getUint32(0).toString(16).padStart(8, '0') + dv.getUint32(4).toString(16).padStart(8, '0');
}
export function bitsFloat(hex: string): number {
  dv.setUint32(0, parseInt(hex.slice(0, 8), 16));
  dv.setUint32(4, parseInt(hex.slice(8), 16));
  return dv.getFloat64(0);
}
/** Encodes a float argument. */
export const F = (x: number) => ({ f: floatBits(x) });
/** Encodes an int argument. */
export const I = (x: PyInt) => ({ i: hexInt(x) });

function hexInt(x: PyInt): string {
  const v = BigInt(x);
  return v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16);
}
function parseHexInt(s: string): bigint {
  return s[0] === '-' ? -BigInt(s.slice(1)) : BigInt(s);
}
export const T = (xs: unknown[]) => ({ t: xs });
export const L = (xs: unknown[]) => ({ l: xs });
export const D = (o: Record<string, unknown>) => ({ d: o });

/** Runs oracle.py over all cases in ONE python3 process; returns one encoded result per case. */
export function runOracle(cases: unknown[][]): unknown[] {
  const file = path.join(os.tmpdir(), `pygil-format-${process.pid}-${Date.now()}-${Math.floor(Math.random() * 1e9)}.json`);
  fs.writeFileSync(file, JSON.stringify(cases));
  try {
    const out = execFileSync('python3', [path.join(__dirname, 'oracle.py'), file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const res = JSON.parse(out) as unknown[];
    if (res.length !== cases.length) throw new Error('oracle returned a wrong number of results');
    return res;
  } finally {
    fs.unlinkSync(file);
  }
}

// ---- comparison ---------------------------------------------------------------------------

function show(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() + 'n' : x));
}

function cmpValue(exp: unknown, act: unknown): string | null {
  if (exp === null || typeof exp !== 'object') {
    return exp === act ? null : `expected ${show(exp)}, got ${show(act)}`;
  }
  if (Array.isArray(exp)) {
    if (!Array.isArray(act) || act.length !== exp.length) return `expected ${show(exp)}, got ${show(act)}`;
    for (let i = 0; i < exp.length; i++) {
      const m = cmpValue(exp[i], act[i]);
      if (m) return `[${i}]: ${m}`;
    }
    return null;
  }
  const e = exp as Record<string, string>;
  if ('f' in e) {
    if (typeof act !== 'number') return `expected float ${bitsFloat(e.f)}, got ${show(act)}`;
    const want = bitsFloat(e.f);
    if (want !== want && act !== act) return null;
    return floatBits(act) === e.f ? null : `expected float ${want} (${e.f}), got ${act} (${floatBits(act)})`;
  }
  if ('i' in e) {
    if (typeof act === 'number') {
      if (!Number.isSafeInteger(act) || Object.is(act, -0)) return `int result not a safe integer: ${act}`;
    } else if (typeof act === 'bigint') {
      if (act >= -9007199254740991n && act <= 9007199254740991n) return `unnormalized bigint ${act}`;
    } else return `expected int ${e.i}, got ${show(act)}`;
    const want = parseHexInt(e.i);
    return BigInt(act) === want ? null : `expected int ${want}, got ${String(act)}`;
  }
  return `unexpected oracle value ${show(exp)}`;
}

/**
 * Compares CPython's encoded result with running `fn`: values must match exactly (floats bit
 * for bit), exceptions by class and message. {complex:true} from CPython must be a ValueError.
 */
export function check(exp: unknown, fn: () => unknown): string | null {
  let act: unknown;
  let err: unknown = null;
  try {
    act = fn();
  } catch (e) {
    err = e;
  }
  const e = exp as Record<string, unknown> | null;
  if (e && typeof e === 'object' && !Array.isArray(e) && 'err' in e) {
    if (!(err instanceof FormatError)) {
      return `expected ${e.err}: ${e.msg}, got ${err ? String(err) : show(act)}`;
    }
    if (err.type !== e.err || err.message !== e.msg) return `expected ${e.err}: ${e.msg}, got ${err.type}: ${err.message}`;
    return null;
  }
  if (e && typeof e === 'object' && !Array.isArray(e) && 'complex' in e) {
    if (err instanceof FormatError && err.type === 'ValueError') return null;
    return `expected ValueError (complex result), got ${err ? String(err) : show(act)}`;
  }
  if (err) return `expected ${show(exp)}, threw ${err instanceof FormatError ? err.type + ': ' + err.message : String(err)}`;
  return cmpValue(exp, act);
}

/**
 * A batch: cases are added with the JS thunk that must reproduce CPython's answer, then
 * `run()` asks CPython once and returns mismatches grouped by label.
 */
export class Batch {
  private cases: unknown[][] = [];
  private thunks: Array<() => unknown> = [];
  private labels: string[] = [];
  private results: unknown[] | null = null;

  add(label: string, pyCase: unknown[], thunk: () => unknown): void {
    this.cases.push(pyCase);
    this.thunks.push(thunk);
    this.labels.push(label);
  }

  run(): void {
    this.results = runOracle(this.cases);
  }

  count(label: string): number {
    return this.labels.filter((l) => l === label).length;
  }

  /** Mismatches (at most `max`) for one label, each with its case for reproduction. */
  failures(label: string, max = 15): string[] {
    if (!this.results) throw new Error('Batch.run() first');
    const out: string[] = [];
    for (let i = 0; i < this.cases.length && out.length < max; i++) {
      if (this.labels[i] !== label) continue;
      const m = check(this.results[i], this.thunks[i]);
      if (m) out.push(`${show(this.cases[i])}: ${m}`);
    }
    return out;
  }
}

// ---- deterministic random values ----------------------------------------------------------

export class Rng {
  constructor(private s: number) {}
  /** uniform in [0, 1) (mulberry32) */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  u32(): number {
    return Math.floor(this.next() * 4294967296);
  }
  /** A double from raw random bits (any exponent, any sign; may be nan/inf). */
  bitsDouble(): number {
    dv.setUint32(0, this.u32());
    dv.setUint32(4, this.u32());
    return dv.getFloat64(0);
  }
  subnormal(): number {
    dv.setUint32(0, this.u32() & 0x800fffff);
    dv.setUint32(4, this.u32());
    return dv.getFloat64(0);
  }
  /** A random bigint of up to `bits` bits, random sign. */
  bigint(bits: number): bigint {
    let v = 0n;
    const n = this.int(1, bits);
    for (let i = 0; i < n; i += 30) v = (v << 30n) | BigInt(this.u32() & 0x3fffffff);
    v &= (1n << BigInt(n)) - 1n;
    return this.chance(0.5) ? -v : v;
  }
}

export function nextUp(x: number): number {
  if (x !== x || x === Infinity) return x;
  if (x === 0) return 5e-324;
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const inc = x > 0;
  let l = inc ? lo + 1 : lo - 1;
  let h = hi;
  if (l > 0xffffffff) {
    l = 0;
    h++;
  } else if (l < 0) {
    l = 0xffffffff;
    h--;
  }
  dv.setUint32(0, h);
  dv.setUint32(4, l);
  return dv.getFloat64(0);
}
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** Normalized PyInt (number when safe). */
export function norm(x: bigint): PyInt {
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** A broad mix of doubles: random bits, subnormals, powers of ten and neighbours, halves, ... */
export function floatCorpus(r: Rng, n: number): number[] {
  const xs: number[] = [
    0, -0, Infinity, -Infinity, NaN, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 2.675, 1.005,
    0.125, 0.375, 1e16, 1e16 - 2, 1e15, 1e17, 9007199254740992, 9007199254740993, 9007199254740991, 1e21, 1e22,
    1e-4, 1e-5, 0.0001, 0.00001, 123456789012345.0, 1.2345678901234567e16, 5e-324, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, 1e308, 1e-308, 1e300, 1e-300, 4.35, 0.045, 1234.5, 0.5e-3,
    2 ** 52 + 0.5, 2 ** 63, 2 ** 64, 2 ** 1023, 100, 1e100, 123.456, -123.456, 1e-7, 9.999999999999999e-5,
  ];
  for (let k = -325; k <= 309; k += r.int(1, 7)) {
    const p = Number('1e' + k);
    xs.push(p, nextUp(p), nextDown(p), -p);
  }
  for (let i = 0; i < 60; i++) xs.push((r.int(-2000, 2000) + 0.5) / 2 ** r.int(0, 12));
  for (let i = 0; i < 40; i++) xs.push(r.int(-99999, 99999) / 1000 + 0.0005);
  while (xs.length < n) {
    const k = r.int(0, 9);
    if (k < 3) xs.push(r.bitsDouble());
    else if (k < 4) xs.push(r.subnormal());
    else if (k < 6) xs.push(Math.round((r.next() - 0.5) * 10 ** r.int(0, 12)) / 10 ** r.int(0, 8));
    else if (k < 7) xs.push((r.next() - 0.5) * 10 ** r.int(-30, 30));
    else if (k < 8) xs.push(r.int(-(2 ** 31), 2 ** 31) * 2 ** r.int(-60, 80));
    else xs.push(Number((r.next() * 100).toFixed(r.int(0, 6))) * (r.chance(0.5) ? -1 : 1));
  }
  return xs;
}

/** A broad mix of Python ints as normalized PyInt. */
export function intCorpus(r: Rng, n: number): PyInt[] {
  const xs: PyInt[] = [0, 1, -1, 2, -2, 3, 7, 10, -10, 255, 256, 1000, 4300, 2 ** 31 - 1, -(2 ** 31), 2 ** 32, 2 ** 52];
  const edges = [2n ** 53n, 2n ** 63n, 2n ** 64n, 2n ** 61n - 1n, 2n ** 61n, 2n ** 1024n, 10n ** 15n, 10n ** 16n, 10n ** 30n];
  for (const e of edges) for (const d of [-2n, -1n, 0n, 1n, 2n]) xs.push(norm(e + d), norm(-(e + d)));
  while (xs.length < n) {
    const k = r.int(0, 9);
    if (k < 3) xs.push(r.int(-1000, 1000));
    else if (k < 5) xs.push(r.int(-(2 ** 31), 2 ** 31) * (r.chance(0.5) ? 1 : r.int(1, 2 ** 21)));
    else if (k < 6) xs.push(norm(BigInt(r.chance(0.5) ? 1 : -1) * (2n ** 53n + BigInt(r.int(-5000, 5000)))));
    else if (k < 9) xs.push(norm(r.bigint(200)));
    else xs.push(norm(r.bigint(1500)));
  }
  return xs;
}
