// refcount.test.ts - -X refcount=atomic and the corrupt-heap exit (issue 4).
// With the lock on, refcount_race.py passes the heap check and atomic counts change no output.
// An internal error without the lock, or after a block was used once freed, ends with the heap
// report and status 3; with the lock on and a sound heap it stays "internal error", status 70.
// (The lock-off races themselves are probabilistic: bench/refcount_race.js measures their rate.)

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { initInterpreter } from '../src/runtime/init';
import { runMain, runGuarded } from '../src/interpreter';
import { setOutputSink } from '../src/runtime/output';
import { options } from '../src/options';
import { decref } from '../src/heap/refcount';
import { dictGet } from '../src/objects/dict';
import { moduleDict } from '../src/objects/module';
import { modulesDict } from '../src/vm/modules';
import { intern } from '../src/objects/str';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'pygil');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-rc-'));

function pygil(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(BIN, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('refcount_race.py with the lock on', () => {
  test('ends with a clean heap check and the deterministic output', () => {
    const json = path.join(TMP, 'race.json');
    const r = pygil(['-X', `checkheap=json:${json}`, 'examples/refcount_race.py']);
    expect(r.stderr).not.toMatch(/heap check|internal error/);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('4 threads x 50000 rounds');
    for (let t = 0; t < 4; t++) expect(lines[1 + t]).toBe(`thread ${t}: appended 50000, called work 50000 times`);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(report.damaged).toBe(false);
    expect(report.tooLow + report.tooHigh).toBe(0);
  }, 90_000);
});

describe('-X refcount=atomic with the lock on', () => {
  const programs = ['examples/hello.py', 'bench/fib.py', 'examples/count_threads.py', 'bench/gen_pipeline.py'];
  test.each(programs)('%s: same stdout and status as plain counts, clean heap', (prog) => {
    const plain = pygil([prog]);
    const atomic = pygil(['-X', 'refcount=atomic', '-X', 'checkheap', prog]);
    expect(atomic.status).toBe(plain.status);
    expect(atomic.stdout).toBe(plain.stdout);
    expect(atomic.stderr).not.toMatch(/heap check/);
  }, 90_000);

  test('a bad value is a usage error', () => {
    const r = pygil(['-X', 'refcount=fast', '-c', 'pass']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/-X refcount takes atomic or plain/);
  }, 30_000);
});

describe('an internal error on a corrupt heap', () => {
  // One interpreter for these tests (a second initInterpreter in one process is not supported).
  let stderr = '';
  const saved = { gil: options.gil, checkHeap: options.checkHeap };
  beforeAll(() => {
    setOutputSink((fd, s) => { if (fd !== 1) stderr += s; });
    initInterpreter();
    expect(runMain('victim = [1, 2, 3]\nkeep = "x"\n', '<test>')).toBe(0);
  });
  afterAll(() => {
    setOutputSink(null);
    Object.assign(options, saved);
  });
  beforeEach(() => { stderr = ''; });
  const fail = (): number => { throw new TypeError("Cannot read properties of undefined (reading 'length')"); };

  test('with the lock on and a sound heap: internal error, status 70', () => {
    options.gil = true;
    expect(runGuarded(fail)).toBe(70);
    expect(stderr).toBe("pygil: internal error: Cannot read properties of undefined (reading 'length')\n");
  });

  test('with the lock off: the heap report and status 3, saying so', () => {
    options.gil = false;
    options.checkHeap = `json:${path.join(TMP, 'off.json')}`;
    expect(runGuarded(fail)).toBe(3);
    expect(stderr).toMatch(/^pygil: internal error on a corrupt heap: Cannot read properties of undefined/);
    expect(stderr).toMatch(/^heap check: \d+ objects, 0 with wrong counts/m);
    expect(stderr).toMatch(/pygil: stopped: the lock is off and reference counts are plain; the heap check's report is above: exit status 3\n$/);
    expect(JSON.parse(fs.readFileSync(path.join(TMP, 'off.json'), 'utf8')).objects).toBeGreaterThan(0);
  });

  test('with the lock on after a block was freed while referenced: status 3', () => {
    options.gil = true;
    options.checkHeap = null;
    const g = moduleDict(dictGet(modulesDict(), intern('__main__')));
    decref(dictGet(g, intern('victim'))); // the dict still refers to it: freed while referenced
    expect(runGuarded(fail)).toBe(3);
    expect(stderr).toMatch(/1 freed while referenced/);
    expect(stderr).toMatch(/pygil: stopped: a block was used after it was freed; the heap check's report is above: exit status 3\n$/);
  });
});
