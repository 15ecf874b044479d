// Unit tests of the heap checker (src/heap/checker.ts): each test builds one kind of damage in a
// fresh heap by hand and asserts that the checker finds exactly that, and nothing else; a fuzz
// test scribbles over a heap and asserts that the checker neither throws nor hangs.

// the runtime first, in the order the interpreter loads it (its modules import one another)
import '../../src/runtime/init';
import { createMemory, mem } from '../../src/heap/memory';
import { initAllocator, alloc, free } from '../../src/heap/alloc';
import { Tid, Flag, CLASS_SHIFT } from '../../src/heap/layout';
import { incref } from '../../src/heap/refcount';
import { initSingletons, NONE } from '../../src/objects/singletons';
import { newList, listAppend } from '../../src/objects/list';
import { tupleOf } from '../../src/objects/tuple';
import { newDict, dictSet } from '../../src/objects/dict';
import { newSet, setAdd } from '../../src/objects/set';
import { newStr, resetInterned } from '../../src/objects/str';
import { newFloat } from '../../src/objects/float';
import { materializeCode, resetCodeCache } from '../../src/objects/code';
import { THREAD_HEADER, THREAD_MAGIC, TH_MAGIC, TH_FRAME, TH_EXC_INFO, FP_CODE, FP_FUNC, FP_GLOBALS, FP_LOCALS,
  FP_PREV, FP_IP, FP_SP, FP_FLAGS, FRAME_ENTRY } from '../../src/vm/thread';
import { checkHeap, HeapReport, FindingKind, CheckOptions } from '../../src/heap/checker';
import { formatReport, summaryLine, reportJson } from '../../src/heap/report';

function freshHeap(): void {
  resetInterned();
  resetCodeCache();
  createMemory(1 << 16, 1 << 24);
  initAllocator();
  initSingletons();
}

/** An empty thread stack (no frames). */
function emptyStack(words = 256): Int32Array {
  const S = new Int32Array(new SharedArrayBuffer(words * 4));
  S[TH_MAGIC] = THREAD_MAGIC;
  S[TH_FRAME] = -1;
  return S;
}

/** Check with `roots` as owned JS-side references and no frames. */
function check(roots: number[] = [], opts: Partial<CheckOptions> = {}): HeapReport {
  return checkHeap({ stacks: [emptyStack()], jsRoots: roots.map((ptr, i) => ({ name: `test root ${i}`, ptr, owned: true })), ...opts });
}

function kinds(r: HeapReport): FindingKind[] { return r.findings.map((f) => f.kind); }

/** A small object graph rooted in one list: [ 'text', (1.5, 'text'), {'k': [..]}, {'a'} ]. */
function buildGraph(): { root: number; s: number; t: number; d: number; inner: number } {
  const root = newList(0);
  const s = newStr('text');
  incref(s);
  listAppend(root, s);
  const t = tupleOf([newFloat(1.5), s]);
  listAppend(root, t);
  const d = newDict();
  const inner = newList(0);
  const k = newStr('k');
  dictSet(d, k, inner);
  listAppend(root, d);
  const st = newSet();
  const a = newStr('a');
  setAdd(st, a);
  listAppend(root, st);
  // dictSet and setAdd borrow: drop the makers' references
  mem.i32[k >> 2]--; mem.i32[inner >> 2]--; mem.i32[a >> 2]--;
  return { root, s, t, d, inner };
}

beforeEach(() => freshHeap());

describe('a sound heap', () => {
  test('has no findings, and every object is counted', () => {
    const g = buildGraph();
    const r = check([g.root]);
    expect(r.findings).toEqual([]);
    expect(r.damage).toBe(0);
    expect(r.objects).toBeGreaterThan(10);
    expect(r.immortal).toBe(5); // None, False, True, NotImplemented, Ellipsis
    expect(r.garbage.objects).toBe(0);
    expect(summaryLine(r)).toMatch(/^heap check: \d+ objects, 0 with wrong counts \(0 too low, 0 too high\), 0 freed while referenced, 0 double frees/);
  });

  test('a reference cycle nobody refers to is garbage (information), not damage', () => {
    const l = newList(0);
    incref(l);
    listAppend(l, l); // l holds itself; the maker's reference is then dropped without freeing
    mem.i32[l >> 2]--;
    const r = check();
    expect(r.damage).toBe(0);
    expect(r.garbage.objects).toBe(1);
    expect(formatReport(r)).toContain('garbage');
  });
});

