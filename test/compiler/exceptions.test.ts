// exceptions.test.ts - exception tables and stack sizes: the exact table of a simple try/except,
// the table's invariants (sorted, non-overlapping, in range), and an independent check that
// walks the final bytecode - jumps decoded from bytes, handlers entered as the VM contract says
// (pop to depth, push lasti, push the exception) - and finds consistent depths that never
// exceed co_stacksize.

import type { CodeSpec } from '../../src/code';
import { ArgKind, Op, opInfo } from '../../src/opcodes';
import { CORPUS } from './corpus';
import { compileSource, pythonAvailable, pyref } from './harness';
import { compileModule } from '../../src/compiler/compile';

const needPython = pythonAvailable() ? test : test.skip;

function allCode(code: CodeSpec): CodeSpec[] {
  const out = [code];
  for (const c of code.consts) if (c.type === 'code') out.push(...allCode(c.code));
  return out;
}

function named(code: CodeSpec, name: string): CodeSpec {
  const c = allCode(code).find((x) => x.name === name);
  if (c === undefined) throw new Error(`no ${name}`);
  return c;
}

interface Decoded { offset: number; next: number; op: number; arg: number }

function decode(code: CodeSpec): Decoded[] {
  const out: Decoded[] = [];
  let ext = 0;
  let start = 0;
  for (let off = 0; off < code.code.length; off += 2) {
    const op = code.code[off];
    const arg = ext | code.code[off + 1];
    if (op === Op.EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    out.push({ offset: start, next: off + 2, op, arg });
    ext = 0;
    start = off + 2;
  }
  return out;
}

const STOPS = new Set<number>([Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE, Op.JUMP_FORWARD, Op.JUMP_BACKWARD,
  Op.JUMP_BACKWARD_NO_INTERRUPT]);

/** Flow analysis over the bytes alone; returns the deepest stack seen. Throws on inconsistency. */
function verifyStack(code: CodeSpec): number {
  const instrs = decode(code);
  const at = new Map(instrs.map((d, i) => [d.offset, i]));
  const depth = new Array<number>(instrs.length).fill(-1);
  const work: number[] = [];
  const reach = (offset: number, d: number, why: string): void => {
    const i = at.get(offset);
    if (i === undefined) throw new Error(`${code.qualname}: ${why} lands mid-instruction at ${offset}`);
    if (d < 0) throw new Error(`${code.qualname}: negative depth at ${offset}`);
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) {
      throw new Error(`${code.qualname}: depth ${depth[i]} vs ${d} at offset ${offset} (${why})`);
    }
  };
  const generator = (code.flags & 0x20) !== 0;
  reach(0, generator ? 1 : 0, 'entry');
  let max = 0;
  while (work.length > 0) {
    const i = work.pop()!;
    const ins = instrs[i];
    const d = depth[i];
    const info = opInfo(ins.op)!;
    for (const e of code.exceptionTable) {
      if (ins.offset >= e.start && ins.offset < e.end) {
        if (e.depth > d) throw new Error(`${code.qualname}: handler depth ${e.depth} above ${d} at ${ins.offset}`);
        const hd = e.depth + (e.lasti ? 1 : 0) + 1;
        max = Math.max(max, hd);
        reach(e.target, hd, 'handler');
      }
    }
    const after = d + info.effect(ins.arg);
    max = Math.max(max, after);
    if (info.arg === ArgKind.JumpFwd || info.arg === ArgKind.JumpBack) {
      const target = info.arg === ArgKind.JumpFwd ? ins.next + 2 * ins.arg : ins.next - 2 * ins.arg;
      const td = d + (info.jumpEffect ?? info.effect)(ins.arg);
      max = Math.max(max, td);
      reach(target, td, opInfo(ins.op)!.name);
    }
    if (!STOPS.has(ins.op) && i + 1 < instrs.length) reach(instrs[i + 1].offset, after, 'fall-through');
  }
  return max;
}

