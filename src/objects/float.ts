// float.ts - Python floats: a header and one IEEE double.
// Owns: the float block layout (the double at byte offset 8, 8-aligned) and newFloat/floatValue.
// Must never: format or compute; format/float.ts and ops do.

import { mem } from '../heap/memory';
import { allocUninit } from '../heap/alloc';
import { Tid } from '../heap/layout';

export function newFloat(x: number): number {
  const p = allocUninit(16, Tid.FLOAT);
  mem.f64[(p >> 3) + 1] = x; // the double fills the whole body
  return p;
}

export function floatValue(p: number): number {
  return mem.f64[(p >> 3) + 1];
}
