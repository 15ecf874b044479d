// checker.ts - the heap checker: recomputes every object's true reference count from the heap
// and the threads' stacks, and compares it with the stored one (issue 4, "refcount observatory").
// Owns: walking the blocks, the roots, the free lists, reachability, and the findings.
// Must never: write the heap, allocate in it, throw, or loop without a bound. The heap it reads
// may be corrupt (that is what it is for): every pointer is looked up among the blocks the walk
// found before anything behind it is read, and every walk is bounded by the number of blocks.
//
// What a reference is (refs.ts says it per type): a word that the object's `clear` would
// decref. The true count of an object is the number of such words in live heap objects, plus
// the references the roots own:
//
//   thread stack (vm/thread.ts), per thread:
//     header   TH_EXC_INFO                      owned (the exception being handled)
//     frame    +0 code                          borrowed (code objects are immortal)
//              +1 function                      owned
//              +2 globals                       borrowed (the function or module holds it)
//              +3 locals                        owned by the frame when FRAME_INIT (the instance
//                                               being initialised); owned by __build_class__ for
//                                               a class body (a function frame with locals);
//                                               borrowed for a module frame (locals = globals)
//              +8 .. sp  localsplus and stack   owned (NULL allowed)
//   immortal objects                            roots; their own counts are not checked
//   JS-side roots given by the caller           owned or borrowed, as each says
//
// Raw arrays (objects/array.ts) are not counted objects: a list's items array belongs to the
// list, and the words in it are the list's references. Each live array must belong to exactly
// one live container.
//
// Classification, per live mortal object (stored count s, true count t):
//   s < t                       count too low: it will be freed while still referenced
//   s > t, reachable            count too high: it will never be freed
//   s > t, unreachable          leaked: a reference was dropped without a decref
//   s = t, unreachable          garbage: a cycle (or hangs from one). pygil has no cycle
//                               collector, so this is information, not damage
// where reachable means reachable from a root through references.

import { mem } from './memory';
import { Ctl, Flag, Tid, TID_MASK, CLASS_SHIFT, CLASS_MASK, CONTROL_BYTES } from './layout';
import { CLASS_BYTES, FREED_COUNT, FREED_GEN } from './alloc';
import { refsOf, RefVisitor } from './refs';
import { ARRAY_DATA } from '../objects/array';
import { TH_EXC_INFO, TH_FRAME, TH_MAGIC, THREAD_MAGIC, THREAD_HEADER, FP_CODE, FP_FUNC, FP_GLOBALS,
  FP_LOCALS, FP_PREV, FP_SP, FP_FLAGS, FRAME_ENTRY, FRAME_INIT } from '../vm/thread';
import { FRAME_HEADER } from '../objects/code';
import { typeNameAt, safeRepr } from './describe';

/** Kinds of finding. All are damage except where `INFO_KINDS` says otherwise. */
export type FindingKind =
  | 'freed-referenced' // a live object or root points to a freed block (or a freed block's count moved)
  | 'double-free'      // a block is on the free lists twice (a cycle in a free list)
  | 'free-list-live'   // a free list holds a block that is live
  | 'free-list-broken' // a free list points outside the blocks, or to a block of another size class
  | 'free-lost'        // a freed block on no free list
  | 'wild-pointer'     // a reference that is not the address of any block
  | 'count-too-low'
  | 'count-too-high'
  | 'leak'
  | 'invariant'        // a container's own structure is inconsistent
  | 'heap-walk'        // a block header that does not describe a block: the walk stops there
  | 'stack'            // a thread stack that cannot be read as frames
  | 'stats';           // the allocator's counters disagree with the blocks

export interface Finding {
  kind: FindingKind;
  /** the block concerned (0 when none) */
  addr: number;
  type: string;
  repr: string;
  /** stored and recomputed counts, where they apply */
  stored: number | null;
  true: number | null;
  detail: string;
}