describe('deliberate damage is found, and only it', () => {
  test('a count set too low', () => {
    const g = buildGraph();
    mem.i32[g.s >> 2] = 1; // the list and the tuple both hold it
    const r = check([g.root]);
    expect(kinds(r)).toEqual(['count-too-low']);
    expect(r.findings[0]).toMatchObject({ addr: g.s, type: 'str', repr: "'text'", stored: 1, true: 2 });
    expect(r.tooLow).toBe(1);
  });

  test('a count set too high', () => {
    const g = buildGraph();
    mem.i32[g.inner >> 2] += 3;
    const r = check([g.root]);
    expect(kinds(r)).toEqual(['count-too-high']);
    expect(r.findings[0]).toMatchObject({ addr: g.inner, type: 'list', stored: 4, true: 1 });
  });

  test('a block freed twice', () => {
    const p = alloc(600, Tid.TUPLE); // a size class nothing else uses
    free(p);
    free(p);
    const r = check();
    expect(kinds(r)).toEqual(['double-free']);
    expect(r.findings[0].addr).toBe(p);
    expect(r.doubleFrees).toBe(1);
  });

  test('a stale reference to a freed block', () => {
    const g = buildGraph();
    // the tuple is freed behind the list's back (as a lost increment would let happen)
    free(g.t);
    free(newFloat(2.5)); // another free afterwards: the report dates the stale one
    const r = check([g.root]);
    expect(kinds(r)).toContain('freed-referenced');
    const f = r.findings.find((x) => x.kind === 'freed-referenced')!;
    expect(f.addr).toBe(g.t);
    expect(f.detail).toMatch(/list at 0x[0-9a-f]+ \(word \d+\) refers to it; freed 1 frees ago/);
    // what the freed tuple held is no longer referenced by it: the float leaks, the str's count is high
    expect(kinds(r).sort()).toEqual(['count-too-high', 'freed-referenced', 'leak']);
  });

  test('an incref through a stale reference moves a freed block\'s poison', () => {
    const s = newStr('gone');
    free(s);
    mem.i32[s >> 2]++;
    const r = check();
    expect(kinds(r)).toEqual(['freed-referenced']);
    expect(r.findings[0].detail).toMatch(/moved by 1: increfs through a stale reference/);
  });

  test('a leak: an object nobody refers to with a count above zero', () => {
    const g = buildGraph();
    const lost = newList(0);
    listAppend(lost, newStr('kept alive by the leak'));
    const r = check([g.root]);
    expect(kinds(r)).toEqual(['leak']);
    expect(r.findings[0]).toMatchObject({ addr: lost, stored: 1, true: 0 });
    expect(r.leakRetained).toBe(1);
  });

  test('a broken list: length beyond capacity', () => {
    const g = buildGraph();
    mem.i32[(g.inner >> 2) + 2] = 5; // length 5, capacity 0
    const r = check([g.root]);
    expect(kinds(r)).toEqual(['invariant', 'invariant']);
    expect(r.findings.map((f) => f.detail)).toEqual([
      'list length 5 exceeds its capacity 0', 'list of length 5, capacity 0 has no items array']);
  });

  test('a dict whose used count disagrees with its entries', () => {
    const g = buildGraph();
    mem.i32[(g.d >> 2) + 2] = 2;
    const r = check([g.root]);
    expect(kinds(r)).toEqual(['invariant']);
    expect(r.findings[0].detail).toBe('dict used count 2 disagrees with its 1 live entries');
  });

  test('a live block on a free list', () => {
    const p = alloc(600, Tid.TUPLE);
    free(p);
    // allocated again without leaving the list (as racing allocators can do)
    mem.i32[p >> 2] = 1;
    mem.i32[(p >> 2) + 1] = (mem.i32[(p >> 2) + 1] & ~(Flag.FREED | 0xff)) | Tid.TUPLE;
    mem.i32[(p >> 2) + 2] = 0;
    const r = check([p]);
    expect(kinds(r)).toEqual(['free-list-live']);
  });

  test('a wild pointer', () => {
    const g = buildGraph();
    listAppend(g.inner, g.s + 8); // inside a block, not its start
    const r = check([g.root]);
    expect(kinds(r)).toEqual(['wild-pointer']);
  });

  test('a header that names no size class stops the walk without throwing', () => {
    const g = buildGraph();
    mem.i32[(g.d >> 2) + 1] &= ~(0xff << CLASS_SHIFT);
    const r = check([g.root]);
    expect(kinds(r)).toContain('heap-walk');
  });
});

