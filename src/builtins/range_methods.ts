// range_methods.ts - range.index and range.count, computed arithmetically (never by iterating).
// Owns: the two methods of range objects.
// Must never: materialise the range.

import { Tid } from '../heap/layout';
import { mem } from '../heap/memory';
import { TID_MASK } from '../heap/layout';
import { ts } from '../vm/thread';
import { argCount, noKw } from '../runtime/natives';
import { method } from './list_methods';
import { rangeBig, rangeLengthBig } from '../objects/range';
import { newInt, intValue } from '../objects/int';
import { valueError } from '../runtime/errors';
import { repr } from '../runtime/repr';

/** Position of v in range r, or -1 (only ints and bools can be members). */
function position(r: number, v: number): number {
  const t = (v & 1) === 1 ? Tid.INT : mem.i32[(v >> 2) + 1] & TID_MASK;
  if (t !== Tid.INT && t !== Tid.BOOL) return -1;
  const x = BigInt(intValue(v));
  const [start, stop, step] = rangeBig(r);
  const n = rangeLengthBig(start, stop, step);
  if ((x - start) % step !== 0n) return -1;
  const k = (x - start) / step;
  return k >= 0n && k < n ? Number(k) : -1;
}

method(Tid.RANGE, 'index', (base, n, kw) => {
  noKw('index', kw); argCount('index', n, 2, 2);
  const k = position(ts.S[base], ts.S[base + 1]);
  if (k < 0) valueError(`${repr(ts.S[base + 1])} is not in range`);
  return newInt(k);
});

method(Tid.RANGE, 'count', (base, n, kw) => {
  noKw('count', kw); argCount('count', n, 2, 2);
  return newInt(position(ts.S[base], ts.S[base + 1]) < 0 ? 0 : 1);
});
