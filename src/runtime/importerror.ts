// importerror.ts - ImportError and its subclasses as CPython makes them: msg, name and path.
// Owns: ImportError(*args, name=None, path=None) filling those attributes, the ImportError the
// import system raises (naming the module), str() of an ImportError whose msg was set, and what
// the three attributes read as when nothing set them.
// Must never: find or load modules (vm/modules.ts does).
//
// As for OSError (oserror.ts), the attributes live in the exception's __dict__, set by
// ImportError's __init__ (here: when the class is called, or by super().__init__ in a subclass)
// as CPython's does: msg is the only positional argument (None unless exactly one), name and path
// the keywords. An ImportError whose __init__ never ran reads all three as None.

import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { newException, newExceptionMsg, exc, EXC_ARGS, EXC_CLASS, EXC_DICT } from '../objects/exception';
import { tupleOf, tupleGet } from '../objects/tuple';
import { newStr, intern, strValue } from '../objects/str';
import { dictGet, dictSet } from '../objects/dict';
import { NONE } from '../objects/singletons';
import { isSubtype } from '../objects/type';
import { PyErr } from './errors';
import { npos, kwOnlyArgs } from './natives';
import { instanceDict } from './classes';

export function isImportError(e: number): boolean {
  return isSubtype(mem.i32[(e >> 2) + EXC_CLASS], exc.ImportError);
}

/**
 * ImportError.__init__ on exception e, whose args are already set, for a call whose arguments
 * are at S[base..base+n): msg, and name and path from the keywords (CPython parses those apart,
 * and names ImportError in its errors, whatever the class).
 */
export function initImportError(e: number, base: number, n: number, kw: number): void {
  const np = npos(n, kw);
  const msg = np === 1 ? ts.S[base] : NONE;
  const [name, path] = kw === 0 ? [0, 0] : kwOnlyArgs('ImportError', base, n, kw, ['name', 'path']);
  setFields(e, msg, name === 0 ? NONE : name, path === 0 ? NONE : path);
}

/** Store msg, name and path (borrowed) in e's __dict__. */
function setFields(e: number, msg: number, name: number, path: number): void {
  const d = instanceDict(e);
  dictSet(d, intern('msg'), msg);
  dictSet(d, intern('name'), name);
  dictSet(d, intern('path'), path);
}

/** A new instance of ImportError class cls called with the arguments at S[base..base+n). */
export function newImportError(cls: number, base: number, n: number, kw: number): number {
  const S = ts.S;
  const args: number[] = [];
  for (let i = 0; i < npos(n, kw); i++) { incref(S[base + i]); args.push(S[base + i]); }
  const e = newException(cls, tupleOf(args));
  try { initImportError(e, base, n, kw); } catch (err) { decref(e); throw err; }
  return e;
}

/** Raise ImportError class cls with message msg, naming module `name` (and its file `path`). */
export function raiseImportError(cls: number, msg: string, name: string | null, path: string | null = null): never {
  const e = newExceptionMsg(cls, msg);
  const nameObj = name === null ? NONE : newStr(name), pathObj = path === null ? NONE : newStr(path);
  try {
    setFields(e, tupleGet(mem.i32[(e >> 2) + EXC_ARGS], 0), nameObj, pathObj);
  } finally {
    if (nameObj !== NONE) decref(nameObj);
    if (pathObj !== NONE) decref(pathObj);
  }
  throw new PyErr(e);
}

/**
 * What name, path or msg of an ImportError reads as when its __init__ never ran: None (a new
 * reference); 0 for any other attribute or exception.
 */
export function importErrorDefault(e: number, attr: string): number {
  if ((attr !== 'name' && attr !== 'path' && attr !== 'msg') || !isImportError(e)) return 0;
  incref(NONE);
  return NONE;
}

/** str() of an ImportError whose msg is a str (CPython's ImportError_str), else null. */
export function importErrorText(e: number): string | null {
  const dict = mem.i32[(e >> 2) + EXC_DICT];
  if (dict === 0 || !isImportError(e)) return null;
  const msg = dictGet(dict, intern('msg'));
  if (msg === 0 || (msg & 1) === 1 || (mem.i32[(msg >> 2) + 1] & TID_MASK) !== Tid.STR) return null;
  return strValue(msg);
}
