// `import dis; dis.dis(f)` and `pygil -m dis FILE` print the compiler's listing of real code
// objects: the opnames CPython 3.11 uses for the same function, in order, with resolved names.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from './run';

const SOURCE = [
  'def add(a, b=2):',
  '    total = a + b',
  '    return total',
].join('\n');

function opnames(listing: string): string[] {
  return listing.split('\n').map((l) => /^\s*(?:\d+)?\s*(?:>>)?\s*\d+ ([A-Z_]+)/.exec(l)).filter((m) => m !== null).map((m) => m![1]);
}

describe('dis', () => {
  test('dis.dis(f) lists the function body with names resolved', () => {
    const r = run(`${SOURCE}\nimport dis\ndis.dis(add)\n`);
    expect(r.stderr).toBe('');
    expect(opnames(r.stdout)).toEqual(['RESUME', 'LOAD_FAST', 'LOAD_FAST', 'BINARY_OP', 'STORE_FAST', 'LOAD_FAST', 'RETURN_VALUE']);
    expect(r.stdout).toMatch(/LOAD_FAST\s+0 \(a\)/);
    expect(r.stdout).toMatch(/BINARY_OP\s+0 \(\+\)/);
  });

  test('pygil -m dis FILE lists the module and its nested code objects', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pygil-dis-'));
    const file = path.join(dir, 'f.py');
    fs.writeFileSync(file, SOURCE + '\n');
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'pygil.js'), '-m', 'dis', file], { encoding: 'utf8', timeout: 30000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('MAKE_FUNCTION');
    expect(r.stdout).toContain('STORE_NAME               0 (add)');
    expect(r.stdout).toMatch(/Disassembly of <code object add at 0x[0-9a-f]+, file ".*f\.py", line 1>:/);
  });

  test('dis.dis on something without code is a TypeError', () => {
    const r = run('import dis\ntry:\n    dis.dis(3)\nexcept TypeError as e:\n    print(e)\n');
    expect(r.stdout).toBe("don't know how to disassemble int objects\n");
  });
});
