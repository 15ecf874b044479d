// errors.ts - the one path for raising: native code throws a PyErr holding a Python exception.
// Owns: PyErr, the raise helpers, and turning JS-level failures (heap exhaustion, JS stack
// overflow, format errors) into the Python exceptions a user expects.
// Must never: catch. Only the eval loop and the few natives that must clean up catch PyErr.

import { newException, newExceptionMsg, exc } from '../objects/exception';
import { tupleOf } from '../objects/tuple';
import { HeapExhausted } from '../heap/alloc';
import { incref } from '../heap/refcount';
import { makeImmortal } from '../objects/singletons';
import { FormatError } from '../format/errors';
import { NotAStr, strValue } from '../objects/str';
import { typeName, typeOf } from '../objects/type';

/** A raised Python exception in flight through JS frames. Owns one reference to `exc`. */
export class PyErr {
  constructor(readonly exc: number) {}
}

export function raise(cls: number, msg: string | null = null): never {
  throw new PyErr(newExceptionMsg(cls, msg));
}

/** Raise cls(*args) with args already made (stolen). */
export function raiseArgs(cls: number, args: number[]): never {
  throw new PyErr(newException(cls, tupleOf(args)));
}

export const typeError = (msg: string): never => raise(exc.TypeError, msg);
export const valueError = (msg: string): never => raise(exc.ValueError, msg);
export const indexError = (msg: string): never => raise(exc.IndexError, msg);
export const attributeError = (msg: string): never => raise(exc.AttributeError, msg);
export const zeroDivision = (msg: string): never => raise(exc.ZeroDivisionError, msg);
export const overflowError = (msg: string): never => raise(exc.OverflowError, msg);
export const notImplemented = (msg: string): never => raise(exc.NotImplementedError, msg);

let memoryError = 0;
/** The preallocated MemoryError, for a worker attaching to the heap (runtime/init.ts). */
export function memoryErrorObject(): number { return memoryError; }
export function setMemoryErrorObject(e: number): void { memoryError = e; }

/** Preallocate what raising must never need to allocate (MemoryError itself). */
export function initErrors(): void {
  memoryError = newExceptionMsg(exc.MemoryError, null);
  makeImmortal(memoryError);
}

/**
 * Any JS exception caught by the eval loop becomes a PyErr here:
 * PyErr passes through; heap exhaustion is MemoryError; a JS stack overflow is RecursionError;
 * a FormatError from format/ becomes its named Python exception. Anything else is an internal
 * error and is returned as null for the caller to report.
 */
export function toPyErr(e: unknown): PyErr | null {
  if (e instanceof PyErr) return e;
  if (e instanceof HeapExhausted) { incref(memoryError); return new PyErr(memoryError); }
  if (e instanceof NotAStr) {
    const v = e.value;
    const name = (v & 1) === 1 ? 'int' : strValue(typeName(typeOf(v)));
    return new PyErr(newExceptionMsg(exc.TypeError, `expected str, not ${name}`));
  }
  // a JS string or array past V8's limits (a str of hundreds of millions of characters): the
  // memory CPython would run out of
  if (e instanceof RangeError && /^Invalid (string|array|typed array) length/.test(e.message)) {
    incref(memoryError);
    return new PyErr(memoryError);
  }
  // a path with a NUL character reaching Node's fs (os.path.exists('a\0b')): CPython's ValueError
  if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'ERR_INVALID_ARG_VALUE' && /null bytes/.test(e.message)) {
    return new PyErr(newExceptionMsg(exc.ValueError, 'embedded null byte'));
  }
  if (e instanceof RangeError && /call stack/.test(e.message)) {
    return new PyErr(newExceptionMsg(exc.RecursionError, 'maximum recursion depth exceeded'));
  }
  if (e instanceof FormatError) return new PyErr(newExceptionMsg(exc[e.type], e.message));
  return null;
}
