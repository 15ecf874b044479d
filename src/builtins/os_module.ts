// os_module.ts - the built-in `os` and `os.path` modules: the file-system calls toy scripts make
// around open() (remove, rename, listdir, mkdir, exists, join...), getcwd, getpid and environ.
// Owns: their argument checks and CPython's OSError texts (through runtime/oserror.ts).
// Must never: read the environment or the working directory at load time (the start-up
// snapshot would freeze them); everything is read when the module is first imported or called.

import * as fs from 'fs';
import * as path from 'path';
import { Tid } from '../heap/layout';
import { decref } from '../heap/refcount';
import { ts } from '../vm/thread';
import { defineBuiltinModule, importModule } from '../vm/modules';
import { defNative, nativeObject, noKw, argCount, bindArgs, ArgSpec } from '../runtime/natives';
import { isTruthy } from '../runtime/truth';
import { newDict, dictSet } from '../objects/dict';
import { newStr, strValue, intern } from '../objects/str';
import { newInt } from '../objects/int';
import { newList, listAppend } from '../objects/list';
import { tupleOf } from '../objects/tuple';
import { NONE, pyBool } from '../objects/singletons';
import { bytesLikeData } from '../objects/bytes';
import { typeError } from '../runtime/errors';
import { typeNameOf } from '../runtime/repr';
import { fromNodeError } from '../runtime/oserror';
import { tidOfValue } from './list_methods';

const S = (): Int32Array => ts.S;

/** A path argument: a str (or bytes, decoded as UTF-8). */
function pathArg(fname: string, v: number): string {
  const t = tidOfValue(v);
  if (t === Tid.STR) return strValue(v);
  if (t === Tid.BYTES) return Buffer.from(bytesLikeData(v)!).toString('utf8');
  return typeError(`${fname}: path should be string, bytes or os.PathLike, not ${typeNameOf(v)}`);
}

/** A native taking fixed positional arguments. */
function fn(module: string, name: string, min: number, max: number, body: (base: number, n: number) => number): [string, number] {
  return [name, defNative(`${module}.${name}`, (base, n, kw) => {
    noKw(name, kw);
    argCount(name, n, min, max);
    return body(base, n);
  })];
}

/** Run an fs call on a path; a failure becomes the OSError naming that path. */
function onPath<R>(p: string, call: () => R): R {
  try { return call(); } catch (e) { return fromNodeError(e, p); }
}

const MAKEDIRS: ArgSpec = { name: 'makedirs', params: ['name', 'mode', 'exist_ok'], required: 1, style: 'def' };

const osFns: [string, number][] = [
  fn('os', 'getcwd', 0, 0, () => newStr(process.cwd())),
  fn('os', 'getpid', 0, 0, () => newInt(process.pid)),
  fn('os', 'remove', 1, 1, (b) => { const p = pathArg('remove', S()[b]); onPath(p, () => fs.unlinkSync(p)); return NONE; }),
  fn('os', 'unlink', 1, 1, (b) => { const p = pathArg('unlink', S()[b]); onPath(p, () => fs.unlinkSync(p)); return NONE; }),
  fn('os', 'rmdir', 1, 1, (b) => { const p = pathArg('rmdir', S()[b]); onPath(p, () => fs.rmdirSync(p)); return NONE; }),
  fn('os', 'mkdir', 1, 2, (b) => { const p = pathArg('mkdir', S()[b]); onPath(p, () => fs.mkdirSync(p)); return NONE; }),
  // os.makedirs(name, mode=0o777, exist_ok=False): a def in CPython's os.py, so its arguments bind as a def's
  ['makedirs', defNative('os.makedirs', (base, n, kw) => {
    const [name, , existOk] = bindArgs(MAKEDIRS, base, n, kw);
    const p = pathArg('makedirs', name);
    if (!(existOk !== 0 && isTruthy(existOk)) && fs.existsSync(p)) onPath(p, () => fs.mkdirSync(p));
    onPath(p, () => fs.mkdirSync(p, { recursive: true }));
    return NONE;
  })],
  fn('os', 'rename', 2, 2, (b) => {
    const from = pathArg('rename', S()[b]), to = pathArg('rename', S()[b + 1]);
    onPath(from, () => fs.renameSync(from, to));
    return NONE;
  }),
  fn('os', 'replace', 2, 2, (b) => {
    const from = pathArg('replace', S()[b]), to = pathArg('replace', S()[b + 1]);
    onPath(from, () => fs.renameSync(from, to));
    return NONE;
  }),
  fn('os', 'listdir', 0, 1, (b, n) => {
    const p = n === 0 ? '.' : pathArg('listdir', S()[b]);
    const names = onPath(p, () => fs.readdirSync(p));
    const l = newList(0);
    for (const name of names) listAppend(l, newStr(name));
    return l;
  }),
];

