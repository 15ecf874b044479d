// memory.ts - the one SharedArrayBuffer that every Python object lives in, and its views.
// Owns: creating the buffer (growable up to a cap), attaching to it from another thread,
// growing it, and the typed-array views every other module reads the heap through.
// Must never: cache a view across an allocation. After `grow`, the old views still read the
// old range correctly but are too short for the new one, so code reads `mem.i32` afresh.
//
// Why fixed-length views rebuilt on growth instead of length-tracking views over the growable
// buffer: V8 (Node 20) runs loops over length-tracking typed arrays about 7x slower (measured
// while writing this file: 1306 ms versus 195 ms for the same loop).

export interface Memory {
  buf: SharedArrayBuffer;
  i32: Int32Array;
  u32: Uint32Array;
  u16: Uint16Array;
  u8: Uint8Array;
  f64: Float64Array;
  /** current length of the buffer in bytes */
  size: number;
  /** the most it may grow to (-X heapsize) */
  cap: number;
}

// No SharedArrayBuffer is made at load time: the start-up snapshot (scripts/build_snapshot.js)
// loads this module while SharedArrayBuffer does not exist; createMemory makes the real one.
export const mem: Memory = {
  buf: null as unknown as SharedArrayBuffer,
  i32: new Int32Array(0),
  u32: new Uint32Array(0),
  u16: new Uint16Array(0),
  u8: new Uint8Array(0),
  f64: new Float64Array(0),
  size: 0,
  cap: 0,
};

function refreshViews(): void {
  const b = mem.buf;
  mem.size = b.byteLength;
  mem.i32 = new Int32Array(b, 0, mem.size >> 2);
  mem.u32 = new Uint32Array(b, 0, mem.size >> 2);
  mem.u16 = new Uint16Array(b, 0, mem.size >> 1);
  mem.u8 = new Uint8Array(b, 0, mem.size);
  mem.f64 = new Float64Array(b, 0, mem.size >> 3);
}

/** Create a fresh heap of `initial` bytes that may grow to `cap` bytes (both multiples of 8). */
export function createMemory(initial: number, cap: number): void {
  // Pointers are byte offsets stored in int32 words, so the heap can never pass 2 GiB.
  cap = Math.min(cap, 0x7ffffff8);
  initial = Math.min(initial, cap);
  const opts = { maxByteLength: cap } as unknown as undefined;
  mem.buf = new (SharedArrayBuffer as unknown as new (n: number, o?: unknown) => SharedArrayBuffer)(initial, opts);
  mem.cap = cap;
  refreshViews();
}

/** Attach to a heap made by another thread (worker start-up). */
export function attachMemory(buf: SharedArrayBuffer, cap: number): void {
  mem.buf = buf;
  mem.cap = cap;
  refreshViews();
}

/** Another thread may have grown the buffer: rebuild the views if so. Cheap when nothing changed. */
export function syncViews(): void {
  if (mem.buf.byteLength !== mem.size) refreshViews();
}

/**
 * Grow so that at least `needed` bytes exist. Doubles (to amortise) but never passes the cap.
 * Returns false when the cap does not allow it: the caller raises MemoryError.
 */
export function grow(needed: number): boolean {
  if (needed <= mem.buf.byteLength) { syncViews(); return true; }
  if (needed > mem.cap) return false;
  let next = Math.max(mem.buf.byteLength * 2, 1 << 20);
  while (next < needed) next *= 2;
  next = Math.min(next, mem.cap);
  (mem.buf as unknown as { grow(n: number): void }).grow(next);
  refreshViews();
  return true;
}
