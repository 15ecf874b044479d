// code.ts - the compiler's output: a code object as plain JavaScript data (a "CodeSpec").
// Owns: the shape of compiled code before it is written into the shared heap, its flags and
// local-variable kinds, and the exception table's entries.
// Must never: touch the heap. `objects/code.ts` materialises a CodeSpec into a heap code object;
// `dis` prints either form, since both are read through this interface.

/** co_flags, with CPython's values. */
export const enum CoFlags {
  OPTIMIZED = 0x01,
  NEWLOCALS = 0x02,
  VARARGS = 0x04,
  VARKEYWORDS = 0x08,
  NESTED = 0x10,
  GENERATOR = 0x20,
  NOFREE = 0x40,
}

/** Kinds of a slot in localsplus, with CPython 3.11's values; a slot may be LOCAL|CELL (an argument captured by a closure). */
export const enum FastKind {
  LOCAL = 0x20,
  CELL = 0x40,
  FREE = 0x80,
}

/** A constant in co_consts. Tuples of constants appear for default values and BUILD_CONST_KEY_MAP keys. */
export type ConstSpec =
  | { readonly type: 'int'; readonly value: bigint }
  | { readonly type: 'float'; readonly value: number }
  | { readonly type: 'str'; readonly value: string }
  | { readonly type: 'bytes'; readonly value: Uint8Array }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'None' }
  | { readonly type: 'Ellipsis' }
  | { readonly type: 'tuple'; readonly items: readonly ConstSpec[] }
  | { readonly type: 'code'; readonly code: CodeSpec };

/**
 * One row of the exception table (CPython 3.11's co_exceptiontable, unpacked): an exception
 * raised by an instruction with start <= offset < end (byte offsets) pops the value stack down
 * to `depth` items, pushes the offset of the raising instruction if `lasti`, pushes the
 * exception, and jumps to `target`. Rows are sorted by start and never overlap.
 */
export interface ExceptionEntry {
  readonly start: number;
  readonly end: number;
  readonly target: number;
  readonly depth: number;
  readonly lasti: boolean;
}

export interface CodeSpec {
  /** co_name: function name, or "<module>", "<lambda>", "<listcomp>", "<genexpr>"... */
  readonly name: string;
  /** co_qualname: e.g. "outer.<locals>.inner" */
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  /** Positional parameters, posonly included. */
  readonly argcount: number;
  readonly posonlyargcount: number;
  readonly kwonlyargcount: number;
  readonly flags: number;
  /** Bytecode: (opcode, arg) byte pairs. */
  readonly code: Uint8Array;
  readonly consts: readonly ConstSpec[];
  /** co_names: globals, attributes and imported names used by the code. */
  readonly names: readonly string[];
  /**
   * localsplus: parameters first (positional, kwonly, *args, **kwargs in that order), then other
   * locals, then cells that are not parameters, then free variables. `localsplusKinds[i]` says
   * which FastKind bits slot i has.
   */
  readonly localsplusNames: readonly string[];
  readonly localsplusKinds: readonly number[];
  /** Maximum depth of the value stack. */
  readonly stacksize: number;
  /** Source line of each instruction: lines[offset / 2]. */
  readonly lines: Int32Array;
  readonly exceptionTable: readonly ExceptionEntry[];
}

/** co_varnames: the slots that are plain locals (parameters included). */
export function varnames(code: CodeSpec): string[] {
  return code.localsplusNames.filter((_, i) => (code.localsplusKinds[i] & FastKind.LOCAL) !== 0);
}

/** co_cellvars. */
export function cellvars(code: CodeSpec): string[] {
  return code.localsplusNames.filter((_, i) => (code.localsplusKinds[i] & FastKind.CELL) !== 0);
}

/** co_freevars. */
export function freevars(code: CodeSpec): string[] {
  return code.localsplusNames.filter((_, i) => (code.localsplusKinds[i] & FastKind.FREE) !== 0);
}
