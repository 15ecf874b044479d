// opcodes.ts - the one opcode table, read by the compiler, the VM and `dis`.
// Owns: every opcode's number, name, operand kind and stack effect, and the operand encodings
// (BINARY_OP's operator numbers, COMPARE_OP's, FORMAT_VALUE's flags, MAKE_FUNCTION's flags).
// Must never: hold behaviour. The VM's switch implements these; the compiler emits them.
//
// Names, and where they match also the operand meanings, follow CPython 3.11 so that
// `pygil -m dis x.py` reads beside `python3 -m dis x.py`. Differences from 3.11, on purpose:
//  - no CACHE entries and no PRECALL (3.12 dropped PRECALL too);
//  - conditional jumps use 3.12's names POP_JUMP_IF_FALSE/TRUE/NONE/NOT_NONE and jump forward
//    only (a backward conditional jump is compiled as a forward one over a JUMP_BACKWARD);
//  - RERAISE ignores its oparg (we do not restore f_lasti; tracebacks keep their first line).
//
// An instruction is two bytes: opcode, then an 8-bit argument. Arguments wider than 8 bits are
// prefixed by EXTENDED_ARG instructions, each contributing 8 more high bits, as in CPython.
// Jump arguments count instructions (2-byte code units), relative to the instruction after the
// jump, as in CPython 3.11.

/** How `dis` shows an operand, and how the compiler knows what it indexes. */
export const enum ArgKind {
  None,      // no operand (the byte is 0)
  Count,     // a plain number: item counts, flags
  Const,     // index into co_consts
  Name,      // index into co_names
  Global,    // (index into co_names) << 1 | push-NULL-first bit (LOAD_GLOBAL, as in 3.11)
  Local,     // index into localsplus (a fast local)
  Deref,     // index into localsplus (a cell or free variable)
  JumpFwd,   // relative forward jump, in code units
  JumpBack,  // relative backward jump, in code units
  BinOp,     // BINARY_OP operator number, see BINARY_OPS
  Cmp,       // COMPARE_OP operator number, see CMP_OPS
}

export interface OpInfo {
  readonly name: string;
  readonly code: number;
  readonly arg: ArgKind;
  /** Net stack effect as a function of the argument (taken branch for jumps: see `jumpEffect`). */
  readonly effect: (arg: number) => number;
  /** For jumps that pop differently when the branch is taken. */
  readonly jumpEffect?: (arg: number) => number;
}

const table: OpInfo[] = [];
const byName: Record<string, number> = Object.create(null);

function op(name: string, code: number, arg: ArgKind, effect: number | ((a: number) => number),
            jumpEffect?: number | ((a: number) => number)): number {
  const e = typeof effect === 'number' ? () => effect : effect;
  const je = jumpEffect === undefined ? undefined : typeof jumpEffect === 'number' ? () => jumpEffect : jumpEffect;
  table[code] = { name, code, arg, effect: e, jumpEffect: je };
  byName[name] = code;
  return code;
}

// Stack effects are written as (pushed - popped). Where a comment shows a stack, the top is on
// the right: [..., a, b] means b is TOS.