export interface HeapReport {
  /** live blocks that are objects (arrays excluded), and how many of them are immortal */
  objects: number;
  immortal: number;
  arrays: number;
  freeBlocks: number;
  liveBytes: number;
  tooLow: number;
  tooHigh: number;
  freedReferenced: number;
  doubleFrees: number;
  freeListErrors: number;
  leaks: number;
  /** objects kept alive only by leaked ones */
  leakRetained: number;
  invariants: number;
  wildPointers: number;
  stackErrors: number;
  other: number;
  /** all findings of damage (the first MAX_FINDINGS of them) */
  findings: Finding[];
  /** total damage findings (may exceed findings.length) */
  damage: number;
  /** unreachable objects whose counts are all explained by each other: information */
  garbage: { objects: number; bytes: number; examples: string[] };
  /** information that is not damage (unknown types, native frames between Python frames) */
  notes: string[];
}

export interface CheckOptions {
  /** every thread's stack (vm/thread.ts layout); for now the calling thread's `ts.S` */
  stacks: Int32Array[];
  /**
   * Per stack: where the innermost frame's live value stack ends, when the thread is inside a
   * native call (base + n of the native's arguments). Undefined: the frame's saved FP_SP.
   */
  innermostSp?: (number | undefined)[];
  /** references held by JS-side tables (they are usually immortal; see runtime/checkheap.ts) */
  jsRoots?: { name: string; ptr: number; owned: boolean }[];
}

const MAX_FINDINGS = 10000;

/** Block states. */
const LIVE = 0, FREED = 1, ARRAY = 2, IMMORTAL = 3;

class Checker implements RefVisitor {
  readonly i32: Int32Array;
  /** block start addresses in increasing order, their size classes and states */
  addr: Int32Array = new Int32Array(1024);
  cls: Uint8Array = new Uint8Array(1024);
  state!: Uint8Array;
  nblocks = 0;
  /** recomputed counts (objects) or owner counts (arrays) */
  count!: Int32Array;
  reached!: Uint8Array;
  /** the block whose references are being visited, or -1 for a root */
  holder = -1;
  rootName = '';
  /** false during the reachability pass: visit only marks */
  counting = true;
  queue: number[] = [];
  readonly report: HeapReport;
  readonly unknownTids = new Set<number>();

  constructor() {
    this.i32 = mem.i32;
    this.report = {
      objects: 0, immortal: 0, arrays: 0, freeBlocks: 0, liveBytes: 0, tooLow: 0, tooHigh: 0,
      freedReferenced: 0, doubleFrees: 0, freeListErrors: 0, leaks: 0, leakRetained: 0, invariants: 0,
      wildPointers: 0, stackErrors: 0, other: 0, findings: [], damage: 0,
      garbage: { objects: 0, bytes: 0, examples: [] }, notes: [],
    };
  }

  // ---------------------------------------------------------------- findings

  add(kind: FindingKind, addr: number, detail: string, stored: number | null = null, trueCount: number | null = null): void {
    const r = this.report;
    r.damage++;
    switch (kind) {
      case 'freed-referenced': r.freedReferenced++; break;
      case 'double-free': r.doubleFrees++; break;
      case 'free-list-live': case 'free-list-broken': case 'free-lost': r.freeListErrors++; break;
      case 'wild-pointer': r.wildPointers++; break;
      case 'count-too-low': r.tooLow++; break;
      case 'count-too-high': r.tooHigh++; break;
      case 'leak': r.leaks++; break;
      case 'invariant': r.invariants++; break;
      case 'stack': r.stackErrors++; break;
      case 'heap-walk': case 'stats': r.other++; break;
    }
    if (r.findings.length >= MAX_FINDINGS) return;
    const idx = addr === 0 ? -1 : this.find(addr);
    const readable = idx >= 0 && this.state[idx] !== FREED;
    r.findings.push({
      kind, addr, detail, stored, true: trueCount,
      type: idx < 0 ? '' : this.state[idx] === FREED ? '(freed)' : typeNameAt(addr, this.i32, (a) => this.liveBytes(a)),
      repr: readable ? safeRepr(addr, this.blockBytes(idx), this.i32, (a) => this.liveBytes(a)) : '',
    });
  }

