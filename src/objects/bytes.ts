// bytes.ts - immutable byte strings: Python bytes, and the raw tables inside code objects.
// Owns: the bytes block layout and creation from a Uint8Array.
// Must never: be mutated after creation.
//
//   word 2     length in bytes
//   bytes 12.. the data

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';

export function newBytes(data: Uint8Array): number {
  const p = alloc(12 + data.length, Tid.BYTES);
  mem.i32[(p >> 2) + 2] = data.length;
  mem.u8.set(data, p + 12);
  return p;
}

export function bytesLen(p: number): number { return mem.i32[(p >> 2) + 2]; }
/** A copy of the data (safe to keep: bytes never change). */
export function bytesData(p: number): Uint8Array { return mem.u8.slice(p + 12, p + 12 + bytesLen(p)); }
