// modules.ts - the module table (sys.modules), the builtins namespace, and `import`.
// Owns: creating built-in modules on first import (sys, dis; more register themselves through
// `defineBuiltinModule`), looking modules up in sys.modules, and IMPORT_NAME / IMPORT_FROM.
// Must never: import .py files yet (a later issue adds the finder); such imports raise
// ModuleNotFoundError naming the module.

import { incref, decref } from '../heap/refcount';
import { newDict, dictGet, dictSet } from '../objects/dict';
import { newModule, moduleDict } from '../objects/module';
import { intern } from '../objects/str';
import { makeImmortal, NONE } from '../objects/singletons';
import { isTruthy } from '../runtime/truth';
import { raise } from '../runtime/errors';
import { raiseImportError } from '../runtime/importerror';
import { exc } from '../objects/exception';
import { getAttrOrNull, nameOf } from '../runtime/abstract';
import { strValue } from '../objects/str';
import { moduleName } from '../objects/module';
import { intValue } from '../objects/int';
import * as fs from 'fs';
import * as path from 'path';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { listLen, listGet, newList, listAppend } from '../objects/list';
import { tupleLen, tupleGet } from '../objects/tuple';
import { newStr } from '../objects/str';
import { dictPop } from '../objects/dict';
import { options } from '../options';
import { PySyntaxError } from '../syntax_error';
import { materializeCode } from '../objects/code';
import { CodeSpec } from '../code';
import { runModuleCode, compileSource } from '../interpreter';
import { frozenCode } from './frozen';
import { PyErr } from '../runtime/errors';
import { isSubtype, typeOf } from '../objects/type';

let builtins = 0;
let modules = 0;

/** The builtins namespace dict (borrowed). */
export function builtinsDict(): number { return builtins; }
/** sys.modules (borrowed). */
export function modulesDict(): number { return modules; }
/** A worker attaching to the heap adopts its parent's builtins and sys.modules. */
export function adoptModules(builtinsDictPtr: number, modulesDictPtr: number): void {
  builtins = builtinsDictPtr;
  modules = modulesDictPtr;
}

type ModuleInit = (dict: number) => void;
const factories = new Map<string, ModuleInit>();

/** Register a built-in module: `init` fills its namespace the first time it is imported. */
export function defineBuiltinModule(name: string, init: ModuleInit): void { factories.set(name, init); }

export function initModules(): void {
  builtins = newDict();
  makeImmortal(builtins);
  modules = newDict();
  makeImmortal(modules);
  const bm = newModule(intern('builtins'), builtins);
  dictSet(modules, intern('builtins'), bm);
  decref(bm);
}

/** A new module object, registered in sys.modules, with __name__ set. Returns a borrowed reference. */
export function createModule(name: string): number {
  const d = newDict();
  dictSet(d, intern('__name__'), intern(name));
  const m = newModule(intern(name), d);
  decref(d);
  dictSet(modules, intern(name), m);
  decref(m);
  return m;
}

/** The module named `name`, importing it on first use (built-in, or a .py file on sys.path). New reference. */
export function importModule(name: string): number {
  const found = dictGet(modules, intern(name));
  if (found !== 0) { incref(found); return found; }
  const init = factories.get(name);
  if (init !== undefined) {
    const m = createModule(name);
    init(moduleDict(m));
    incref(m);
    return m;
  }
  return importSourceModule(name);
}

/** Directories a top-level module is searched in: sys.path as the program sees it now. */
function searchPath(): string[] {
  const sys = dictGet(modules, intern('sys'));
  const p = sys === 0 ? 0 : dictGet(moduleDict(sys), intern('path'));
  if (p === 0 || (mem.i32[(p >> 2) + 1] & TID_MASK) !== Tid.LIST) return options.path;
  const out: string[] = [];
  for (let i = 0; i < listLen(p); i++) {
    const item = listGet(p, i);
    if ((item & 1) === 0 && (mem.i32[(item >> 2) + 1] & TID_MASK) === Tid.STR) out.push(strValue(item));
  }
  return out;
}

/**
 * Find `name` (dotted: its parent package is imported first and searched) as NAME.py or
 * NAME/__init__.py, run it once in a new module registered in sys.modules before it runs (so
 * circular imports see the partly made module), and bind it on its parent package.
 */