  /** Where the reference being visited is held, for a finding's text. */
  where(w: number): string {
    if (this.holder < 0) return this.rootName;
    const p = this.addr[this.holder];
    const t = typeNameAt(p, this.i32, (a) => this.liveBytes(a));
    return `${t} at ${hex(p)} (word ${w - (p >> 2)})`;
  }

  // ---------------------------------------------------------------- the blocks

  /** Walk the blocks from the end of the control block to Ctl.TOP. */
  walk(): void {
    const i32 = this.i32;
    let top = i32[Ctl.TOP];
    if ((top & 7) !== 0 || top < CONTROL_BYTES || top > mem.size) {
      this.add('heap-walk', 0, `the bump pointer ${hex(top)} is not inside the heap`);
      top = Math.min(Math.max(top & ~7, CONTROL_BYTES), mem.size);
    }
    let p = CONTROL_BYTES;
    while (p < top) {
      const c = (i32[(p >> 2) + 1] >> CLASS_SHIFT) & CLASS_MASK;
      if (c < 1 || c >= CLASS_BYTES.length || p + CLASS_BYTES[c] > top) {
        this.add('heap-walk', 0, `the header at ${hex(p)} names size class ${c}: blocks from ${hex(p)} to ${hex(top)} were not checked`);
        break;
      }
      if (this.nblocks === this.addr.length) {
        const a = new Int32Array(this.addr.length * 2); a.set(this.addr); this.addr = a;
        const k = new Uint8Array(this.cls.length * 2); k.set(this.cls); this.cls = k;
      }
      this.addr[this.nblocks] = p;
      this.cls[this.nblocks] = c;
      this.nblocks++;
      p += CLASS_BYTES[c];
    }
    const n = this.nblocks;
    this.state = new Uint8Array(n);
    this.count = new Int32Array(n);
    this.reached = new Uint8Array(n);
    const r = this.report;
    for (let i = 0; i < n; i++) {
      const w = this.addr[i] >> 2;
      const hdr = i32[w + 1];
      const tid = hdr & TID_MASK;
      if ((hdr & Flag.FREED) !== 0 || tid === Tid.FREE) {
        this.state[i] = FREED;
        r.freeBlocks++;
        if (i32[w] !== FREED_COUNT || tid !== Tid.FREE || (hdr & Flag.FREED) === 0) {
          const moved = i32[w] - FREED_COUNT;
          this.add('freed-referenced', this.addr[i], i32[w] !== FREED_COUNT
            ? `freed block's poisoned count moved by ${moved}: ${moved > 0 ? 'increfs' : 'decrefs'} through a stale reference`
            : `freed block's header is half poisoned (${hex(hdr)})`);
        }
        continue;
      }
      r.liveBytes += CLASS_BYTES[this.cls[i]];
      if (tid === Tid.ARRAY) { this.state[i] = ARRAY; r.arrays++; continue; }
      r.objects++;
      if ((hdr & Flag.IMMORTAL) !== 0) { this.state[i] = IMMORTAL; r.immortal++; }
      if (tid >= Tid.COUNT || refsOf(tid) === undefined) this.unknownTids.add(tid);
    }
  }

