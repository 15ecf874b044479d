// cpython.test.ts - every corpus snippet through pygil's parser and CPython 3.11's ast.parse: same AST
// (positions included) for valid programs, same error (class, message, line, offset) for invalid ones.
// Also a sample of CPython's own standard library, parsed both ways.
// Must never: paste CPython's output - it is asked at run time (oracle.ts).

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { INVALID, VALID } from './corpus';
import { askPython, OracleError, OracleResult, parseWithPygil } from './oracle';

const version = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' }).stdout.trim();

test('python3 is CPython 3.11, the version pygil follows', () => {
  expect(version).toBe('3.11');
});

/** The error fields compared: the end offset only when CPython gives one on the same line. */
function comparable(e: OracleError, reference: OracleError): Partial<OracleError> {
  const sameLineEnd = reference.endLine === reference.line && reference.endOffset !== null && reference.endOffset > 0;
  return { kind: e.kind, msg: e.msg, line: e.line, offset: e.offset, ...(sameLineEnd ? { endOffset: e.endOffset } : {}) };
}

function expectSameError(mine: OracleResult, theirs: OracleResult): void {
  expect('error' in theirs).toBe(true);
  if (!('error' in theirs)) return;
  expect('error' in mine ? comparable(mine.error, theirs.error) : mine).toEqual(comparable(theirs.error, theirs.error));
}

(version === '3.11' ? describe : describe.skip)('against CPython 3.11', () => {
  describe('valid programs give the same AST', () => {
    const reference = askPython(VALID);
    test.each(VALID.map((src, i) => [src, i] as const))('%j', (src, i) => {
      expect('ok' in reference[i]).toBe(true);
      expect(parseWithPygil(src)).toEqual(reference[i]);
    });
  });

  describe('invalid programs give the same error', () => {
    const reference = askPython(INVALID);
    test.each(INVALID.map((src, i) => [src, i] as const))('%j', (src, i) => {
      expectSameError(parseWithPygil(src), reference[i]);
    });
  });

  describe('standard library modules give the same AST', () => {
    const libDir = spawnSync('python3', ['-c', 'import os; print(os.path.dirname(os.__file__))'], { encoding: 'utf8' }).stdout.trim();
    // ASCII-only modules without async or match (pygil columns count UTF-16 units, CPython's UTF-8 bytes)
    const modules = ['textwrap.py', 'string.py', 'colorsys.py', 'bisect.py', 'fnmatch.py', 'calendar.py', 'copy.py',
      'json/decoder.py', 'json/encoder.py', 'argparse.py', 'pprint.py', 'typing.py', 'tokenize.py', 'ast.py', 'inspect.py',
      'datetime.py', 'enum.py', 'operator.py', 'random.py', 'collections/__init__.py', 'configparser.py'];
    const sources = modules.map((m) => fs.readFileSync(path.join(libDir, m), 'utf8'));
    const reference = askPython(sources);
    test.each(modules.map((m, i) => [m, i] as const))('%s', (_m, i) => {
      expect(parseWithPygil(sources[i])).toEqual(reference[i]);
    });
  });
});
