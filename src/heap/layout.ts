// layout.ts - the shape of every word in the heap: values, object headers, the control block.
// Owns: the value tagging scheme, the header bit layout, type ids, and the control block's words.
// Must never: allocate or free. Only the helpers below shift or mask tag bits; every other file
// asks them (isSmall, smallValue, newSmall, tidOf...).
//
// A Python value is one 32-bit word:
//
//    31                                 1   0
//   +-------------------------------------+---+
//   |  signed 31-bit integer              | 1 |   small int (tagged, never allocated)
//   +-------------------------------------+---+
//   |  byte offset of an object (8-aligned)   |   pointer: low three bits 000
//   +-----------------------------------------+
//   |  0                                      |   NULL: "no value" (empty slot, unbound local)
//   +-----------------------------------------+
//
// Every object starts with a two-word header:
//
//   word 0   +-----------------------------------------+
//            |  reference count (int32)                |
//   word 1   +----------------+-----------+------------+
//            | flags (16 bits)| size class| type id    |
//            | 31          16 | 15      8 | 7        0 |
//            +----------------+-----------+------------+
//
// Immortal objects (None, True, False, NotImplemented, Ellipsis, the built-in types and
// functions, code objects) carry the IMMORTAL flag and start with a count of IMMORTAL_COUNT,
// so that ordinary increments and decrements never bring them to zero; `sys.getrefcount`
// reports what is stored, as CPython 3.11 does for None.

// ---------------------------------------------------------------- tagged small ints

export const SMALL_MIN = -(2 ** 30);
export const SMALL_MAX = 2 ** 30 - 1;

/** Is this value a tagged small int (not a pointer)? */
export function isSmall(v: number): boolean { return (v & 1) === 1; }
/** The integer of a tagged small int. */
export function smallValue(v: number): number { return v >> 1; }
/** Tag an integer known to lie in [SMALL_MIN, SMALL_MAX]. */
export function newSmall(n: number): number { return (n << 1) | 1; }
/** Does this JS integer fit a tagged small int? */
export function fitsSmall(n: number): boolean { return n >= SMALL_MIN && n <= SMALL_MAX; }

export const NULL = 0;

// ---------------------------------------------------------------- header

export const HDR_REFCNT = 0;
export const HDR_TYPE = 1;
export const HEADER_WORDS = 2;

export const TID_MASK = 0xff;
export const CLASS_SHIFT = 8;
export const CLASS_MASK = 0xff;

export const enum Flag {
  IMMORTAL = 1 << 16,
  /** str: word 2 holds the cached hash */
  HASHED = 1 << 17,
  /** str: contains characters outside the BMP (stored as surrogate pairs) */
  ASTRAL = 1 << 18,
  /** block is on a free list (set by free, cleared by alloc) */
  FREED = 1 << 19,
}

export const IMMORTAL_COUNT = 1 << 29;

/** Type ids: what kind of object a block holds. The built-in type objects are indexed by these. */
export const enum Tid {
  FREE = 0, NONE, BOOL, INT, FLOAT, STR, TUPLE, LIST, DICT, SET, FROZENSET, RANGE,
  FUNCTION, BUILTIN, METHOD, CODE, CELL, TYPE, EXCEPTION, BYTES, SLICE, MODULE, GENERATOR,
  NOTIMPL, ELLIPSIS, ARRAY, LIST_ITER, TUPLE_ITER, STR_ITER, RANGE_ITER, DICT_ITER, SET_ITER,
  DICT_VIEW, ENUMERATE, ZIP, MAP, FILTER, REVERSED, INSTANCE, FRAME_SAVE, CALL_ITER,
  SUPER, PROPERTY, STATICMETHOD, CLASSMETHOD, LOCK,
  BYTEARRAY, BYTES_ITER, CALLABLE_ITER, FILE,
  COUNT,
}

/** Type id of the object at pointer p (p must be a pointer, not a small int). */
export function tidOf(p: number, i32: Int32Array): number { return i32[(p >> 2) + HDR_TYPE] & TID_MASK; }

// ---------------------------------------------------------------- control block
// The first CONTROL_BYTES of the heap hold the allocator's and the lock's shared state.
// Word indices:

export const enum Ctl {
  MAGIC = 0,
  /** bump pointer: first never-used byte */
  TOP = 1,
  /** bytes in live blocks (rounded to their size class) */
  LIVE_BYTES = 2,
  /** most LIVE_BYTES ever seen */
  HIGH_WATER = 3,
  /** serial number for the next code object (lets per-thread caches detect reuse) */
  NEXT_SERIAL = 4,
  /** blocks allocated and freed, for statistics */
  ALLOCS = 5,
  FREES = 6,
  /** the allocator's own spin lock, used only when the GIL is off */
  ALLOC_LOCK = 7,
  /** free-list heads, one per size class */
  FREE_HEADS = 16,
  /** words GIL_BASE .. GIL_END belong to the lock (see gil.ts; it uses 1088 of them) */
  GIL_BASE = 1024,
  GIL_END = 2304,
  /** words THREADS_BASE .. THREADS_END: the thread table and worker pool (see vm/threads.ts) */
  THREADS_BASE = 2304,
  THREADS_END = 4096,
}

export const MAGIC = 0x50594731; // "PYG1"
export const CONTROL_BYTES = 16384;
