// errors.ts - builds the PySyntaxError that the compiler's passes throw for bad programs.
// Owns: turning a node position (1-based line, 0-based column) into CPython's SyntaxError fields.
// Must never: decide wording; each pass passes CPython's message text verbatim.

import type { Pos } from '../ast';
import { PySyntaxError } from '../syntax_error';

/** Where compile-time errors point: the file name and, when known, the source text for the caret line. */
export interface SourceInfo {
  readonly filename: string;
  /** Source lines (without newlines), or empty when the caller did not supply the text. */
  readonly lines: readonly string[];
}

export function sourceInfo(filename: string, source?: string): SourceInfo {
  return { filename, lines: source === undefined ? [] : source.split(/\r\n|\r|\n/) };
}

/** A SyntaxError at `pos`, with CPython's 1-based offset and end offset (a range only on one line). */
export function syntaxErrorAt(src: SourceInfo, msg: string, pos: Pos): PySyntaxError {
  const text = src.lines[pos.line - 1] ?? '';
  const offset = pos.col + 1;
  const endOffset = pos.endLine === pos.line ? Math.max(pos.endCol + 1, offset + 1) : Math.max(text.length + 1, offset + 1);
  return new PySyntaxError('SyntaxError', msg, src.filename, pos.line, offset, text, endOffset);
}
