// syntax_error.ts - the error the parser and the compiler throw for bad source text.
// Owns: the fields CPython prints for a SyntaxError (file, line, column, the line's text).
// Must never: print anything; the CLI formats it (see `formatSyntaxError`), and at run time
// (compile(), import) the VM turns it into a Python SyntaxError object.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly filename: string,
    /** 1-based line */
    readonly line: number,
    /** 1-based column of the caret, as CPython's SyntaxError.offset */
    readonly offset: number,
    /** the source line, without its newline */
    readonly text: string,
    /** 1-based end column (exclusive) for a ^^^ range; equal to offset + 1 for a single caret */
    readonly endOffset: number = offset + 1,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${line})`);
  }
}

/**
 * CPython's layout:
 *   File "x.py", line 3
 *     x = (1 +
 *         ^
 * SyntaxError: '(' was never closed
 */
export function formatSyntaxError(e: PySyntaxError): string {
  const out: string[] = [`  File "${e.filename}", line ${e.line}`];
  if (e.text !== '') {
    const raw = e.text.replace(/\n$/, '');
    const stripped = raw.replace(/^[ \t\f]+/, '');
    const cut = raw.length - stripped.length;
    out.push(`    ${stripped}`);
    const start = Math.max(0, e.offset - 1 - cut);
    const width = Math.max(1, Math.min(e.endOffset, raw.length + 1) - e.offset);
    out.push(`    ${' '.repeat(start)}${'^'.repeat(width)}`);
  }
  out.push(`${e.kind}: ${e.msg}`);
  return out.join('\n') + '\n';
}
