// exception.ts - exception instances and the built-in exception hierarchy.
// Owns: the exception block layout, creating instances, and the classes of CPython's hierarchy.
// Must never: unwind frames or print (vm/unwind and runtime/traceback do).
//
//   word 2   class (type)
//   word 3   args (tuple)
//   word 4   traceback: a list of (code, line) pairs flattened, innermost frame LAST, or 0
//   word 5   __cause__ (0 when unset)
//   word 6   __context__ (0 when unset)
//   word 7   __suppress_context__ (0 / 1)
//   word 8   __dict__ (0 until an attribute is set)

import { mem } from '../heap/memory';
import { alloc } from '../heap/alloc';
import { Tid } from '../heap/layout';
import { incref, xdecref, registerClear } from '../heap/refcount';
import { newType, TypeFlag, T } from './type';
import { tupleOf } from './tuple';
import { newStr } from './str';

export const EXC_CLASS = 2, EXC_ARGS = 3, EXC_TB = 4, EXC_CAUSE = 5, EXC_CONTEXT = 6, EXC_SUPPRESS = 7, EXC_DICT = 8;

/** New exception instance of class `cls` with the given args tuple (stolen). */
export function newException(cls: number, args: number): number {
  const p = alloc(36, Tid.EXCEPTION);
  const w = p >> 2;
  incref(cls);
  mem.i32[w + EXC_CLASS] = cls;
  mem.i32[w + EXC_ARGS] = args;
  return p;
}

/** New exception with one str argument (or none when msg is null). */
export function newExceptionMsg(cls: number, msg: string | null): number {
  return newException(cls, msg === null ? tupleOf([]) : tupleOf([newStr(msg)]));
}

export function excField(e: number, f: number): number { return mem.i32[(e >> 2) + f]; }

registerClear(Tid.EXCEPTION, (e) => {
  const w = e >> 2;
  for (let f = EXC_CLASS; f <= EXC_DICT; f++) if (f !== EXC_SUPPRESS) xdecref(mem.i32[w + f]);
});

/** The built-in exception classes by name. */
export const exc: Record<string, number> = Object.create(null);

/** [name, base name] in CPython's hierarchy (Lib/test/exception_hierarchy.txt), parents first. */
const HIERARCHY: [string, string][] = [
  ['BaseException', ''],
  ['SystemExit', 'BaseException'], ['KeyboardInterrupt', 'BaseException'], ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'], ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'], ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'], ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'], ['AttributeError', 'Exception'], ['BufferError', 'Exception'],
  ['EOFError', 'Exception'], ['ImportError', 'Exception'], ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'], ['IndexError', 'LookupError'], ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'], ['NameError', 'Exception'], ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'], ['BlockingIOError', 'OSError'], ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'], ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'], ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileNotFoundError', 'OSError'], ['FileExistsError', 'OSError'],
  ['PermissionError', 'OSError'], ['IsADirectoryError', 'OSError'], ['NotADirectoryError', 'OSError'],
  ['ProcessLookupError', 'OSError'], ['TimeoutError', 'OSError'], ['InterruptedError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'], ['NotImplementedError', 'RuntimeError'], ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'], ['IndentationError', 'SyntaxError'], ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'], ['TypeError', 'Exception'],
  ['ValueError', 'Exception'], ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'], ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'], ['BytesWarning', 'Warning'], ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'], ['FutureWarning', 'Warning'], ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'], ['ResourceWarning', 'Warning'], ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'], ['UnicodeWarning', 'Warning'], ['UserWarning', 'Warning'],
  // (BaseExceptionGroup and ExceptionGroup, PEP 654, are not here: pygil has no except*)
];

export function initExceptions(): void {
  const object = T.object;
  for (const [name, base] of HIERARCHY) {
    exc[name] = newType(name, base === '' ? object : exc[base], Tid.EXCEPTION, TypeFlag.BASETYPE | TypeFlag.EXCEPTION);
  }
}
