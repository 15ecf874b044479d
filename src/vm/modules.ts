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
import { exc } from '../objects/exception';
import { getAttrOrNull, nameOf } from '../runtime/abstract';
import { strValue } from '../objects/str';
import { moduleName } from '../objects/module';
import { intValue } from '../objects/int';

let builtins = 0;
let modules = 0;

/** The builtins namespace dict (borrowed). */
export function builtinsDict(): number { return builtins; }
/** sys.modules (borrowed). */
export function modulesDict(): number { return modules; }

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

/** The module named `name`, importing a built-in one on first use. Returns a new reference. */
export function importModule(name: string): number {
  const found = dictGet(modules, intern(name));
  if (found !== 0) { incref(found); return found; }
  const init = factories.get(name);
  if (init === undefined) raise(exc.ModuleNotFoundError, `No module named '${name}'`);
  const m = createModule(name);
  init!(moduleDict(m));
  incref(m);
  return m;
}

/** IMPORT_NAME: `import a.b` binds a; `from a.b import c` wants a.b itself. */
export function importName(name: string, fromlist: number, level: number): number {
  if (intValue(level) !== 0) raise(exc.ImportError, 'attempted relative import with no known parent package');
  const parts = name.split('.');
  let last = 0;
  for (let i = 0; i < parts.length; i++) {
    if (last !== 0) decref(last);
    last = importModule(parts.slice(0, i + 1).join('.'));
  }
  if (fromlist !== NONE && isTruthy(fromlist)) return last;
  decref(last);
  return importModule(parts[0]);
}

/** IMPORT_FROM: m.name, or ImportError in CPython's words. */
export function importFrom(m: number, name: number): number {
  const v = getAttrOrNull(m, name);
  if (v !== 0) return v;
  return raise(exc.ImportError, `cannot import name '${nameOf(name)}' from '${strValue(moduleName(m))}' (unknown location)`);
}
