// oserror.ts - OSError and its subclasses as CPython makes them: errno, strerror, filename
// (and filename2).
// Owns: the errno table (Node's error codes to Linux numbers, texts and exception classes),
// OSError(errno, strerror[, filename]) picking its subclass and filling its attributes, the
// "[Errno 2] No such file or directory: 'x'" text, and raising from a failed fs call.
// Must never: perform I/O itself; callers catch Node's error and hand it here.
//
// The attributes live in the exception's __dict__ (set to None when the arguments do not
// give them), so `e.errno` reads like any other attribute; CPython keeps them in C fields.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { decref } from '../heap/refcount';
import { newException, exc, EXC_ARGS, EXC_DICT } from '../objects/exception';
import { tupleOf } from '../objects/tuple';
import { newInt, intValue } from '../objects/int';
import { newStr, intern } from '../objects/str';
import { dictGet, dictSet } from '../objects/dict';
import { NONE } from '../objects/singletons';
import { isSubtype } from '../objects/type';
import { PyErr } from './errors';
import { instanceDict } from './classes';

/** Node's error code -> [Linux errno, strerror, exception class name]. */
const ERRNO: Record<string, [number, string, string]> = {
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  ESRCH: [3, 'No such process', 'ProcessLookupError'],
  EINTR: [4, 'Interrupted system call', 'InterruptedError'],
  EIO: [5, 'Input/output error', 'OSError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  ECHILD: [10, 'No child processes', 'ChildProcessError'],
  EAGAIN: [11, 'Resource temporarily unavailable', 'BlockingIOError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  ESPIPE: [29, 'Illegal seek', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  EPIPE: [32, 'Broken pipe', 'BrokenPipeError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
  ECONNABORTED: [103, 'Software caused connection abort', 'ConnectionAbortedError'],
  ECONNRESET: [104, 'Connection reset by peer', 'ConnectionResetError'],
  ESHUTDOWN: [108, 'Cannot send after transport endpoint shutdown', 'BrokenPipeError'],
  ETIMEDOUT: [110, 'Connection timed out', 'TimeoutError'],
  ECONNREFUSED: [111, 'Connection refused', 'ConnectionRefusedError'],
  EALREADY: [114, 'Operation already in progress', 'BlockingIOError'],
  EINPROGRESS: [115, 'Operation now in progress', 'BlockingIOError'],
};

/** OSError(errno, ...) called on OSError itself becomes the subclass for that errno (PEP 3151). */
const SUBCLASS_BY_ERRNO = new Map<number, string>();
for (const [, [no, , cls]] of Object.entries(ERRNO)) if (cls !== 'OSError') SUBCLASS_BY_ERRNO.set(no, cls);
SUBCLASS_BY_ERRNO.set(13, 'PermissionError');

function isIntValue(v: number): boolean {
  return (v & 1) === 1 || (mem.i32[(v >> 2) + 1] & TID_MASK) === Tid.INT;
}

/**
 * An instance of OSError class `cls` (or a subclass of it) called with `args` (new references,
 * stolen): CPython's oserror_new/oserror_init. With 2 to 5 arguments, errno and strerror are the
 * first two and filename the third; a filename leaves only (errno, strerror) in args.
 */
export function newOSError(cls: number, args: number[]): number {
  const n = args.length;
  if (cls === exc.OSError && n >= 2 && n <= 5 && isIntValue(args[0])) {
    const sub = SUBCLASS_BY_ERRNO.get(Number(intValue(args[0])));
    if (sub !== undefined && exc[sub] !== undefined) cls = exc[sub];
  }
  const e = newException(cls, tupleOf([]));
  initOSError(e, args);
  return e;
}

/**
 * OSError.__init__ on e with `args` (new references, stolen): args and the three fields. A
 * subclass whose __init__ calls super().__init__(errno, text) comes here (CPython's
 * oserror_init, which does the work when a class overrides __init__).
 */
export function initOSError(e: number, args: number[]): void {
  const n = args.length;
  const withFields = n >= 2 && n <= 5;
  const filename = withFields && n >= 3 ? args[2] : NONE;
  // with a filename, args keeps only (errno, strerror); the rest is dropped once stored
  const truncate = filename !== NONE;
  const w = (e >> 2) + EXC_ARGS;
  const old = mem.i32[w];
  mem.i32[w] = tupleOf(truncate ? args.slice(0, 2) : args);
  decref(old);
  const d = instanceDict(e);
  dictSet(d, intern('errno'), withFields ? args[0] : NONE);
  dictSet(d, intern('strerror'), withFields ? args[1] : NONE);
  dictSet(d, intern('filename'), filename);
  // (the fourth is winerror, Windows only; the fifth a second file name, as rename's)
  dictSet(d, intern('filename2'), withFields && n === 5 ? args[4] : NONE);
  if (truncate) for (const a of args.slice(2)) decref(a);
}

/** Raise the OSError for errno `no` with CPython's text and the given filename (a JS string). */
export function raiseErrno(code: string, filename: string | null): never {
  const [no, text, cls] = ERRNO[code] ?? [5, 'Input/output error', 'OSError'];
  const args = [newInt(no), newStr(text)];
  if (filename !== null) args.push(newStr(filename));
  throw new PyErr(newOSError(exc[cls], args));
}

/** Turn an exception thrown by Node's fs into the matching Python OSError (others pass through). */
export function fromNodeError(e: unknown, filename: string | null): never {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return raiseErrno(code, filename);
  throw e;
}

/**
 * str() of an OSError whose attributes are set: "[Errno N] text: 'filename'" or "[Errno N] text";
 * null to fall back to BaseException's text.
 */
export function osErrorText(v: number, repr: (x: number) => string, str: (x: number) => string): string | null {
  if (!isSubtype(mem.i32[(v >> 2) + 2], exc.OSError)) return null;
  const dict = mem.i32[(v >> 2) + EXC_DICT];
  if (dict === 0) return null;
  const field = (name: string): number => { const x = dictGet(dict, intern(name)); return x === 0 ? NONE : x; };
  const no = field('errno'), text = field('strerror'), filename = field('filename'), filename2 = field('filename2');
  if (filename !== NONE && filename2 !== NONE) return `[Errno ${str(no)}] ${str(text)}: ${repr(filename)} -> ${repr(filename2)}`;
  if (filename !== NONE) return `[Errno ${str(no)}] ${str(text)}: ${repr(filename)}`;
  if (no !== NONE && text !== NONE) return `[Errno ${str(no)}] ${str(text)}`;
  return null;
}
