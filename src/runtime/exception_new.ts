// exception_new.ts - calling an exception class that has no __init__ of its own in Python.
// Owns: BaseException's (positional arguments only, kept as args) and the classes whose built-in
// __init__ takes more: OSError's errno fields (oserror.ts), ImportError's name= and path=
// (importerror.ts). types.ts calls it for the built-in classes, classes.ts for user subclasses.
// Must never: run a Python __init__ (classes.ts does, passing it the arguments instead).

import { incref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { newException, exc } from '../objects/exception';
import { tupleOf } from '../objects/tuple';
import { typeName, isSubtype } from '../objects/type';
import { strValue } from '../objects/str';
import { npos, noKw } from './natives';
import { newOSError } from './oserror';
import { newImportError } from './importerror';

/** An instance of exception class cls called with the n arguments at S[base..]. New reference. */
export function newExceptionFromCall(cls: number, base: number, n: number, kw: number): number {
  if (isSubtype(cls, exc.ImportError)) return newImportError(cls, base, n, kw);
  // BaseException.__init__ refuses keywords, naming the class called
  noKw(strValue(typeName(cls)), kw);
  const S = ts.S;
  const args: number[] = [];
  for (let i = 0; i < npos(n, kw); i++) { incref(S[base + i]); args.push(S[base + i]); }
  if (isSubtype(cls, exc.OSError)) return newOSError(cls, args);
  return newException(cls, tupleOf(args));
}
