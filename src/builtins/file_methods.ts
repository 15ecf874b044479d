// file_methods.ts - open() and the methods and attributes of file objects, and the types the
// I/O and bytes work adds (TextIOWrapper, bytearray, their iterators, io.UnsupportedOperation).
// Owns: open()'s argument checking (mode letters, encoding, newline) with CPython's texts, and
// read/readline/readlines/write/writelines/seek/tell/truncate/close and the with protocol.
// Must never: touch a descriptor directly (objects/file.ts does every system call).

import { mem } from '../heap/memory';
import { Tid } from '../heap/layout';
import { incref, decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { NONE, FALSE, pyBool } from '../objects/singletons';
import { newInt, intValue } from '../objects/int';
import { newStr, strValue, intern } from '../objects/str';
import { newBytes, bytesLikeData } from '../objects/bytes';
import { newList, listAppend } from '../objects/list';
import { tupleOf } from '../objects/tuple';
import { dictSet } from '../objects/dict';
import { newType, typeByTid, typeDict, TypeFlag, T } from '../objects/type';
import { exc } from '../objects/exception';
import { newProperty } from '../objects/instance';
import {
  openFile, fileSetCodec, FileFlag, fileFlags, fileName, fileMode, fileEncoding, fileClosed, fileClose, fileTell, fileSeek,
  fileSize, fileTruncate, fileFd, fileUnread, fileSeekable, fileReadBytes, fileReadText, fileReadLineObject, fileWriteBytes, fileWriteText,
} from '../objects/file';
import { defNative, nativeObject, bindArgs, ArgSpec } from '../runtime/natives';
import { typeError, valueError, raise } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { codecOf } from '../runtime/codecs';
import { method, posArgs, forEachItem, tidOfValue } from './list_methods';
import { pyLen } from '../runtime/abstract';

const S = (): Int32Array => ts.S;

// ---------------------------------------------------------------- open()

const OPEN_ARGS: ArgSpec = {
  name: 'open', params: ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'],
  required: 1, style: 'clinic',
};
/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None). */
export function openBuiltin(base: number, n: number, kw: number): number {
  const [file, modeArg, , encArg, errArg, nlArg] = bindArgs(OPEN_ARGS, base, n, kw);
  const ft = tidOfValue(file);
  let path: string;
  if (ft === Tid.STR) path = strValue(file);
  else if (ft === Tid.BYTES) path = Buffer.from(bytesLikeData(file)!).toString('utf8');
  else if (ft === Tid.INT || ft === Tid.BOOL) return raise(exc.NotImplementedError, 'pygil does not support open() on a file descriptor');
  else return typeError(`expected str, bytes or os.PathLike object, not ${typeNameOf(file)}`);
  if (path.includes('\0')) valueError('embedded null byte');
  const optStr = (v: number, what: string): string | null => {
    if (v === 0 || v === NONE) return null;
    if (tidOfValue(v) !== Tid.STR) typeError(`open() argument '${what}' must be str or None, not ${typeNameOf(v)}`);
    return strValue(v);
  };
  if (modeArg !== 0 && tidOfValue(modeArg) !== Tid.STR) typeError(`open() argument 'mode' must be str, not ${typeNameOf(modeArg)}`);
  const modeObj = modeArg === 0 ? intern('r') : modeArg;
  const mode = strValue(modeObj);
  const encoding = optStr(encArg, 'encoding');
  const errors = optStr(errArg, 'errors');
  const newline = optStr(nlArg, 'newline');

  // the mode letters, as _io.open checks them
  for (let i = 0; i < mode.length; i++) {
    if (!'rwxabt+'.includes(mode[i]) || mode.indexOf(mode[i], i + 1) >= 0) valueError(`invalid mode: '${mode}'`);
  }
  const has = (c: string): boolean => mode.includes(c);
  const binary = has('b');
  if (has('t') && binary) valueError("can't have text and binary mode at once");
  const kinds = ['r', 'w', 'x', 'a'].filter(has);
  if (kinds.length > 1) valueError('must have exactly one of create/read/write/append mode');
  if (kinds.length === 0) valueError('Must have exactly one of create/read/write/append mode and at most one plus');
  if (binary && encoding !== null) valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) valueError("binary mode doesn't take a newline argument");
  if (errors !== null && !['strict', 'ignore', 'replace'].includes(errors)) raise(exc.LookupError, `unknown error handler name '${errors}'`);

  const create = kinds[0] as 'r' | 'w' | 'x' | 'a';
  const plus = has('+');
  let flags = 0;
  if (create === 'r' || plus) flags |= FileFlag.READ;
  if (create !== 'r' || plus) flags |= FileFlag.WRITE;
  if (create === 'a') flags |= FileFlag.APPEND;
  if (binary) flags |= FileFlag.BINARY;
  else if (newline === null) flags |= FileFlag.TRANSLATE;
  const encObj = binary ? 0 : encoding === null ? newStr('UTF-8') : encArg;
  let f: number;
  try {
    f = openFile({ path, name: file, mode: modeObj, flags, create, plus, encoding: encObj, codec: 'utf-8', errors: errors ?? 'strict' });
  } finally {
    if (encObj !== 0 && encObj !== encArg) decref(encObj);
  }
  // CPython opens the file before the text layer checks newline and encoding (so 'w' has
  // already truncated it); a failure here closes it again
  try {
    if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) valueError(`illegal newline value: ${newline}`);
    if (!binary) fileSetCodec(f, codecOf(encoding ?? 'utf-8'));
  } catch (e) {
    decref(f);
    throw e;
  }
  return f;
}

