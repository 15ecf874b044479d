// Frozen library modules (src/vm/frozen.ts): the build's compiled form of lib/*.py must give
// exactly the code the compiler gives, and must be ignored as soon as the source differs.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import '../../src/cli';
import { compileSource } from '../../src/interpreter';
import { freeze, frozenCode, setFrozenPlaces } from '../../src/vm/frozen';

const ROOT = path.resolve(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');

describe('frozen modules', () => {
  let tmp: string;
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-frozen-')); });
  afterEach(() => { fs.rmSync(tmp, { recursive: true, force: true }); setFrozenPlaces('', ''); });

  /** Freeze `source` as tmp/lib/NAME.py into tmp/frozen, as scripts/freeze_lib.js does. */
  function freezeInto(name: string, source: string): string {
    const lib = path.join(tmp, 'lib'), frozen = path.join(tmp, 'frozen');
    fs.mkdirSync(lib, { recursive: true });
    fs.mkdirSync(frozen, { recursive: true });
    const file = path.join(lib, `${name}.py`);
    fs.writeFileSync(file, source);
    fs.writeFileSync(path.join(frozen, `${name}.json`), freeze(source, compileSource(source, file)));
    setFrozenPlaces(lib, frozen);
    return file;
  }

  test.each(fs.readdirSync(LIB).filter((f) => f.endsWith('.py')))('lib/%s thaws to what the compiler makes', (name) => {
    const source = fs.readFileSync(path.join(LIB, name), 'utf8');
    const file = freezeInto(name.slice(0, -3), source);
    expect(frozenCode(file, source)).toEqual(compileSource(source, file));
  });

  test('constants JSON cannot hold survive: big ints, infinities, -0.0, bytes, nested code', () => {
    const source = 'a = 1267650600228229401496703205377\nb = 1e400\nc = -0.0\nd = b"\\x00\\xff"\ne = (1.5, "s", None, ...)\ndef f(x=-1e400):\n    return lambda: 0.1\n';
    const file = freezeInto('consts', source);
    const thawed = frozenCode(file, source);
    expect(thawed).toEqual(compileSource(source, file));
    const floats = JSON.stringify(thawed, (_k, v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v)) ? String(Object.is(v, -0) ? '-0' : v) : v));
    expect(floats).toContain('"1267650600228229401496703205377n"');
    expect(floats).toContain('"Infinity"');
    expect(floats).toContain('"-0"');
  });

  test('a changed source, another directory or a missing frozen file is compiled instead', () => {
    const file = freezeInto('m', 'x = 1\n');
    expect(frozenCode(file, 'x = 2\n')).toBeNull();
    expect(frozenCode(path.join(tmp, 'elsewhere', 'm.py'), 'x = 1\n')).toBeNull();
    expect(frozenCode(path.join(tmp, 'lib', 'other.py'), 'x = 1\n')).toBeNull();
    expect(frozenCode(file, 'x = 1\n')).not.toBeNull();
  });

  test('the build froze every module of lib/, and an import of one runs as compiled code does', () => {
    const frozenDir = path.join(ROOT, 'dist', 'frozen');
    const names = fs.readdirSync(LIB).filter((f) => f.endsWith('.py')).map((f) => f.replace(/\.py$/, '.json')).sort();
    expect(fs.readdirSync(frozenDir).sort()).toEqual(names);
    const prog = 'import collections, threading\nprint(collections.Counter("abracadabra").most_common(2))\nthreading.Semaphore(-1)\n';
    const r = spawnSync(path.join(ROOT, 'bin', 'pygil'), ['-c', prog], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stdout).toBe("[('a', 5), ('b', 2)]\n");
    // the traceback names the library file and the line of the raise, from the frozen line table
    const lines = fs.readFileSync(path.join(LIB, 'threading.py'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('raise ValueError("semaphore initial value must be >= 0")')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(r.stderr).toContain(`File "${path.join(LIB, 'threading.py')}", line ${line}, in __init__\n`);
    expect(r.status).toBe(1);
  });
});
