// sys_module.ts - the built-in `sys` module.
// Owns: argv, exit, getrefcount, recursion limit, check and switch intervals, version info,
// maxsize, modules, path, platform, byteorder, stdin (a file: objects/file.ts), stdout/stderr
// writers, executable.
// Must never: cache values another thread may change: every getter reads the live state.

import { incref, refcnt } from '../heap/refcount';
import { ts, TH_EXC_INFO } from '../vm/thread';
import { typeOf, isSubtype } from '../objects/type';
import { formatException } from '../runtime/traceback';
import { defineBuiltinModule, modulesDict } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern, newStr, strValue } from '../objects/str';
import { newInt, intValue } from '../objects/int';
import { newFloat, floatValue } from '../objects/float';
import { tupleOf } from '../objects/tuple';
import { newList, listAppend } from '../objects/list';
import { NONE, TRUE, FALSE } from '../objects/singletons';
import { newException, exc } from '../objects/exception';
import { PyErr, typeError, valueError } from '../runtime/errors';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { typeNameOf } from '../runtime/repr';
import { writeStdout, writeStderr, flushStdout } from '../runtime/output';
import { options } from '../options';
import { decref } from '../heap/refcount';
import { newModule } from '../objects/module';
import { newStdinFile } from '../objects/file';
import { newDict } from '../objects/dict';
import { setStderrObject, setStdoutObject } from './functions';
import { self, setSharedCheckInterval } from '../vm/threads';
import { checkHeapNow } from '../runtime/checkheap';

function isIntValue(v: number): boolean {
  if ((v & 1) === 1) return true;
  const t = mem.i32[(v >> 2) + 1] & TID_MASK;
  return t === Tid.INT || t === Tid.BOOL;
}

const S = () => ts.S;

const excepthook = defNative('sys.excepthook', (base, n, kw) => excepthookImpl(base, n, kw));