export const Op = {
  // -- general
  CACHE: op('CACHE', 0, ArgKind.None, 0),
  POP_TOP: op('POP_TOP', 1, ArgKind.None, -1),
  PUSH_NULL: op('PUSH_NULL', 2, ArgKind.None, 1),                 // [...] -> [..., NULL]
  NOP: op('NOP', 9, ArgKind.None, 0),
  UNARY_POSITIVE: op('UNARY_POSITIVE', 10, ArgKind.None, 0),
  UNARY_NEGATIVE: op('UNARY_NEGATIVE', 11, ArgKind.None, 0),
  UNARY_NOT: op('UNARY_NOT', 12, ArgKind.None, 0),
  UNARY_INVERT: op('UNARY_INVERT', 15, ArgKind.None, 0),
  BINARY_SUBSCR: op('BINARY_SUBSCR', 25, ArgKind.None, -1),       // [c, k] -> [c[k]]
  GET_LEN: op('GET_LEN', 30, ArgKind.None, 1),
  PUSH_EXC_INFO: op('PUSH_EXC_INFO', 35, ArgKind.None, 1),        // [exc] -> [prev_exc_info, exc]; exc_info = exc
  CHECK_EXC_MATCH: op('CHECK_EXC_MATCH', 36, ArgKind.None, 0),    // [exc, T] -> [exc, isinstance(exc, T)]
  WITH_EXCEPT_START: op('WITH_EXCEPT_START', 49, ArgKind.None, 1),
  GET_AITER: op('GET_AITER', 50, ArgKind.None, 0),
  BEFORE_WITH: op('BEFORE_WITH', 53, ArgKind.None, 1),            // [mgr] -> [mgr.__exit__, mgr.__enter__()]
  STORE_SUBSCR: op('STORE_SUBSCR', 60, ArgKind.None, -3),         // [v, c, k] -> []; c[k] = v
  DELETE_SUBSCR: op('DELETE_SUBSCR', 61, ArgKind.None, -2),       // [c, k] -> []
  GET_ITER: op('GET_ITER', 68, ArgKind.None, 0),                  // [x] -> [iter(x)]
  GET_YIELD_FROM_ITER: op('GET_YIELD_FROM_ITER', 69, ArgKind.None, 0),
  PRINT_EXPR: op('PRINT_EXPR', 70, ArgKind.None, -1),
  LOAD_BUILD_CLASS: op('LOAD_BUILD_CLASS', 71, ArgKind.None, 1),
  LOAD_ASSERTION_ERROR: op('LOAD_ASSERTION_ERROR', 74, ArgKind.None, 1),
  RETURN_GENERATOR: op('RETURN_GENERATOR', 75, ArgKind.None, 0),
  LIST_TO_TUPLE: op('LIST_TO_TUPLE', 82, ArgKind.None, 0),
  RETURN_VALUE: op('RETURN_VALUE', 83, ArgKind.None, -1),
  IMPORT_STAR: op('IMPORT_STAR', 84, ArgKind.None, -1),
  SETUP_ANNOTATIONS: op('SETUP_ANNOTATIONS', 85, ArgKind.None, 0),
  YIELD_VALUE: op('YIELD_VALUE', 86, ArgKind.None, 0),            // [v] -> [sent]; suspends the frame
  ASYNC_GEN_WRAP: op('ASYNC_GEN_WRAP', 87, ArgKind.None, 0),
  PREP_RERAISE_STAR: op('PREP_RERAISE_STAR', 88, ArgKind.None, -1),
  POP_EXCEPT: op('POP_EXCEPT', 89, ArgKind.None, -1),             // [prev] -> []; exc_info = prev

  // -- with an argument (>= 90, as in CPython: HAVE_ARGUMENT)
  STORE_NAME: op('STORE_NAME', 90, ArgKind.Name, -1),
  DELETE_NAME: op('DELETE_NAME', 91, ArgKind.Name, 0),
  UNPACK_SEQUENCE: op('UNPACK_SEQUENCE', 92, ArgKind.Count, (n) => n - 1),   // [seq] -> [x_n-1, ..., x_0] (x_0 on top)
  FOR_ITER: op('FOR_ITER', 93, ArgKind.JumpFwd, 1, -1),          // [it] -> [it, next] or, exhausted, pop it and jump
  UNPACK_EX: op('UNPACK_EX', 94, ArgKind.Count, (a) => (a & 0xff) + (a >> 8)),  // low byte: before star, high: after
  STORE_ATTR: op('STORE_ATTR', 95, ArgKind.Name, -2),             // [v, o] -> []; o.name = v
  DELETE_ATTR: op('DELETE_ATTR', 96, ArgKind.Name, -1),
  STORE_GLOBAL: op('STORE_GLOBAL', 97, ArgKind.Name, -1),
  DELETE_GLOBAL: op('DELETE_GLOBAL', 98, ArgKind.Name, 0),
  SWAP: op('SWAP', 99, ArgKind.Count, 0),                         // swap TOS with the i-th item (1 = TOS)
  LOAD_CONST: op('LOAD_CONST', 100, ArgKind.Const, 1),
  LOAD_NAME: op('LOAD_NAME', 101, ArgKind.Name, 1),
  BUILD_TUPLE: op('BUILD_TUPLE', 102, ArgKind.Count, (n) => 1 - n),
  BUILD_LIST: op('BUILD_LIST', 103, ArgKind.Count, (n) => 1 - n),
  BUILD_SET: op('BUILD_SET', 104, ArgKind.Count, (n) => 1 - n),
  BUILD_MAP: op('BUILD_MAP', 105, ArgKind.Count, (n) => 1 - 2 * n),  // [k0, v0, ..., kn, vn] -> [dict]
  LOAD_ATTR: op('LOAD_ATTR', 106, ArgKind.Name, 0),
  COMPARE_OP: op('COMPARE_OP', 107, ArgKind.Cmp, -1),
  IMPORT_NAME: op('IMPORT_NAME', 108, ArgKind.Name, -1),          // [level, fromlist] -> [module]
  IMPORT_FROM: op('IMPORT_FROM', 109, ArgKind.Name, 1),           // [m] -> [m, m.name]
  JUMP_FORWARD: op('JUMP_FORWARD', 110, ArgKind.JumpFwd, 0),
  JUMP_IF_FALSE_OR_POP: op('JUMP_IF_FALSE_OR_POP', 111, ArgKind.JumpFwd, -1, 0),
  JUMP_IF_TRUE_OR_POP: op('JUMP_IF_TRUE_OR_POP', 112, ArgKind.JumpFwd, -1, 0),
  POP_JUMP_IF_FALSE: op('POP_JUMP_IF_FALSE', 114, ArgKind.JumpFwd, -1, -1),
  POP_JUMP_IF_TRUE: op('POP_JUMP_IF_TRUE', 115, ArgKind.JumpFwd, -1, -1),
  LOAD_GLOBAL: op('LOAD_GLOBAL', 116, ArgKind.Global, (a) => 1 + (a & 1)),
  IS_OP: op('IS_OP', 117, ArgKind.Count, -1),                     // arg 1: `is not`
  CONTAINS_OP: op('CONTAINS_OP', 118, ArgKind.Count, -1),         // [x, c] -> [x in c]; arg 1: `not in`
  RERAISE: op('RERAISE', 119, ArgKind.Count, -1),                 // [exc] -> raise exc again, keeping its traceback
  COPY: op('COPY', 120, ArgKind.Count, 1),                        // push the i-th item (1 = TOS)
  BINARY_OP: op('BINARY_OP', 122, ArgKind.BinOp, -1),             // [a, b] -> [a op b]
  SEND: op('SEND', 123, ArgKind.JumpFwd, 0, -1),
  LOAD_FAST: op('LOAD_FAST', 124, ArgKind.Local, 1),
  STORE_FAST: op('STORE_FAST', 125, ArgKind.Local, -1),
  DELETE_FAST: op('DELETE_FAST', 126, ArgKind.Local, 0),
  POP_JUMP_IF_NOT_NONE: op('POP_JUMP_IF_NOT_NONE', 128, ArgKind.JumpFwd, -1, -1),
  POP_JUMP_IF_NONE: op('POP_JUMP_IF_NONE', 129, ArgKind.JumpFwd, -1, -1),
  RAISE_VARARGS: op('RAISE_VARARGS', 130, ArgKind.Count, (n) => -n),  // 0: re-raise; 1: [exc]; 2: [exc, cause]
  GET_AWAITABLE: op('GET_AWAITABLE', 131, ArgKind.Count, 0),
  MAKE_FUNCTION: op('MAKE_FUNCTION', 132, ArgKind.Count,           // [defaults?, kwdefaults?, annotations?, closure?, code] -> [fn]
    (f) => -((f & 1 ? 1 : 0) + (f & 2 ? 1 : 0) + (f & 4 ? 1 : 0) + (f & 8 ? 1 : 0))),
  BUILD_SLICE: op('BUILD_SLICE', 133, ArgKind.Count, (n) => 1 - n),
  JUMP_BACKWARD_NO_INTERRUPT: op('JUMP_BACKWARD_NO_INTERRUPT', 134, ArgKind.JumpBack, 0),
  MAKE_CELL: op('MAKE_CELL', 135, ArgKind.Deref, 0),              // localsplus[i] = cell(localsplus[i])
  LOAD_CLOSURE: op('LOAD_CLOSURE', 136, ArgKind.Deref, 1),        // push the cell itself
  LOAD_DEREF: op('LOAD_DEREF', 137, ArgKind.Deref, 1),
  STORE_DEREF: op('STORE_DEREF', 138, ArgKind.Deref, -1),
  DELETE_DEREF: op('DELETE_DEREF', 139, ArgKind.Deref, 0),
  JUMP_BACKWARD: op('JUMP_BACKWARD', 140, ArgKind.JumpBack, 0),   // the loop edge: where the eval breaker is polled
  CALL_FUNCTION_EX: op('CALL_FUNCTION_EX', 142, ArgKind.Count, (f) => -2 - (f & 1)),  // [NULL, fn, args, kwargs?] -> [result]
  EXTENDED_ARG: op('EXTENDED_ARG', 144, ArgKind.Count, 0),
  LIST_APPEND: op('LIST_APPEND', 145, ArgKind.Count, -1),         // [..., list (i-th), ..., v] -> list.append(v)
  SET_ADD: op('SET_ADD', 146, ArgKind.Count, -1),
  MAP_ADD: op('MAP_ADD', 147, ArgKind.Count, -2),                 // [..., map (i-th below k,v), ..., k, v]
  LOAD_CLASSDEREF: op('LOAD_CLASSDEREF', 148, ArgKind.Deref, 1),
  COPY_FREE_VARS: op('COPY_FREE_VARS', 149, ArgKind.Count, 0),
  RESUME: op('RESUME', 151, ArgKind.Count, 0),
  FORMAT_VALUE: op('FORMAT_VALUE', 155, ArgKind.Count, (f) => ((f & 4) === 4 ? -1 : 0)),
  BUILD_CONST_KEY_MAP: op('BUILD_CONST_KEY_MAP', 156, ArgKind.Count, (n) => -n),  // [v0..vn-1, keys-tuple] -> [dict]
  BUILD_STRING: op('BUILD_STRING', 157, ArgKind.Count, (n) => 1 - n),
  LOAD_METHOD: op('LOAD_METHOD', 160, ArgKind.Name, 1),           // [o] -> [meth, o] or [NULL, o.name]
  LIST_EXTEND: op('LIST_EXTEND', 162, ArgKind.Count, -1),
  SET_UPDATE: op('SET_UPDATE', 163, ArgKind.Count, -1),
  DICT_MERGE: op('DICT_MERGE', 164, ArgKind.Count, -1),
  DICT_UPDATE: op('DICT_UPDATE', 165, ArgKind.Count, -1),
  CALL: op('CALL', 171, ArgKind.Count, (n) => -1 - n),            // [NULL|meth, fn|self, args...] -> [result]
  KW_NAMES: op('KW_NAMES', 172, ArgKind.Const, 0),                // the next CALL's last len(consts[i]) args are keywords
} as const;