// ---------------------------------------------------------------- checks

function open(f: number): number {
  if (fileClosed(f)) valueError('I/O operation on closed file.');
  return f;
}
function readable(f: number): number {
  if ((fileFlags(open(f)) & FileFlag.READ) === 0) raise(exc.UnsupportedOperation, 'not readable');
  return f;
}
function writable(f: number): number {
  if ((fileFlags(open(f)) & FileFlag.WRITE) === 0) raise(exc.UnsupportedOperation, 'not writable');
  return f;
}
function isBinary(f: number): boolean { return (fileFlags(f) & FileFlag.BINARY) !== 0; }

/** A size argument: None or an int (negative meaning "all"). */
function sizeArg(v: number): number {
  if (v === 0 || v === NONE) return -1;
  const t = tidOfValue(v);
  if (t !== Tid.INT && t !== Tid.BOOL) typeError(`argument should be integer or None, not '${typeNameOf(v)}'`);
  return Number(intValue(v));
}

// ---------------------------------------------------------------- reading

const F = Tid.FILE;

method(F, 'read', (b, n, kw) => {
  posArgs('read', n, kw, 0, 1);
  const f = readable(S()[b]);
  const size = sizeArg(n > 1 ? S()[b + 1] : 0);
  if (isBinary(f)) return newBytes(fileReadBytes(f, size));
  return newStr(fileReadText(f, size));
});

method(F, 'readline', (b, n, kw) => {
  posArgs('readline', n, kw, 0, 1);
  const f = readable(S()[b]);
  const size = sizeArg(n > 1 ? S()[b + 1] : 0);
  const line = fileReadLineObject(f);
  if (size < 0 || pyLen(line) <= size) return line;
  // a limit shorter than the line: keep `size` of it and step back over the rest
  const whole = isBinary(f) ? bytesLikeData(line)! : strValue(line);
  decref(line);
  const rest = whole.slice(size);
  fileUnread(f, typeof rest === 'string' ? Buffer.from(rest, 'utf8') : rest);
  return typeof whole === 'string' ? newStr(whole.slice(0, size)) : newBytes(whole.slice(0, size));
});

