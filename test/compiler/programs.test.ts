// programs.test.ts - every Python program of the repository (test/programs, examples, bench)
// compiled by us and by CPython 3.11: code objects must match as in codegen.test.ts, except
// those showing a deliberate difference (a constant frozenset, or a CALL_FUNCTION_EX that may
// take a lone *args). Programs CPython rejects at compile time must fail here with its message.

import * as fs from 'fs';
import * as path from 'path';
import { compileModule } from '../../src/compiler/compile';
import { PySyntaxError } from '../../src/syntax_error';
import { type CodeInfo, codeInfo, comparable, pythonAvailable, pyref } from './harness';

const ROOT = path.join(__dirname, '..', '..');

function pythonFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...pythonFiles(rel));
    else if (entry.name.endsWith('.py')) out.push(rel);
  }
  return out.sort();
}

function deviates(ref: CodeInfo): boolean {
  return ref.consts.some((c) => c.includes('frozenset(')) || ref.instrs.some(([op]) => op === 'CALL_FUNCTION_EX');
}

/** Pairs of (ours, CPython's) for every code object outside the deliberate differences. */
function comparablePairs(ours: CodeInfo, ref: CodeInfo, out: [CodeInfo, CodeInfo][]): void {
  const { children: oursChildren, ...oursOwn } = comparable(ours, ref);
  const { children: refChildren, ...refOwn } = ref;
  if (!deviates(ref)) out.push([{ ...oursOwn, children: [] }, { ...refOwn, children: [] }]);
  expect(oursChildren.length).toBe(refChildren.length);
  oursChildren.forEach((c, i) => comparablePairs(c, refChildren[i], out));
}

const files = [...pythonFiles('test/programs'), ...pythonFiles('examples'), ...pythonFiles('bench')];

(pythonAvailable() && files.length > 0 ? describe : describe.skip)('repository programs compile like CPython 3.11', () => {
  const sources = files.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8'));
  const refs = pyref(sources);

  test.each(files.map((f, i) => [f, i] as const))('%s', (file, i) => {
    const ref = refs[i];
    if (ref.parseError !== undefined || ref.unsupported !== undefined) return;  // the parser's business
    if (ref.compileError !== undefined) {
      expect(() => compileModule(ref.ast!, file, sources[i])).toThrow(PySyntaxError);
      try {
        compileModule(ref.ast!, file, sources[i]);
      } catch (e) {
        expect([(e as PySyntaxError).msg, (e as PySyntaxError).line]).toEqual([ref.compileError.msg, ref.compileError.line]);
      }
      return;
    }
    const pairs: [CodeInfo, CodeInfo][] = [];
    comparablePairs(codeInfo(compileModule(ref.ast!, file, sources[i])), ref.code!, pairs);
    for (const [ours, theirs] of pairs) expect(ours).toEqual(theirs);
  });
});