/** fs.statSync without throwing: null when the path does not exist (or cannot be reached). */
function stat(p: string): fs.Stats | null {
  try { return fs.statSync(p); } catch { return null; }
}

const pathFns: [string, number][] = [
  fn('os.path', 'exists', 1, 1, (b) => pyBool(stat(pathArg('exists', S()[b])) !== null)),
  fn('os.path', 'isfile', 1, 1, (b) => pyBool(stat(pathArg('isfile', S()[b]))?.isFile() ?? false)),
  fn('os.path', 'isdir', 1, 1, (b) => pyBool(stat(pathArg('isdir', S()[b]))?.isDirectory() ?? false)),
  fn('os.path', 'getsize', 1, 1, (b) => { const p = pathArg('getsize', S()[b]); return newInt(onPath(p, () => fs.statSync(p).size)); }),
  fn('os.path', 'abspath', 1, 1, (b) => newStr(path.resolve(pathArg('abspath', S()[b])))),
  fn('os.path', 'basename', 1, 1, (b) => { const p = pathArg('basename', S()[b]); return newStr(p.slice(p.lastIndexOf('/') + 1)); }),
  fn('os.path', 'dirname', 1, 1, (b) => { const p = pathArg('dirname', S()[b]); const i = p.lastIndexOf('/') + 1; return newStr(i > 0 ? (p.slice(0, i).replace(/\/+$/, '') || '/') : ''); }),
  fn('os.path', 'splitext', 1, 1, (b) => {
    const p = pathArg('splitext', S()[b]);
    const slash = p.lastIndexOf('/');
    let dot = p.lastIndexOf('.');
    // a leading dot of the last component (".bashrc") starts no extension
    let first = slash + 1;
    while (first < p.length && p[first] === '.') first++;
    if (dot < first) dot = -1;
    return tupleOf(dot < 0 ? [newStr(p), newStr('')] : [newStr(p.slice(0, dot)), newStr(p.slice(dot))]);
  }),
  ['join', defNative('os.path.join', (base, n, kw) => {
    noKw('join', kw);
    if (n < 1) typeError('join() missing 1 required positional argument: \'a\'');
    // posixpath.join: an absolute part restarts the path; '/' goes between parts that lack it
    let out = pathArg('join', S()[base]);
    for (let i = 1; i < n; i++) {
      const part = pathArg('join', S()[base + i]);
      if (part.startsWith('/')) out = part;
      else if (out === '' || out.endsWith('/')) out += part;
      else out += '/' + part;
    }
    return newStr(out);
  })],
];

defineBuiltinModule('os.path', (d) => {
  for (const [name, idx] of pathFns) dictSet(d, intern(name), nativeObject(idx));
  dictSet(d, intern('sep'), intern('/'));
});

defineBuiltinModule('os', (d) => {
  for (const [name, idx] of osFns) dictSet(d, intern(name), nativeObject(idx));
  const set = (k: string, v: number) => { dictSet(d, intern(k), v); decref(v); };
  set('sep', newStr('/'));
  set('linesep', newStr('\n'));
  set('name', newStr('posix'));
  const env = newDict();
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) { const ks = newStr(k), vs = newStr(v); dictSet(env, ks, vs); decref(ks); decref(vs); }
  set('environ', env);
  set('path', importModule('os.path'));
});
