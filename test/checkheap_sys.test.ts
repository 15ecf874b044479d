// checkheap_sys.test.ts - the heap checker inside a running interpreter: sys._check_heap() from
// the places where an on-demand check is exact (module level, functions, handlers, class bodies,
// __init__), and the at-exit check: silent on a clean heap, status 3, report and JSON on damage.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { initInterpreter } from '../src/runtime/init';
import { runMain } from '../src/interpreter';
import { setOutputSink, flushStdout } from '../src/runtime/output';
import { checkHeapAtExit, DAMAGED_STATUS } from '../src/runtime/checkheap';
import { dictGet } from '../src/objects/dict';
import { moduleDict } from '../src/objects/module';
import { modulesDict } from '../src/vm/modules';
import { intern } from '../src/objects/str';
import { mem } from '../src/heap/memory';

let stderrText = '';
function stderrSoFar(): string { return stderrText; }

/** Run source in this process; then `after` (the exit checks) with output still captured. */
function run(source: string, after: (status: number) => number): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  setOutputSink((fd, s) => { if (fd === 1) stdout += s; else stderrText += s; });
  try {
    initInterpreter();
    const status = after(runMain(source, '<test>'));
    flushStdout();
    return { status, stdout, stderr: stderrText };
  } finally {
    setOutputSink(null);
  }
}

/** A global of __main__ after the program ran (borrowed). */
function mainGlobal(name: string): number {
  return dictGet(moduleDict(dictGet(modulesDict(), intern('__main__'))), intern(name));
}

// One interpreter per test file: start-up is not yet repeatable in one process (a second
// initInterpreter hangs in installBuiltinFunctions), so every check below shares one run.
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-ch-')), 'report.json');
let clean = -1, cleanStderr = '', damaged = -1;
const result = run([
  'import sys',
  'c = sys._check_heap',
  'print("top", c())',
  'def f(a, b=[1]):',
  '    x = [a, b, "s" + str(a), {"k": (a, b)}]',
  '    return c()',
  'print("function", f(3))',
  'try:',
  '    raise ValueError("boom")',
  'except ValueError as e:',
  '    print("handler", c())',
  'class K:',
  '    z = [1, 2]',
  '    print("class body", c())',
  '    def __init__(self):',
  '        self.q = {"a": [1]}',
  '        print("init", c())',
  'k = K()',
  'print("end", c())',
  'victim = [1, 2, 3]',
  'other = ["x"]',
  'raise SystemExit(4)',
].join('\n'), (status) => {
  flushStdout();
  clean = checkHeapAtExit('', status);
  cleanStderr = stderrSoFar();
  mem.i32[mainGlobal('victim') >> 2] += 2; // two increments nobody will undo
  mem.i32[mainGlobal('other') >> 2] -= 1; // a decrement too many
  damaged = checkHeapAtExit(`json:${file}`, status);
  return damaged;
});

describe('sys._check_heap()', () => {
  test('finds nothing wherever the calling thread is in Python frames only', () => {
    expect(result.stdout).toBe('top 0\nfunction 0\nhandler 0\nclass body 0\ninit 0\nend 0\n');
  });
});

describe('-X checkheap at exit', () => {
  test('a clean heap prints nothing and keeps the status', () => {
    expect(clean).toBe(4);
    expect(cleanStderr).toBe('');
  });

  test('a damaged heap prints the report and ends with status 3; json:FILE gets the same', () => {
    expect(damaged).toBe(DAMAGED_STATUS);
    expect(result.stderr).toMatch(/^heap check: \d+ objects, 2 with wrong counts \(1 too low, 1 too high\), 0 freed while referenced/);
    expect(result.stderr).toMatch(/list +0 +1 +count too low +\[len 1\]/);
    expect(result.stderr).toMatch(/list +3 +1 +count too high +\[len 3\]/);
    expect(result.stderr).toContain('pygil: the heap check found damage: exit status 3');
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(json).toMatchObject({ damaged: true, tooLow: 1, tooHigh: 1, damage: 2 });
    expect(json.findings.map((f: { kind: string }) => f.kind)).toEqual(['count-too-low', 'count-too-high']);
  });
});
