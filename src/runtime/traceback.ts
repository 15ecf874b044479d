// traceback.ts - recording where an exception passed, and printing it as CPython does.
// Owns: the traceback list kept in each exception (pairs of code object and line, innermost
// first as they are recorded), CPython's report layout, exception chaining text, and the
// "[Previous line repeated N more times]" folding of deep recursion.
// Must never: raise. Printing a broken exception still prints something.

import * as fs from 'fs';
import { mem } from '../heap/memory';
import { newList, listAppend, listLen, listGet } from '../objects/list';
import { newSmall } from '../heap/layout';
import { EXC_TB, EXC_CAUSE, EXC_CONTEXT, EXC_SUPPRESS, EXC_CLASS } from '../objects/exception';
import { codeInfo } from '../objects/code';
import { str } from './repr';
import { qualifiedClassName } from './classes';

/** Record that exception e passed through code object `code` at `line`. */
export function addTraceback(e: number, code: number, line: number): void {
  const w = e >> 2;
  let tb = mem.i32[w + EXC_TB];
  if (tb === 0) { tb = newList(0); mem.i32[w + EXC_TB] = tb; }
  listAppend(tb, code); // code objects are immortal: no count to keep
  listAppend(tb, newSmall(line));
}

const sources = new Map<string, string[] | null>();

/** Line `n` of a source file, stripped, or null when it cannot be read. */
export function sourceLine(filename: string, n: number): string | null {
  let lines = sources.get(filename);
  if (lines === undefined) {
    try { lines = fs.readFileSync(filename, 'utf8').split(/\r?\n/); } catch { lines = null; }
    sources.set(filename, lines);
  }
  if (lines === null || n < 1 || n > lines.length) return null;
  return lines[n - 1].trim();
}

/** Let `-c` code show its lines too (CPython shows none for <string>; we keep that). */
export function registerSource(filename: string, text: string | null): void {
  sources.set(filename, text === null ? null : text.split(/\r?\n/));
}

function frameLines(e: number): string[] {
  const tb = mem.i32[(e >> 2) + EXC_TB];
  const out: string[] = [];
  if (tb === 0) return out;
  const n = listLen(tb);
  let last = '';
  let repeats = 0;
  const flush = () => {
    if (repeats > 3) out.push(`  [Previous line repeated ${repeats - 3} more time${repeats - 3 === 1 ? '' : 's'}]`);
  };
  for (let i = n - 2; i >= 0; i -= 2) {
    const ci = codeInfo(listGet(tb, i));
    const line = listGet(tb, i + 1) >> 1;
    const text = `  File "${ci.filename}", line ${line}, in ${ci.name}`;
    if (text === last) {
      repeats++;
      if (repeats > 3) continue;
    } else {
      flush();
      repeats = 1;
      last = text;
    }
    out.push(text);
    const src = sourceLine(ci.filename, line);
    if (src !== null && src !== '') out.push(`    ${src}`);
  }
  flush();
  return out;
}

/** The last line of a report: "ValueError: message" (or just the name when the message is empty). */
export function exceptionLine(e: number): string {
  // as traceback.format_exception_only: qualified by module, except __main__ and builtins
  const qualified = qualifiedClassName(mem.i32[(e >> 2) + EXC_CLASS]);
  const name = qualified.startsWith('__main__.') ? qualified.slice(9) : qualified;
  let msg: string;
  try { msg = str(e); } catch { msg = '<exception str() failed>'; }
  return msg === '' ? name : `${name}: ${msg}`;
}

/** The whole report for an uncaught exception, chained exceptions first. */
export function formatException(e: number, seen: Set<number> = new Set()): string {
  seen.add(e);
  let out = '';
  const w = e >> 2;
  const cause = mem.i32[w + EXC_CAUSE], context = mem.i32[w + EXC_CONTEXT];
  if (cause !== 0 && !seen.has(cause)) {
    out += formatException(cause, seen) + '\nThe above exception was the direct cause of the following exception:\n\n';
  } else if (context !== 0 && mem.i32[w + EXC_SUPPRESS] === 0 && !seen.has(context)) {
    out += formatException(context, seen) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  }
  const frames = frameLines(e);
  if (frames.length > 0) out += 'Traceback (most recent call last):\n' + frames.join('\n') + '\n';
  return out + exceptionLine(e) + '\n';
}

/**
 * What CPython's default sys.unraisablehook prints for an exception nobody can receive: `header`
 * ("Exception ignored in: ..."), the exception's own traceback (no chained exceptions: the hook
 * prints only this one), and "Type: message", with the colon even when the message is empty
 * ("KeyboardInterrupt: ").
 */
export function formatUnraisable(header: string, e: number): string {
  const frames = frameLines(e), line = exceptionLine(e);
  const tb = frames.length > 0 ? 'Traceback (most recent call last):\n' + frames.join('\n') + '\n' : '';
  return header + '\n' + tb + (line.includes(':') ? line : line + ': ') + '\n';
}
