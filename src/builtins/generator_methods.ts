// generator_methods.ts - send, throw, close and __next__ of generator objects.
// Owns: turning a finished generator's return value into StopIteration(value), and the
// argument rules of the three methods.
// Must never: resume a frame itself (vm/generator.ts does).

import { Tid } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { NONE } from '../objects/singletons';
import { newException, exc } from '../objects/exception';
import { tupleOf } from '../objects/tuple';
import { typeFlags, TypeFlag } from '../objects/type';
import { defNative, argCount, noKw } from '../runtime/natives';
import { defMethod } from '../runtime/abstract';
import { PyErr, typeError } from '../runtime/errors';
import { callValue } from '../vm/call';
import { generatorSend, generatorClose, genResult } from '../vm/generator';
import { mem } from '../heap/memory';
import { TID_MASK } from '../heap/layout';

/** The value a send produced, or StopIteration carrying the generator's return value. */
function valueOrStop(v: number): number {
  if (v !== 0) return v;
  const r = genResult.returned;
  genResult.returned = 0;
  const args = r === 0 || r === NONE ? [] : [r];
  if (r === NONE) decref(r);
  throw new PyErr(newException(exc.StopIteration, tupleOf(args)));
}

defMethod(Tid.GENERATOR, 'send', defNative('generator.send', (base, n, kw) => {
  noKw('send', kw); argCount('send', n, 2, 2);
  return valueOrStop(generatorSend(ts.S[base], ts.S[base + 1]));
}));

defMethod(Tid.GENERATOR, '__next__', defNative('generator.__next__', (base, n, kw) => {
  noKw('__next__', kw); argCount('__next__', n, 1, 1);
  return valueOrStop(generatorSend(ts.S[base], NONE));
}));

defMethod(Tid.GENERATOR, 'throw', defNative('generator.throw', (base, n, kw) => {
  noKw('throw', kw); argCount('throw', n, 2, 4);
  let e = ts.S[base + 1];
  const isClass = (e & 1) === 0 && (mem.i32[(e >> 2) + 1] & TID_MASK) === Tid.TYPE && (typeFlags(e) & TypeFlag.EXCEPTION) !== 0;
  if (isClass) e = n >= 3 && ts.S[base + 2] !== NONE ? callValue(e, [ts.S[base + 2]]) : callValue(e, []);
  else if ((e & 1) === 1 || (mem.i32[(e >> 2) + 1] & TID_MASK) !== Tid.EXCEPTION) typeError('exceptions must be classes or instances deriving from BaseException, not ' + 'value');
  else incref(e);
  return valueOrStop(generatorSend(ts.S[base], NONE, e));
}));

defMethod(Tid.GENERATOR, 'close', defNative('generator.close', (base, n, kw) => {
  noKw('close', kw); argCount('close', n, 1, 1);
  generatorClose(ts.S[base]);
  return NONE;
}));

