// The VM's use of the heap: objects made and dropped in a loop are freed and their blocks
// reused, so the heap stays flat; reference counts come back to where they started.

import { run } from './run';
import { heapStats } from '../../src/heap/alloc';

describe('heap use by running programs', () => {
  test('a loop that makes and drops objects keeps the heap flat', () => {
    const small = run('for i in range(1000):\n    x = [float(i), str(i), (i, i)]\n');
    expect(small.status).toBe(0);
    const afterSmall = heapStats().highWater;
    const big = run('for i in range(100000):\n    x = [float(i), str(i), (i, i)]\n');
    expect(big.status).toBe(0);
    // a hundred times the iterations may not need more than a little extra room
    expect(heapStats().highWater).toBeLessThan(afterSmall + 4096);
  });

  test('reference counts return to their start after a loop that shares an object', () => {
    const r = run([
      'import sys',
      'x = [1, 2, 3]',
      'before = sys.getrefcount(x)',
      'for i in range(1000):',
      '    y = x',
      '    z = [x, x]',
      'del y, z',
      'print(sys.getrefcount(x) - before)',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\n');
  });

  test('live bytes return to the baseline when a program drops everything it made', () => {
    const r = run('d = {}\nfor i in range(5000):\n    d[str(i)] = [i] * 3\nd = None\nimport sys\nprint("ok")\n');
    expect(r.stdout).toBe('ok\n');
    const { live, highWater } = heapStats();
    expect(highWater - live).toBeGreaterThan(100000);
  });
});