function importSourceModule(name: string): number {
  const dot = name.lastIndexOf('.');
  let dirs: string[];
  let parent = 0;
  if (dot >= 0) {
    parent = importModule(name.slice(0, dot));
    const pathAttr = dictGet(moduleDict(parent), intern('__path__'));
    dirs = pathAttr === 0 ? [] : [strValue(listGet(pathAttr, 0))];
  } else {
    dirs = searchPath();
  }
  const leaf = name.slice(dot + 1);
  try {
    for (const dir of dirs) {
      const base = path.join(dir === '' ? '.' : dir, leaf);
      const pkgInit = path.join(base, '__init__.py');
      const file = fs.existsSync(base + '.py') ? base + '.py' : fs.existsSync(pkgInit) ? pkgInit : null;
      if (file === null) continue;
      const m = runSourceModule(name, file, file === pkgInit ? base : null);
      if (parent !== 0) dictSet(moduleDict(parent), intern(leaf), m);
      return m;
    }
    // a parent that is a module, not a package, has no directory to look in
    const notPackage = parent !== 0 && dictGet(moduleDict(parent), intern('__path__')) === 0;
    const why = notPackage ? `; '${name.slice(0, dot)}' is not a package` : '';
    return raiseImportError(exc.ModuleNotFoundError, `No module named '${name}'${why}`, name);
  } finally {
    if (parent !== 0) decref(parent);
  }
}

function runSourceModule(name: string, file: string, packageDir: string | null): number {
  file = path.resolve(file); // CPython: a module found through '' (the working directory) has an absolute __file__
  const source = fs.readFileSync(file, 'utf8');
  let spec: CodeSpec;
  try {
    // lib/'s modules come compiled by the build (frozen.ts)
    spec = frozenCode(file, source) ?? compileSource(source, file);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return raise(exc[e.kind] ?? exc.SyntaxError, `${e.msg} (${path.basename(e.filename)}, line ${e.line})`);
    }
    throw e;
  }
  const code = materializeCode(spec);
  const m = createModule(name);
  const d = moduleDict(m);
  const setStr = (k: string, v: string): void => { const s = newStr(v); dictSet(d, intern(k), s); decref(s); };
  setStr('__file__', file);
  setStr('__package__', packageDir !== null ? name : name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '');
  if (packageDir !== null) {
    const p = newList(0);
    listAppend(p, newStr(packageDir));
    dictSet(d, intern('__path__'), p);
    decref(p);
  }
  incref(m);
  try {
    decref(runModuleCode(code, d));
  } catch (e) {
    // a module that failed to run is not left in sys.modules, as in CPython
    const gone = dictPop(modules, intern(name));
    if (gone !== 0) decref(gone);
    decref(m);
    throw e;
  }
  return m;
}

/** The absolute name a relative import means, from the importing module's globals. */
function resolveRelative(name: string, level: number, globals: number): string {
  const pkgv = dictGet(globals, intern('__package__'));
  let pkg = pkgv !== 0 && (pkgv & 1) === 0 && (mem.i32[(pkgv >> 2) + 1] & TID_MASK) === Tid.STR ? strValue(pkgv) : '';
  if (pkg === '') raiseImportError(exc.ImportError, 'attempted relative import with no known parent package', null);
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) raiseImportError(exc.ImportError, 'attempted relative import beyond top-level package', null);
  pkg = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? pkg : `${pkg}.${name}`;
}

/** IMPORT_NAME: `import a.b` binds a; `from a.b import c` (or a relative import) wants a.b itself. */
export function importName(name: string, fromlist: number, level: number, globals: number): number {
  const lv = Number(intValue(level));
  const full = lv > 0 ? resolveRelative(name, lv, globals) : name;
  const parts = full.split('.');
  let last = 0;
  for (let i = 0; i < parts.length; i++) {
    if (last !== 0) decref(last);
    last = importModule(parts.slice(0, i + 1).join('.'));
  }
  const hasFromlist = fromlist !== NONE && isTruthy(fromlist);
  if (!hasFromlist && lv === 0) {
    decref(last);
    return importModule(parts[0]);
  }
  if (hasFromlist && dictGet(moduleDict(last), intern('__path__')) !== 0) {
    // `from pkg import sub`: a submodule not imported yet is imported now
    for (let i = 0; i < tupleLen(fromlist); i++) {
      const item = strValue(tupleGet(fromlist, i));
      if (item === '*' || dictGet(moduleDict(last), intern(item)) !== 0) continue;
      try { decref(importModule(`${full}.${item}`)); } catch (e) {
        if (!(e instanceof PyErr) || !isSubtype(typeOf(e.exc), exc.ModuleNotFoundError)) throw e;
        decref(e.exc);
      }
    }
  }
  return last;
}

/** IMPORT_FROM: m.name (a submodule already imported counts), or ImportError in CPython's words. */
export function importFrom(m: number, name: number): number {
  const v = getAttrOrNull(m, name);
  if (v !== 0) return v;
  const modName = strValue(moduleName(m));
  const sub = dictGet(modules, intern(`${modName}.${nameOf(name)}`));
  if (sub !== 0) { incref(sub); return sub; }
  const file = dictGet(moduleDict(m), intern('__file__'));
  const path = file !== 0 ? strValue(file) : null;
  const msg = `cannot import name '${nameOf(name)}' from '${modName}' (${path ?? 'unknown location'})`;
  return raiseImportError(exc.ImportError, msg, modName, path);
}
