// alloc.ts - the allocator: size classes, free lists and a bump pointer, all in the shared heap.
// Owns: alloc and free of blocks, and the allocator's statistics (live bytes, high-water mark).
// Must never: know what an object means. It writes the header's type id and size class and
// nothing else of an object's body beyond zeroing it.
//
// pymalloc is the model, simplified: every request is rounded up to a size class; each class
// has a singly linked free list whose head lives in the control block, so every thread sees
// the same lists. A free block is reused before the bump pointer moves, so a loop that makes
// and drops objects keeps the heap flat. Small classes step by 8 bytes up to 128, by 32 up to
// 256; larger requests round up to a power of two.
//
// A freed block looks like this (the heap checker relies on it):
//   word 0: FREED_COUNT (a negative count no live object can have)
//   word 1: FREED flag | size class | Tid.FREE
//   word 2: next free block of the class (byte offset), 0 at the end
//   word 3: generation: the heap's free count (Ctl.FREES) after this free, so a stale reference
//           to the block can be dated ("freed 40 frees ago"); every block has at least 4 words

import { mem, grow, syncViews } from './memory';
import { Ctl, Tid, Flag, CLASS_SHIFT, CLASS_MASK, TID_MASK, CONTROL_BYTES, MAGIC } from './layout';

export const FREED_COUNT = -0x0dead;
/** Word of a freed block holding its generation (see the diagram above). */
export const FREED_GEN = 3;

const SMALL_SIZES = [16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 160, 192, 224, 256];
/** Bytes of each size class; class 0 is unused so that 0 can mean "no class". */
export const CLASS_BYTES: number[] = [0, ...SMALL_SIZES];
for (let b = 512; b <= 1 << 30; b *= 2) CLASS_BYTES.push(b);
const FIRST_POW2_CLASS = SMALL_SIZES.length + 1;

/** size in 8-byte units -> class, for requests up to 256 bytes */
const SMALL_CLASS_OF: Uint8Array = (() => {
  const t = new Uint8Array(33);
  let c = 1;
  for (let units = 0; units <= 32; units++) {
    while (CLASS_BYTES[c] < Math.max(units * 8, 16)) c++;
    t[units] = c;
  }
  return t;
})();

export function sizeClassOf(bytes: number): number {
  if (bytes <= 256) return SMALL_CLASS_OF[(bytes + 7) >> 3];
  return FIRST_POW2_CLASS + (32 - Math.clz32(bytes - 1)) - 9;
}

/** Thrown when the heap cannot grow further; the VM turns it into MemoryError. */
export class HeapExhausted extends Error {
  constructor(readonly requested: number) { super(`heap exhausted allocating ${requested} bytes`); }
}

/** When the GIL is off, threads allocate concurrently: a spin lock guards the free lists. */
let lockAllocator = false;
export function setAllocatorLocking(on: boolean): void { lockAllocator = on; }

function lock(i32: Int32Array): void {
  // compareExchange makes the 0 -> 1 transition atomic; the hold time is a few dozen
  // instructions, so spinning is cheaper than sleeping.
  while (Atomics.compareExchange(i32, Ctl.ALLOC_LOCK, 0, 1) !== 0) { /* spin */ }
}
function unlock(i32: Int32Array): void { Atomics.store(i32, Ctl.ALLOC_LOCK, 0); }

/** Set up the control block of a fresh heap. */
export function initAllocator(): void {
  const i32 = mem.i32;
  i32[Ctl.MAGIC] = MAGIC;
  i32[Ctl.TOP] = CONTROL_BYTES;
  i32[Ctl.NEXT_SERIAL] = 1;
}

/**
 * Allocate a block of at least `bytes` bytes (header included), zeroed, with refcount 1 and
 * the given type id. Throws HeapExhausted when the cap is reached.
 */