method(F, 'readlines', (b, n, kw) => {
  posArgs('readlines', n, kw, 0, 1);
  const f = readable(S()[b]);
  const hint = sizeArg(n > 1 ? S()[b + 1] : 0);
  const l = newList(0);
  let total = 0;
  for (;;) {
    const line = fileReadLineObject(f);
    const len = pyLen(line);
    if (len === 0) { decref(line); break; }
    listAppend(l, line);
    total += len;
    if (hint > 0 && total >= hint) break;
  }
  return l;
});

method(F, '__iter__', (b, n, kw) => { posArgs('__iter__', n, kw, 0, 0); const f = open(S()[b]); incref(f); return f; });
method(F, '__next__', (b, n, kw) => {
  posArgs('__next__', n, kw, 0, 0);
  const line = fileReadLineObject(readable(S()[b]));
  if (pyLen(line) > 0) return line;
  decref(line);
  return raise(exc.StopIteration);
});

// ---------------------------------------------------------------- writing

/** Write one str (text) or bytes-like (binary) object; returns the count CPython reports. */
function writeOne(f: number, v: number): number {
  if (isBinary(f)) {
    const data = bytesLikeData(v);
    if (data === null) typeError(`a bytes-like object is required, not '${typeNameOf(v)}'`);
    fileWriteBytes(f, data!);
    return data!.length;
  }
  if (tidOfValue(v) !== Tid.STR) typeError(`write() argument must be str, not ${typeNameOf(v)}`);
  const s = strValue(v);
  fileWriteText(f, s);
  return pyLen(v);
}

/** print(..., file=f): the text goes through the same path as f.write. */
export function fileWriteForPrint(f: number, text: string): void {
  writable(f);
  if (isBinary(f)) typeError("a bytes-like object is required, not 'str'");
  fileWriteText(f, text);
}

method(F, 'write', (b, n, kw) => {
  posArgs('write', n, kw, 1, 1);
  return newInt(writeOne(writable(S()[b]), S()[b + 1]));
});

method(F, 'writelines', (b, n, kw) => {
  posArgs('writelines', n, kw, 1, 1);
  const f = writable(S()[b]);
  forEachItem(S()[b + 1], (line) => { writeOne(f, line); });
  return NONE;
});

method(F, 'flush', (b, n, kw) => { posArgs('flush', n, kw, 0, 0); open(S()[b]); return NONE; });

method(F, 'truncate', (b, n, kw) => {
  posArgs('truncate', n, kw, 0, 1);
  const f = open(S()[b]);
  if ((fileFlags(f) & FileFlag.WRITE) === 0) raise(exc.UnsupportedOperation, 'truncate');
  const size = n > 1 && S()[b + 1] !== NONE ? sizeArg(S()[b + 1]) : fileTell(f);
  if (size < 0) valueError(`negative size value ${size}`);
  fileTruncate(f, size);
  return newInt(size);
});

// ---------------------------------------------------------------- position and state

method(F, 'tell', (b, n, kw) => { posArgs('tell', n, kw, 0, 0); return newInt(fileTell(open(S()[b]))); });

method(F, 'seek', (b, n, kw) => {
  posArgs('seek', n, kw, 1, 2);
  const f = open(S()[b]);
  const offV = S()[b + 1];
  const ot = tidOfValue(offV);
  if (ot !== Tid.INT && ot !== Tid.BOOL) typeError(`'${typeNameOf(offV)}' object cannot be interpreted as an integer`);
  const offset = Number(intValue(offV));
  const whence = n > 2 ? sizeArg(S()[b + 2]) : 0;
  if (whence < 0 || whence > 2) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  if (!isBinary(f) && whence !== 0 && offset !== 0) {
    raise(exc.UnsupportedOperation, `can't do nonzero ${whence === 1 ? 'cur' : 'end'}-relative seeks`);
  }
  const pos = whence === 0 ? offset : whence === 1 ? fileTell(f) + offset : fileSize(f) + offset;
  fileSeek(f, pos);
  return newInt(pos);
});