  /** Index of the block starting at byte address a, or -1. */
  find(a: number): number {
    if ((a & 7) !== 0 || a < CONTROL_BYTES) return -1;
    const addr = this.addr;
    let lo = 0, hi = this.nblocks - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = addr[mid];
      if (v === a) return mid;
      if (v < a) lo = mid + 1; else hi = mid - 1;
    }
    return -1;
  }

  blockBytes(i: number): number { return CLASS_BYTES[this.cls[i]]; }
  /** Bytes of the live object block at a, or -1 (for describe.ts, which reads only inside it). */
  liveBytes(a: number): number { const i = this.find(a); return i >= 0 && this.state[i] !== FREED && this.state[i] !== ARRAY ? this.blockBytes(i) : -1; }

  // ---------------------------------------------------------------- the visitor (refs.ts calls these)

  /** Validate the pointer v found in word w; its block index when it is a live object, else -1. */
  target(v: number, w: number): number {
    const i = this.find(v);
    if (i < 0) {
      if (this.counting) this.add('wild-pointer', this.holder < 0 ? 0 : this.addr[this.holder], `${this.where(w)} holds ${hex(v)}, which is not a block`);
      return -1;
    }
    const s = this.state[i];
    if (s === FREED) {
      if (this.counting) {
        const gen = this.i32[(v >> 2) + FREED_GEN];
        const ago = this.i32[Ctl.FREES] - gen;
        this.add('freed-referenced', v, `${this.where(w)} refers to it; freed ${ago} frees ago (generation ${gen})`);
      }
      return -1;
    }
    if (s === ARRAY) {
      if (this.counting) this.add('wild-pointer', this.holder < 0 ? 0 : this.addr[this.holder], `${this.where(w)} holds ${hex(v)}, a raw array, as an object`);
      return -1;
    }
    return i;
  }

  ref(w: number, nullable: boolean): void {
    const v = this.i32[w];
    if (v === 0) {
      if (!nullable && this.counting) this.broken(`NULL in word ${w - (this.addr[this.holder] >> 2)}, which must hold a reference`);
      return;
    }
    if ((v & 1) !== 0) return;
    const i = this.target(v, w);
    if (i < 0) return;
    if (this.counting) this.count[i]++;
    else this.mark(i);
  }

  borrowed(w: number): void {
    const v = this.i32[w];
    if (v === 0 || (v & 1) !== 0) return;
    const i = this.target(v, w);
    if (i >= 0 && !this.counting) this.mark(i);
  }

  array(a: number): number {
    const i = this.find(a);
    if (i < 0 || this.state[i] !== ARRAY) {
      if (this.counting) {
        if (i >= 0 && this.state[i] === FREED) {
          const gen = this.i32[(a >> 2) + FREED_GEN];
          this.add('freed-referenced', a, `${this.where(this.addr[this.holder] >> 2)} owns it as its array; freed ${this.i32[Ctl.FREES] - gen} frees ago`);
        } else this.broken(`its array pointer ${hex(a)} is not a live array`);
      }
      return -1;
    }
    if (this.counting) this.count[i]++;
    else this.reached[i] = 1;
    return (this.blockBytes(i) >> 2) - ARRAY_DATA;
  }

  broken(what: string): void {
    if (!this.counting) return;
    const p = this.addr[this.holder];
    this.add('invariant', p, what);
  }

  mark(i: number): void {
    if (this.reached[i] === 0) { this.reached[i] = 1; this.queue.push(i); }
  }

  /** Visit the references of block i (a live object). */
  visit(i: number): void {
    const p = this.addr[i];
    const fn = refsOf(this.i32[(p >> 2) + 1] & TID_MASK);
    if (fn === undefined) return;
    this.holder = i;
    fn(p, this.blockBytes(i) >> 2, this.i32, this);
    this.holder = -1;
  }

  // ---------------------------------------------------------------- roots

  /** An owned (counted) or borrowed reference from a root. */
  root(v: number, owned: boolean, name: string): void {
    if (v === 0 || (v & 1) !== 0) return;
    this.holder = -1;
    this.rootName = name;
    const i = this.target(v, 0);
    if (i < 0) return;
    if (owned) this.count[i]++;
    this.mark(i);
  }

  /** The frames of one thread stack. */
  stack(S: Int32Array, t: number, innermostSp: number | undefined): void {
    const tn = `thread ${t}`;
    if (S.length < THREAD_HEADER || S[TH_MAGIC] !== THREAD_MAGIC) {
      this.add('stack', 0, `${tn}: not a thread stack (magic ${S.length > 0 ? hex(S[TH_MAGIC]) : 'missing'})`);
      return;
    }
    this.root(S[TH_EXC_INFO], true, `${tn} exception being handled`);
    let fp = S[TH_FRAME];
    let inner = true;
    let entries = 0;
    const maxFrames = S.length >> 3;
    for (let depth = 0; fp !== -1; depth++) {
      if (depth > maxFrames || fp < THREAD_HEADER || fp + FRAME_HEADER > S.length) {
        this.add('stack', 0, `${tn}: frame pointer ${fp} at depth ${depth} is outside the stack`);
        return;
      }
      const fname = `${tn} frame ${depth} (fp ${fp})`;
      let sp = inner && innermostSp !== undefined ? innermostSp : S[fp + FP_SP];
      if (sp < fp + FRAME_HEADER || sp > S.length) {
        this.add('stack', 0, `${fname}: stack pointer ${sp} is outside the frame`);
        sp = fp + FRAME_HEADER;
      }
      const flags = S[fp + FP_FLAGS];
      if ((flags & FRAME_ENTRY) !== 0) entries++;
      const code = S[fp + FP_CODE];
      const ci = this.find(code);
      if (ci < 0 || this.state[ci] === FREED || (this.i32[(code >> 2) + 1] & TID_MASK) !== Tid.CODE) {
        this.add('stack', 0, `${fname}: its code word ${hex(code)} is not a code object`);
      } else this.root(code, false, `${fname} code`);
      const fn = S[fp + FP_FUNC], locals = S[fp + FP_LOCALS];
      this.root(fn, true, `${fname} function`);
      this.root(S[fp + FP_GLOBALS], false, `${fname} globals`);
      if ((flags & FRAME_INIT) !== 0) this.root(locals, true, `${fname} instance being initialised`);
      else if (fn !== 0 && locals !== 0) this.root(locals, true, `${fname} class namespace (held by __build_class__)`);
      else this.root(locals, false, `${fname} locals`);
      for (let k = fp + FRAME_HEADER; k < sp; k++) this.root(S[k], true, `${fname} slot ${k - fp - FRAME_HEADER}`);
      const prev = S[fp + FP_PREV];
      if (prev !== -1 && (prev >= fp || prev < THREAD_HEADER)) {
        this.add('stack', 0, `${fname}: previous frame pointer ${prev} does not lie below it`);
        return;
      }
      fp = prev;
      inner = false;
    }
    if (entries > 1) {
      this.report.notes.push(`${tn}: ${entries - 1} native call(s) between Python frames; references a native holds in JS are invisible, so counts may read too high or objects leaked`);
    }
  }

  // ---------------------------------------------------------------- passes

  run(opts: CheckOptions): HeapReport {
    this.walk();
    const n = this.nblocks;
    // counting pass: every live object's references
    for (let i = 0; i < n; i++) if (this.state[i] === LIVE || this.state[i] === IMMORTAL) this.visit(i);
    // roots: immortal objects, JS-side tables, thread stacks
    for (let i = 0; i < n; i++) if (this.state[i] === IMMORTAL) this.mark(i);
    for (const r of opts.jsRoots ?? []) this.root(r.ptr, r.owned, `runtime root ${r.name}`);
    opts.stacks.forEach((S, t) => this.stack(S, t, opts.innermostSp?.[t]));
    // reachability pass
    this.counting = false;
    this.drain();
    this.counting = true;
    this.compare();
    this.freeLists();
    this.stats();
    for (const t of this.unknownTids) this.report.notes.push(`type id ${t}: the checker does not know what its objects refer to (counted as holding nothing)`);
    return this.report;
  }

  drain(): void {
    const q = this.queue;
    while (q.length > 0) this.visit(q.pop()!);
  }

  compare(): void {
    const i32 = this.i32;
    const n = this.nblocks;
    const leaked: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = this.state[i];
      const p = this.addr[i];
      if (s === ARRAY) {
        const owners = this.count[i];
        if (owners === 0) this.add('leak', p, 'raw array owned by no container');
        else if (owners > 1) this.add('invariant', p, `raw array owned by ${owners} containers`);
        continue;
      }
      if (s !== LIVE) continue;
      const stored = i32[p >> 2], t = this.count[i];
      if (stored === 0 && t === 0) this.add('leak', p, 'its count is 0, yet it was never freed', 0, 0);
      else if (stored < t) this.add('count-too-low', p, `${t - stored} reference(s) not counted: it will be freed while still referenced`, stored, t);
      else if (stored > t) {
        if (this.reached[i] !== 0) this.add('count-too-high', p, `${stored - t} reference(s) counted that do not exist: it will never be freed`, stored, t);
        else { this.add('leak', p, `unreachable, and ${stored - t} reference(s) counted that do not exist`, stored, t); leaked.push(i); }
      }
    }
    // what the leaks keep alive is theirs; the rest of the unreachable objects is garbage
    const reachedObjects = () => { let k = 0; for (let i = 0; i < n; i++) if (this.state[i] === LIVE) k += this.reached[i]; return k; };
    const before = reachedObjects();
    for (const i of leaked) this.mark(i);
    this.counting = false;
    this.drain();
    this.counting = true;
    this.report.leakRetained = reachedObjects() - before - leaked.length;
    const g = this.report.garbage;
    for (let i = 0; i < n; i++) {
      if (this.state[i] !== LIVE || this.reached[i] !== 0) continue;
      g.objects++;
      g.bytes += this.blockBytes(i);
      if (g.examples.length < 5) {
        const p = this.addr[i];
        g.examples.push(`${hex(p)} ${typeNameAt(p, i32, (a) => this.liveBytes(a))} ${safeRepr(p, this.blockBytes(i), i32, (a) => this.liveBytes(a))}`.trimEnd());
      }
    }
  }

  /** Each size class's free list: blocks of that class, freed, each once; every freed block on one. */
  freeLists(): void {
    const i32 = this.i32;
    const onList = new Uint8Array(this.nblocks);
    for (let c = 1; c < CLASS_BYTES.length; c++) {
      let p = i32[Ctl.FREE_HEADS + c];
      let prev = 0;
      for (let steps = 0; p !== 0; steps++) {
        const from = prev === 0 ? `the head of class ${c}'s free list` : `free block ${hex(prev)}`;
        const i = this.find(p);
        if (i < 0 || steps > this.nblocks) { this.add('free-list-broken', 0, `${from} points to ${hex(p)}, which is not a block`); break; }
        if (onList[i] !== 0) { this.add('double-free', p, `on the free lists twice (reached again from ${from}): freed twice`); break; }
        if (this.state[i] !== FREED) {
          this.add('free-list-live', p, `live, yet on class ${c}'s free list (from ${from}): the allocator will hand it out again`);
          break;
        }
        if (this.cls[i] !== c) { this.add('free-list-broken', p, `a class ${this.cls[i]} block on class ${c}'s free list`); break; }
        onList[i] = 1;
        prev = p;
        p = i32[(p >> 2) + 2];
      }
    }
    for (let i = 0; i < this.nblocks; i++) {
      if (this.state[i] === FREED && onList[i] === 0) this.add('free-lost', this.addr[i], 'freed, but on no free list (the allocator lost it)');
    }
  }

  /** The allocator's counters against what the walk found. */
  stats(): void {
    const i32 = this.i32;
    const r = this.report;
    // a broken walk or free list makes the totals meaningless (a double free counts twice)
    if (r.other > 0 || r.doubleFrees > 0 || r.freeListErrors > 0) return;
    if (i32[Ctl.LIVE_BYTES] !== r.liveBytes) this.add('stats', 0, `the allocator counts ${i32[Ctl.LIVE_BYTES]} live bytes; the live blocks hold ${r.liveBytes}`);
    const live = r.objects + r.arrays;
    if (i32[Ctl.ALLOCS] - i32[Ctl.FREES] !== live) this.add('stats', 0, `the allocator counts ${i32[Ctl.ALLOCS]} allocations and ${i32[Ctl.FREES]} frees; ${live} blocks are live`);
  }
}

export function hex(a: number): string { return '0x' + (a >>> 0).toString(16).padStart(8, '0'); }

/**
 * Check the whole heap. Call it at a safe point: every thread stopped with its frames' FP_SP
 * saved (or given in innermostSp). Never throws on a corrupt heap; an internal failure of the
 * checker itself is reported as a finding.
 */
export function checkHeap(opts: CheckOptions): HeapReport {
  const c = new Checker();
  try {
    return c.run(opts);
  } catch (e) {
    c.report.notes.push(`the checker stopped early: ${e instanceof Error ? e.message : String(e)}`);
    c.add('heap-walk', 0, 'the check did not complete (see notes)');
    return c.report;
  }
}