export function alloc(bytes: number, tid: number): number {
  const p = allocUninit(bytes, tid);
  const w = p >> 2;
  const end = w + (CLASS_BYTES[(mem.i32[w + 1] >> CLASS_SHIFT) & CLASS_MASK] >> 2);
  const i32 = mem.i32;
  // small blocks are cleared word by word: a call to fill() costs more than a few stores
  if (end - w <= 10) for (let i = w + 2; i < end; i++) i32[i] = 0;
  else i32.fill(0, w + 2, end);
  return p;
}

/**
 * Like alloc but the body (after the header) is left as it was: for callers that write every
 * word of the body before anything can read it (floats, ints, strs).
 */
export function allocUninit(bytes: number, tid: number): number {
  const cls = sizeClassOf(bytes);
  const size = CLASS_BYTES[cls];
  let i32 = mem.i32;
  if (lockAllocator) {
    lock(i32);
    // Without the GIL another thread may have grown the heap: a block on a free list may lie
    // past the end of this thread's views.
    syncViews();
    i32 = mem.i32;
  }
  let p = i32[Ctl.FREE_HEADS + cls];
  if (p !== 0) {
    i32[Ctl.FREE_HEADS + cls] = i32[(p >> 2) + 2];
  } else {
    p = i32[Ctl.TOP];
    const end = p + size;
    if (end > mem.size) {
      if (!grow(end)) { if (lockAllocator) unlock(i32); throw new HeapExhausted(bytes); }
      i32 = mem.i32;
    }
    i32[Ctl.TOP] = end;
  }
  const live = i32[Ctl.LIVE_BYTES] + size;
  i32[Ctl.LIVE_BYTES] = live;
  if (live > i32[Ctl.HIGH_WATER]) i32[Ctl.HIGH_WATER] = live;
  i32[Ctl.ALLOCS]++;
  if (lockAllocator) unlock(i32);
  const w = p >> 2;
  i32[w] = 1;
  i32[w + 1] = (cls << CLASS_SHIFT) | tid;
  return p;
}

/** Return a block to its class's free list. The caller has already released what it referenced. */
/**
 * One block whose freeing must be noticed: objects/str.ts keeps the decoded JS text of the last
 * long str it read, valid only while that block is not freed (its address may then hold another
 * str). 0: none. Threads that take the lock back forget it too (vm/threads.ts): another thread
 * may have freed the block meanwhile.
 */
export const watchedBlock = { ptr: 0 };

export function free(p: number): void {
  if (p === watchedBlock.ptr) watchedBlock.ptr = 0;
  const i32 = mem.i32;
  const w = p >> 2;
  const cls = (i32[w + 1] >> CLASS_SHIFT) & CLASS_MASK;
  if (lockAllocator) lock(i32);
  i32[w] = FREED_COUNT;
  i32[w + 1] = Flag.FREED | (cls << CLASS_SHIFT) | Tid.FREE;
  i32[w + 2] = i32[Ctl.FREE_HEADS + cls];
  i32[w + FREED_GEN] = ++i32[Ctl.FREES];
  i32[Ctl.FREE_HEADS + cls] = p;
  i32[Ctl.LIVE_BYTES] -= CLASS_BYTES[cls];
  if (lockAllocator) unlock(i32);
}

/** Usable bytes of the block at p (its size class), header included. */
export function blockBytes(p: number): number {
  return CLASS_BYTES[(mem.i32[(p >> 2) + 1] >> CLASS_SHIFT) & CLASS_MASK];
}

export function isFreed(p: number): boolean {
  return (mem.i32[(p >> 2) + 1] & Flag.FREED) !== 0 && (mem.i32[(p >> 2) + 1] & TID_MASK) === Tid.FREE;
}

export interface HeapStats { top: number; live: number; highWater: number; allocs: number; frees: number; size: number }
export function heapStats(): HeapStats {
  const i32 = mem.i32;
  return { top: i32[Ctl.TOP], live: i32[Ctl.LIVE_BYTES], highWater: i32[Ctl.HIGH_WATER],
    allocs: i32[Ctl.ALLOCS], frees: i32[Ctl.FREES], size: mem.size };
}