describe('exception table', () => {
  needPython('try/except: body row, handler row with lasti, the no-match re-raise row', () => {
    const f = named(compileSource('def f():\n    try:\n        g()\n    except E:\n        h()\n'), 'f');
    const names = decode(f).map((d) => `${d.offset} ${opInfo(d.op)!.name}`);
    expect(names).toEqual([
      '0 RESUME', '2 NOP', '4 LOAD_GLOBAL', '6 CALL', '8 POP_TOP', '10 LOAD_CONST', '12 RETURN_VALUE',
      '14 PUSH_EXC_INFO', '16 LOAD_GLOBAL', '18 CHECK_EXC_MATCH', '20 POP_JUMP_IF_FALSE', '22 POP_TOP',
      '24 LOAD_GLOBAL', '26 CALL', '28 POP_TOP', '30 POP_EXCEPT', '32 LOAD_CONST', '34 RETURN_VALUE',
      '36 RERAISE', '38 COPY', '40 POP_EXCEPT', '42 RERAISE',
    ]);
    expect(f.exceptionTable).toEqual([
      { start: 4, end: 10, target: 14, depth: 0, lasti: false },
      { start: 14, end: 30, target: 38, depth: 1, lasti: true },
      { start: 36, end: 38, target: 38, depth: 1, lasti: true },
    ]);
  });

  needPython('with: the body is covered down to the __exit__ item, the handler keeps lasti', () => {
    const f = named(compileSource('def f(m):\n    with m:\n        g()\n'), 'f');
    const rows = f.exceptionTable;
    expect(rows[0]).toMatchObject({ depth: 1, lasti: true });
    expect(rows.every((r) => r.depth >= 1)).toBe(true);
  });

  needPython('no table without try or with', () => {
    expect(named(compileSource('def f(a):\n    for x in a:\n        return x\n'), 'f').exceptionTable).toEqual([]);
  });

  needPython('rows are sorted, non-empty, non-overlapping and point at instructions', () => {
    const sources = Object.values(CORPUS);
    const refs = pyref(sources);
    refs.forEach((r, k) => {
      for (const code of allCode(compileModule(r.ast!, 'x.py', sources[k]))) {
        const starts = new Set(decode(code).map((d) => d.offset));
        let prevEnd = 0;
        for (const e of code.exceptionTable) {
          expect(e.start).toBeGreaterThanOrEqual(prevEnd);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(code.code.length);
          expect(starts.has(e.start) && starts.has(e.target)).toBe(true);
          expect(e.depth).toBeGreaterThanOrEqual(0);
          prevEnd = e.end;
        }
      }
    });
  });
});

describe('stack depth', () => {
  needPython('simple cases', () => {
    const m = compileSource([
      'def add(a, b):\n    return a + b\n',
      'def call(f):\n    return f(1, 2, 3)\n',
      'def gen():\n    yield 1\n',
      'def empty():\n    pass\n',
    ].join(''));
    expect(named(m, 'add').stacksize).toBe(2);
    expect(named(m, 'call').stacksize).toBe(5);
    expect(named(m, 'gen').stacksize).toBe(1);
    expect(named(m, 'empty').stacksize).toBe(1);
  });

  // co_stacksize also counts handlers no instruction can reach (`try: pass` protects nothing),
  // as CPython's does, so the walk over the bytes may stay below it but never above.
  needPython('every corpus code object: depths consistent along all paths, never above co_stacksize', () => {
    const sources = Object.values(CORPUS);
    const refs = pyref(sources);
    let exact = 0;
    let total = 0;
    refs.forEach((r, k) => {
      for (const code of allCode(compileModule(r.ast!, 'x.py', sources[k]))) {
        const seen = verifyStack(code);
        expect([code.qualname, seen <= code.stacksize]).toEqual([code.qualname, true]);
        total++;
        if (seen === code.stacksize) exact++;
      }
    });
    expect(exact).toBeGreaterThan(total * 0.95);
  });
});
