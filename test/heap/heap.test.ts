// Unit tests of the shared heap: the allocator's size classes, free-list reuse, growth and its
// cap, and reference counting freeing what it should (and nothing else).

import { createMemory, mem } from '../../src/heap/memory';
import { initAllocator, alloc, free, heapStats, HeapExhausted, sizeClassOf, CLASS_BYTES, isFreed } from '../../src/heap/alloc';
import { Tid, CONTROL_BYTES, newSmall, isSmall, smallValue, fitsSmall, SMALL_MAX, SMALL_MIN } from '../../src/heap/layout';
import { incref, decref, refcnt } from '../../src/heap/refcount';
import { initSingletons, NONE, TRUE, FALSE } from '../../src/objects/singletons';
import { newList, listAppend, listLen } from '../../src/objects/list';
import { newTuple, tupleInit } from '../../src/objects/tuple';
import { newFloat, floatValue } from '../../src/objects/float';
import { newInt, intValue } from '../../src/objects/int';
import { newStr, strValue, resetInterned } from '../../src/objects/str';

function freshHeap(initial = 1 << 16, cap = 1 << 24): void {
  resetInterned();
  createMemory(initial, cap);
  initAllocator();
  initSingletons();
}

describe('tagged small ints', () => {
  test('round-trip at the edges of the range', () => {
    for (const n of [0, 1, -1, 12345, SMALL_MAX, SMALL_MIN]) {
      const v = newSmall(n);
      expect(isSmall(v)).toBe(true);
      expect(smallValue(v)).toBe(n);
    }
    expect(fitsSmall(SMALL_MAX + 1)).toBe(false);
    expect(fitsSmall(SMALL_MIN - 1)).toBe(false);
  });
  test('ints outside the range are heap objects that keep their value', () => {
    freshHeap();
    for (const n of [SMALL_MAX + 1, SMALL_MIN - 1, 2 ** 40, -(2 ** 52), 2n ** 100n, -(3n ** 80n)]) {
      const v = newInt(n);
      expect(isSmall(v)).toBe(false);
      expect(BigInt(intValue(v))).toBe(BigInt(n));
    }
  });
});

describe('allocator', () => {
  beforeEach(() => freshHeap());

  test('singletons sit at fixed addresses right after the control block', () => {
    expect(NONE).toBe(CONTROL_BYTES);
    expect(FALSE).toBe(CONTROL_BYTES + 16);
    expect(TRUE).toBe(CONTROL_BYTES + 32);
  });

  test('size classes cover every request and never shrink it', () => {
    for (let b = 1; b <= 70000; b += b < 600 ? 1 : 97) {
      const c = sizeClassOf(b);
      expect(CLASS_BYTES[c]).toBeGreaterThanOrEqual(Math.max(b, 16));
      if (c > 1) expect(CLASS_BYTES[c - 1]).toBeLessThan(Math.max(b, 16));
    }
  });

  test('blocks are 8-aligned, zeroed, and carry count 1 and their type', () => {
    const p = alloc(40, Tid.TUPLE);
    expect(p % 8).toBe(0);
    expect(mem.i32[p >> 2]).toBe(1);
    expect(mem.i32[(p >> 2) + 1] & 0xff).toBe(Tid.TUPLE);
    for (let i = 2; i < 10; i++) expect(mem.i32[(p >> 2) + i]).toBe(0);
  });

  test('a freed block is reused by the next request of its class', () => {
    const a = alloc(24, Tid.FLOAT);
    free(a);
    expect(isFreed(a)).toBe(true);
    const b = alloc(20, Tid.FLOAT);
    expect(b).toBe(a);
    expect(isFreed(b)).toBe(false);
  });

  test('the heap grows on demand and refuses to pass its cap', () => {
    freshHeap(1 << 16, 1 << 20);
    const before = mem.size;
    const blocks: number[] = [];
    for (let i = 0; i < 100; i++) blocks.push(alloc(1000, Tid.ARRAY));
    expect(mem.size).toBeGreaterThan(before);
    expect(() => { for (;;) alloc(4000, Tid.ARRAY); }).toThrow(HeapExhausted);
    expect(mem.size).toBeLessThanOrEqual(1 << 20);
  });
});

describe('reference counts', () => {
  beforeEach(() => freshHeap());

  test('a list is freed with its items when its last reference goes', () => {
    const base = heapStats().live;
    const l = newList(0);
    for (let i = 0; i < 100; i++) listAppend(l, newFloat(i));
    expect(listLen(l)).toBe(100);
    expect(heapStats().live).toBeGreaterThan(base);
    decref(l);
    expect(heapStats().live).toBe(base);
  });

  test('a shared item survives its container', () => {
    const f = newFloat(2.5);
    const l = newList(0);
    incref(f);
    listAppend(l, f);
    expect(refcnt(f)).toBe(2);
    decref(l);
    expect(refcnt(f)).toBe(1);
    expect(floatValue(f)).toBe(2.5);
    decref(f);
    expect(isFreed(f)).toBe(true);
  });

  test('a long chain of nested tuples is freed without recursing through the JS stack', () => {
    const base = heapStats().live;
    let t = newTuple(0);
    for (let i = 0; i < 200000; i++) {
      const outer = newTuple(1);
      tupleInit(outer, 0, t);
      t = outer;
    }
    decref(t);
    expect(heapStats().live).toBe(base);
  });

  test('strings keep their text and are freed', () => {
    const base = heapStats().live;
    const s = newStr('héllo, wörld');
    expect(strValue(s)).toBe('héllo, wörld');
    decref(s);
    expect(heapStats().live).toBe(base);
  });

  test('immortal singletons never reach zero', () => {
    for (let i = 0; i < 10; i++) decref(NONE);
    expect(refcnt(NONE)).toBeGreaterThan(1000);
  });
});
