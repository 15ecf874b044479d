// dis_module.ts - the built-in `dis` module: dis.dis(x) prints a CPython-style listing.
// Owns: finding the code object of what it is given (function, method, code object, or
// None for nothing) and printing src/dis.ts's listing to stdout.
// Must never: format instructions itself (src/dis.ts does, for the CLI's -m dis too).

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { ts } from '../vm/thread';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, argCount } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern } from '../objects/str';
import { NONE } from '../objects/singletons';
import { FN_CODE } from '../objects/func';
import { codeSpecOf } from '../objects/code';
import { typeError } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { writeStdout } from '../runtime/output';
import { disassemble } from '../dis';

function codeOf(v: number): number {
  if ((v & 1) === 0) {
    const t = mem.i32[(v >> 2) + 1] & TID_MASK;
    if (t === Tid.CODE) return v;
    if (t === Tid.FUNCTION) return mem.i32[(v >> 2) + FN_CODE];
    if (t === Tid.METHOD) return codeOf(mem.i32[(v >> 2) + 2]);
  }
  return typeError(`don't know how to disassemble ${typeNameOf(v)} objects`);
}

const disIdx = defNative('dis.dis', (base, n) => {
  argCount('dis', n, 1, 1);
  writeStdout(disassemble(codeSpecOf(codeOf(ts.S[base]))));
  return NONE;
});

defineBuiltinModule('dis', (d) => {
  dictSet(d, intern('dis'), nativeObject(disIdx));
});
