// array.ts - raw blocks of words owned by exactly one container (a list's items, a dict's
// entries and index, a set's table).
// Owns: allocating, growing and freeing those blocks.
// Must never: be visible to Python code or be reference counted by anyone but its owner; the
// owner frees it directly.
//
//   word 2..   the words (data starts at word index (p >> 2) + 2)

import { mem } from '../heap/memory';
import { alloc, free } from '../heap/alloc';
import { Tid } from '../heap/layout';

export const ARRAY_DATA = 2;

export function newArray(words: number): number {
  return alloc(8 + words * 4, Tid.ARRAY);
}

/** A new array of `words` words holding the first `keep` words of `old` (which is freed). */
export function resizeArray(old: number, keep: number, words: number): number {
  const p = newArray(words);
  if (old !== 0) {
    const from = (old >> 2) + ARRAY_DATA;
    mem.i32.copyWithin((p >> 2) + ARRAY_DATA, from, from + keep);
    free(old);
  }
  return p;
}

export function freeArray(p: number): void { if (p !== 0) free(p); }