export type OpName = keyof typeof Op;

/** First opcode number that takes an argument (below it, the argument byte is ignored). */
export const HAVE_ARGUMENT = 90;

/** Look up an opcode by number; undefined for unassigned numbers. */
export function opInfo(code: number): OpInfo | undefined {
  return table[code];
}

export function opByName(name: string): number | undefined {
  return byName[name];
}

export function isJump(code: number): boolean {
  const info = table[code];
  return info !== undefined && (info.arg === ArgKind.JumpFwd || info.arg === ArgKind.JumpBack);
}

// ---------------------------------------------------------------- operand encodings

/**
 * BINARY_OP's argument, as CPython 3.11's NB_* numbers: the binary operators, then their
 * in-place forms (`+=` is 13). The string is what `dis` shows in parentheses.
 */
export const BINARY_OPS: readonly string[] = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
];
export const NB_INPLACE = 13;

export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
  REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
}

/** COMPARE_OP's argument: index into this list (CPython's cmp_op). */
export const CMP_OPS: readonly string[] = ['<', '<=', '==', '!=', '>', '>='];
export const enum Cmp { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5 }

/** FORMAT_VALUE flags: conversion in the low two bits, 4 when a format spec is on the stack. */
export const enum FormatFlags {
  CONV_MASK = 3, CONV_NONE = 0, CONV_STR = 1, CONV_REPR = 2, CONV_ASCII = 3, HAVE_SPEC = 4,
}

/** MAKE_FUNCTION flags: which optional items lie on the stack beneath the code object. */
export const enum MakeFunctionFlags { DEFAULTS = 1, KWDEFAULTS = 2, ANNOTATIONS = 4, CLOSURE = 8 }

/** CALL_FUNCTION_EX flag: a kwargs dict lies above the args tuple. */
export const CALL_EX_HAS_KWARGS = 1;