const fns: [string, number][] = [
  ['exit', defNative('sys.exit', (base, n, kw) => {
    noKw('exit', kw); argCount('exit', n, 0, 1);
    const args = n === 1 ? [(incref(S()[base]), S()[base])] : [];
    throw new PyErr(newException(exc.SystemExit, tupleOf(args)));
  })],
  ['getrefcount', defNative('sys.getrefcount', (base, n, kw) => {
    noKw('getrefcount', kw); argCount('getrefcount', n, 1, 1);
    const v = S()[base];
    // a tagged small int has no count; CPython's small ints are immortal-ish and report a large one
    return newInt((v & 1) === 1 ? 1000000000 : refcnt(v));
  })],
  ['getrecursionlimit', defNative('sys.getrecursionlimit', (base, n, kw) => {
    noKw('sys.getrecursionlimit', kw); argCount('sys.getrecursionlimit', n, 0, 0);
    return newInt(ts.recursionLimit);
  })],
  ['setrecursionlimit', defNative('sys.setrecursionlimit', (base, n, kw) => {
    noKw('setrecursionlimit', kw); argCount('setrecursionlimit', n, 1, 1);
    const v = S()[base];
    if (!isIntValue(v)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    const x = Number(intValue(v));
    if (x < 1) valueError('recursion limit must be greater or equal than 1');
    ts.recursionLimit = x;
    return NONE;
  })],
  ['getcheckinterval', defNative('sys.getcheckinterval', () => newInt(ts.checkInterval))],
  ['setcheckinterval', defNative('sys.setcheckinterval', (base, n, kw) => {
    noKw('setcheckinterval', kw); argCount('setcheckinterval', n, 1, 1);
    const v = S()[base];
    if (!isIntValue(v)) typeError(`'${typeNameOf(v)}' object cannot be interpreted as an integer`);
    ts.checkInterval = Math.max(1, Number(intValue(v)));
    setSharedCheckInterval(ts.checkInterval);
    return NONE;
  })],
  // the lock holds the interval (every thread reads it at each of its timed sleeps)
  ['getswitchinterval', defNative('sys.getswitchinterval', (base, n, kw) => {
    noKw('sys.getswitchinterval', kw); argCount('sys.getswitchinterval', n, 0, 0);
    return newFloat(self.gil.getSwitchInterval());
  })],
  ['setswitchinterval', defNative('sys.setswitchinterval', (base, n, kw) => {
    noKw('setswitchinterval', kw); argCount('setswitchinterval', n, 1, 1);
    const v = S()[base];
    const x = isIntValue(v) ? Number(intValue(v)) : floatValue(v);
    if (!(x > 0)) valueError('switch interval must be strictly positive');
    options.switchInterval = x;
    self.gil.setSwitchInterval(x);
    return NONE;
  })],
  ['_is_gil_enabled', defNative('sys._is_gil_enabled', () => (options.gil ? TRUE : FALSE))],
  ['intern', defNative('sys.intern', (base, n, kw) => {
    noKw('intern', kw); argCount('intern', n, 1, 1);
    const s = S()[base];
    if ((s & 1) === 1 || (mem.i32[(s >> 2) + 1] & TID_MASK) !== Tid.STR) typeError(`intern() argument must be str, not ${typeNameOf(s)}`);
    return intern(strValue(s));
  })],
  // pygil's own: run the heap checker now; the number of damage findings (runtime/checkheap.ts)
  ['_check_heap', defNative('sys._check_heap', (base, n, kw) => {
    noKw('_check_heap', kw); argCount('_check_heap', n, 0, 0);
    return newInt(checkHeapNow());
  })],
  // (type, value, traceback) of the exception being handled; pygil has no traceback objects
  ['exc_info', defNative('sys.exc_info', (base, n, kw) => {
    noKw('exc_info', kw); argCount('exc_info', n, 0, 0);
    const e = ts.S[TH_EXC_INFO];
    if (e === 0) return tupleOf([NONE, NONE, NONE]);
    incref(typeOf(e)); incref(e);
    return tupleOf([typeOf(e), e, NONE]);
  })],
  ['excepthook', excepthook],
  ['__excepthook__', excepthook],
];

/** sys.stdout / sys.stderr: modules with write and flush (the natives are made at load time, as all are). */
function writerNatives(name: string, write: (s: string) => void): [number, number] {
  return [defNative(`${name}.write`, (base, n) => {
    argCount('write', n, 1, 1);
    if ((S()[base] & 1) === 1 || (mem.i32[(S()[base] >> 2) + 1] & TID_MASK) !== Tid.STR) typeError(`write() argument must be str, not ${S()[base] === NONE ? 'None' : typeNameOf(S()[base])}`);
    const s = strValue(S()[base]);
    write(s);
    return newInt(s.length);
  }), defNative(`${name}.flush`, () => { if (name === 'stdout') flushStdout(); return NONE; })];
}
const stdoutNatives = writerNatives('stdout', writeStdout);
const stderrNatives = writerNatives('stderr', writeStderr);

/** sys.excepthook(type, value, traceback): print value's traceback to stderr, as for an uncaught exception. */
function excepthookImpl(base: number, n: number, kw: number): number {
  noKw('excepthook', kw); argCount('excepthook', n, 3, 3);
  const v = S()[base + 1];
  if ((v & 1) === 0 && isSubtype(typeOf(v), exc.BaseException)) writeStderr(formatException(v));
  else writeStderr(`TypeError: print_exception(): Exception expected for value, ${typeNameOf(v)} found\n`);
  return NONE;
}

function writer(name: string, [w, f]: [number, number]): number {
  const d = newDict();
  dictSet(d, intern('write'), nativeObject(w));
  dictSet(d, intern('flush'), nativeObject(f));
  const m = newModule(intern(name), d);
  decref(d);
  return m;
}
const stdoutWriter = { make: () => writer('stdout', stdoutNatives) };
const stderrWriter = { make: () => writer('stderr', stderrNatives) };

defineBuiltinModule('sys', (d) => {
  for (const [name, idx] of fns) dictSet(d, intern(name), nativeObject(idx));
  const argv = newList(0);
  for (const a of options.argv) listAppend(argv, newStr(a));
  dictSet(d, intern('argv'), argv); decref(argv);
  const path = newList(0);
  for (const p of options.path) listAppend(path, newStr(p));
  dictSet(d, intern('path'), path); decref(path);
  dictSet(d, intern('modules'), modulesDict());
  const set = (k: string, v: number) => { dictSet(d, intern(k), v); decref(v); };
  set('maxsize', newInt(2 ** 63 - 1 > Number.MAX_SAFE_INTEGER ? 9223372036854775807n : 0));
  set('version', newStr('3.11.0 (pygil) [TypeScript on Node.js ' + process.versions.node + ']'));
  set('version_info', tupleOf([newInt(3), newInt(11), newInt(0), newStr('final'), newInt(0)]));
  set('platform', newStr(process.platform));
  set('byteorder', newStr('little'));
  set('executable', newStr(process.argv[1] ?? 'pygil'));
  set('implementation_name', newStr('pygil'));
  // sys.stdin reads what input() reads, from the same buffer (runtime/input.ts); __stdin__ keeps
  // it alive when a program rebinds sys.stdin
  const stdin = newStdinFile(intern('<stdin>'), intern('r'), intern('utf-8'));
  dictSet(d, intern('__stdin__'), stdin);
  set('stdin', stdin);
  // print() writes to sys.stdout; while it is still this object, straight to the descriptor
  const out = stdoutWriter.make();
  setStdoutObject(out);
  dictSet(d, intern('__stdout__'), out);
  set('stdout', out);
  const err = stderrWriter.make();
  setStderrObject(err);
  dictSet(d, intern('__stderr__'), err);
  set('stderr', err);
});