describe('roots in thread stacks', () => {
  /** A module-level frame at THREAD_HEADER with `slots` on its value stack. */
  function frameStack(globals: number, slots: number[], excInfo = 0): Int32Array {
    const code = materializeCode({
      name: '<module>', qualname: '<module>', filename: 't.py', firstlineno: 1, argcount: 0, posonlyargcount: 0,
      kwonlyargcount: 0, flags: 0, code: new Uint8Array([0, 0]), consts: [], names: [], localsplusNames: [],
      localsplusKinds: [], stacksize: 4, lines: [1], exceptionTable: [],
    });
    const S = emptyStack();
    const fp = THREAD_HEADER;
    S[fp + FP_CODE] = code; S[fp + FP_FUNC] = 0; S[fp + FP_GLOBALS] = globals; S[fp + FP_LOCALS] = globals;
    S[fp + FP_PREV] = -1; S[fp + FP_IP] = 0; S[fp + FP_FLAGS] = FRAME_ENTRY;
    for (let i = 0; i < slots.length; i++) S[fp + 8 + i] = slots[i];
    S[fp + FP_SP] = fp + 8 + slots.length;
    S[TH_FRAME] = fp;
    S[TH_EXC_INFO] = excInfo;
    return S;
  }

  test('value-stack slots and the handled exception are owned references', () => {
    const globals = newDict();
    const a = newStr('on the stack');
    const e = newStr('stands in for an exception');
    const S = frameStack(globals, [a, NONE], e);
    const r = checkHeap({ stacks: [S], jsRoots: [{ name: 'globals', ptr: globals, owned: true }] });
    expect(r.findings).toEqual([]);
  });

  test('innermostSp limits the innermost frame to the live part of its stack', () => {
    const globals = newDict();
    const a = newStr('live');
    const stale = newStr('popped');
    const S = frameStack(globals, [a, stale]);
    free(stale); // popped and released; its word is still in the stack buffer, above sp
    const r = checkHeap({ stacks: [S], innermostSp: [THREAD_HEADER + 8 + 1], jsRoots: [{ name: 'globals', ptr: globals, owned: true }] });
    expect(r.findings).toEqual([]);
    const r2 = checkHeap({ stacks: [S], jsRoots: [{ name: 'globals', ptr: globals, owned: true }] });
    expect(kinds(r2)).toEqual(['freed-referenced']);
  });

  test('a frame chain that loops is reported, not followed', () => {
    const globals = newDict();
    const S = frameStack(globals, []);
    S[THREAD_HEADER + FP_PREV] = THREAD_HEADER; // points to itself
    const r = checkHeap({ stacks: [S], jsRoots: [{ name: 'globals', ptr: globals, owned: true }] });
    expect(kinds(r)).toEqual(['stack']);
  });
});

describe('a corrupt heap', () => {
  test('random scribbles never make the checker throw or hang', () => {
    let seed = 12345;
    const rand = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed; };
    for (let round = 0; round < 30; round++) {
      freshHeap();
      const g = buildGraph();
      for (let i = 0; i < 40; i++) buildGraph();
      const top = mem.i32[1];
      for (let i = 0; i < 20; i++) {
        const w = 4096 + (rand() % ((top >> 2) - 4096));
        mem.i32[w] = round % 3 === 0 ? rand() | 0 : (rand() % top) & ~7;
      }
      const r = check([g.root]);
      expect(typeof formatReport(r)).toBe('string');
      expect(() => JSON.parse(reportJson(r))).not.toThrow();
      expect(r.notes.filter((n) => n.startsWith('the checker stopped early'))).toEqual([]);
    }
  });
});