method(F, 'close', (b, n, kw) => { posArgs('close', n, kw, 0, 0); fileClose(S()[b]); return NONE; });
method(F, 'readable', (b, n, kw) => { posArgs('readable', n, kw, 0, 0); return pyBool((fileFlags(open(S()[b])) & FileFlag.READ) !== 0); });
method(F, 'writable', (b, n, kw) => { posArgs('writable', n, kw, 0, 0); return pyBool((fileFlags(open(S()[b])) & FileFlag.WRITE) !== 0); });
method(F, 'seekable', (b, n, kw) => { posArgs('seekable', n, kw, 0, 0); return pyBool(fileSeekable(open(S()[b]))); });
method(F, 'isatty', (b, n, kw) => { posArgs('isatty', n, kw, 0, 0); open(S()[b]); return FALSE; });
method(F, 'fileno', (b, n, kw) => { posArgs('fileno', n, kw, 0, 0); return newInt(fileFd(open(S()[b]))); });

method(F, '__enter__', (b, n, kw) => { posArgs('__enter__', n, kw, 0, 0); const f = open(S()[b]); incref(f); return f; });
method(F, '__exit__', (b, n, kw) => { void n; void kw; fileClose(S()[b]); return NONE; });

/** Read-only data attributes, as properties whose getter is a native. */
const properties: [string, number][] = [
  ['closed', defNative('_io.TextIOWrapper.closed', (b) => pyBool(fileClosed(S()[b])))],
  ['name', defNative('_io.TextIOWrapper.name', (b) => { const v = fileName(S()[b]); incref(v); return v; })],
  ['mode', defNative('_io.TextIOWrapper.mode', (b) => { const v = fileMode(S()[b]); incref(v); return v; })],
  ['encoding', defNative('_io.TextIOWrapper.encoding', (b) => {
    const v = fileEncoding(S()[b]);
    if (v === 0) raise(exc.AttributeError, `'_io.BufferedReader' object has no attribute 'encoding'`);
    incref(v);
    return v;
  })],
];

// ---------------------------------------------------------------- the types

/**
 * Make the type objects of this work's Tids (runtime/init.ts makes the original ones) and
 * io.UnsupportedOperation, an exception class with two bases (OSError, ValueError): its MRO is
 * set here by hand, as C3 gives it for `class UnsupportedOperation(OSError, ValueError)`.
 */
export function installIoTypes(): void {
  const kinds: [number, string][] = [
    [Tid.BYTEARRAY, 'bytearray'], [Tid.BYTES_ITER, 'bytes_iterator'], [Tid.CALLABLE_ITER, 'callable_iterator'],
    [Tid.FILE, 'TextIOWrapper'],
  ];
  for (const [tid, name] of kinds) {
    if (typeByTid[tid] === undefined || typeByTid[tid] === 0) typeByTid[tid] = newType(name, T.object, tid, TypeFlag.BASETYPE);
  }
  const fileDict = typeDict(typeByTid[Tid.FILE]);
  for (const [name, fget] of properties) {
    const prop = newProperty(nativeObject(fget), 0, 0, 0);
    dictSet(fileDict, intern(name), prop);
    decref(prop);
  }
  const u = newType('UnsupportedOperation', exc.OSError, Tid.EXCEPTION, TypeFlag.BASETYPE | TypeFlag.EXCEPTION | TypeFlag.HEAPTYPE);
  const w = u >> 2;
  const mro = [u, exc.OSError, exc.ValueError, exc.Exception, exc.BaseException, T.object];
  for (const t of mro.slice(1)) incref(t);
  const old = mem.i32[w + 4];
  mem.i32[w + 4] = tupleOf(mro);
  decref(old);
  incref(exc.OSError); incref(exc.ValueError);
  const oldBases = mem.i32[w + 8];
  mem.i32[w + 8] = tupleOf([exc.OSError, exc.ValueError]);
  decref(oldBases);
  dictSet(typeDict(u), intern('__module__'), intern('io'));
  dictSet(typeDict(u), intern('__qualname__'), intern('UnsupportedOperation'));
  exc.UnsupportedOperation = u;
}
