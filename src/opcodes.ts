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
            jumpEffect?: number | ((a: number) => number)): void {
  const e = typeof effect === 'number' ? () => effect : effect;
  const je = jumpEffect === undefined ? undefined : typeof jumpEffect === 'number' ? () => jumpEffect : jumpEffect;
  table[code] = { name, code, arg, effect: e, jumpEffect: je };
  byName[name] = code;
}

// Stack effects are written as (pushed - popped). Where a comment shows a stack, the top is on
// the right: [..., a, b] means b is TOS.

/**
 * Opcode numbers. A const enum, so that the VM's `switch (op)` has literal case labels (V8 then
 * compiles it to a jump table); the table below gives each its name, operand kind and effect.
 */
export const enum Op {
  // -- general
  CACHE = 0,
  POP_TOP = 1,
  PUSH_NULL = 2,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_SUBSCR = 25,
  GET_LEN = 30,
  PUSH_EXC_INFO = 35,
  CHECK_EXC_MATCH = 36,
  WITH_EXCEPT_START = 49,
  GET_AITER = 50,
  BEFORE_WITH = 53,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  LOAD_ASSERTION_ERROR = 74,
  RETURN_GENERATOR = 75,
  LIST_TO_TUPLE = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  ASYNC_GEN_WRAP = 87,
  PREP_RERAISE_STAR = 88,
  POP_EXCEPT = 89,
  // -- with an argument (>= 90, as in CPython: HAVE_ARGUMENT)
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  SWAP = 99,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  POP_JUMP_IF_FALSE = 114,
  POP_JUMP_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  IS_OP = 117,
  CONTAINS_OP = 118,
  RERAISE = 119,
  COPY = 120,
  BINARY_OP = 122,
  SEND = 123,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  POP_JUMP_IF_NOT_NONE = 128,
  POP_JUMP_IF_NONE = 129,
  RAISE_VARARGS = 130,
  GET_AWAITABLE = 131,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  JUMP_BACKWARD_NO_INTERRUPT = 134,
  MAKE_CELL = 135,
  LOAD_CLOSURE = 136,
  LOAD_DEREF = 137,
  STORE_DEREF = 138,
  DELETE_DEREF = 139,
  JUMP_BACKWARD = 140,
  CALL_FUNCTION_EX = 142,
  EXTENDED_ARG = 144,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  COPY_FREE_VARS = 149,
  RESUME = 151,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  LOAD_METHOD = 160,
  LIST_EXTEND = 162,
  SET_UPDATE = 163,
  DICT_MERGE = 164,
  DICT_UPDATE = 165,
  CALL = 171,
  KW_NAMES = 172,
}

// -- general
op('CACHE', Op.CACHE, ArgKind.None, 0);
op('POP_TOP', Op.POP_TOP, ArgKind.None, -1);
op('PUSH_NULL', Op.PUSH_NULL, ArgKind.None, 1);                 // [...] -> [..., NULL]
op('NOP', Op.NOP, ArgKind.None, 0);
op('UNARY_POSITIVE', Op.UNARY_POSITIVE, ArgKind.None, 0);
op('UNARY_NEGATIVE', Op.UNARY_NEGATIVE, ArgKind.None, 0);
op('UNARY_NOT', Op.UNARY_NOT, ArgKind.None, 0);
op('UNARY_INVERT', Op.UNARY_INVERT, ArgKind.None, 0);
op('BINARY_SUBSCR', Op.BINARY_SUBSCR, ArgKind.None, -1);       // [c, k] -> [c[k]]
op('GET_LEN', Op.GET_LEN, ArgKind.None, 1);
op('PUSH_EXC_INFO', Op.PUSH_EXC_INFO, ArgKind.None, 1);        // [exc] -> [prev_exc_info, exc]; exc_info = exc
op('CHECK_EXC_MATCH', Op.CHECK_EXC_MATCH, ArgKind.None, 0);    // [exc, T] -> [exc, isinstance(exc, T)]
op('WITH_EXCEPT_START', Op.WITH_EXCEPT_START, ArgKind.None, 1);
op('GET_AITER', Op.GET_AITER, ArgKind.None, 0);
op('BEFORE_WITH', Op.BEFORE_WITH, ArgKind.None, 1);            // [mgr] -> [mgr.__exit__, mgr.__enter__()]
op('STORE_SUBSCR', Op.STORE_SUBSCR, ArgKind.None, -3);         // [v, c, k] -> []; c[k] = v
op('DELETE_SUBSCR', Op.DELETE_SUBSCR, ArgKind.None, -2);       // [c, k] -> []
op('GET_ITER', Op.GET_ITER, ArgKind.None, 0);                  // [x] -> [iter(x)]
op('GET_YIELD_FROM_ITER', Op.GET_YIELD_FROM_ITER, ArgKind.None, 0);
op('PRINT_EXPR', Op.PRINT_EXPR, ArgKind.None, -1);
op('LOAD_BUILD_CLASS', Op.LOAD_BUILD_CLASS, ArgKind.None, 1);
op('LOAD_ASSERTION_ERROR', Op.LOAD_ASSERTION_ERROR, ArgKind.None, 1);
op('RETURN_GENERATOR', Op.RETURN_GENERATOR, ArgKind.None, 0);
op('LIST_TO_TUPLE', Op.LIST_TO_TUPLE, ArgKind.None, 0);
op('RETURN_VALUE', Op.RETURN_VALUE, ArgKind.None, -1);
op('IMPORT_STAR', Op.IMPORT_STAR, ArgKind.None, -1);
op('SETUP_ANNOTATIONS', Op.SETUP_ANNOTATIONS, ArgKind.None, 0);
op('YIELD_VALUE', Op.YIELD_VALUE, ArgKind.None, 0);            // [v] -> [sent]; suspends the frame
op('ASYNC_GEN_WRAP', Op.ASYNC_GEN_WRAP, ArgKind.None, 0);
op('PREP_RERAISE_STAR', Op.PREP_RERAISE_STAR, ArgKind.None, -1);
op('POP_EXCEPT', Op.POP_EXCEPT, ArgKind.None, -1);             // [prev] -> []; exc_info = prev

// -- with an argument (>= 90, as in CPython: HAVE_ARGUMENT)
op('STORE_NAME', Op.STORE_NAME, ArgKind.Name, -1);
op('DELETE_NAME', Op.DELETE_NAME, ArgKind.Name, 0);
op('UNPACK_SEQUENCE', Op.UNPACK_SEQUENCE, ArgKind.Count, (n) => n - 1);   // [seq] -> [x_n-1, ..., x_0] (x_0 on top)
op('FOR_ITER', Op.FOR_ITER, ArgKind.JumpFwd, 1, -1);          // [it] -> [it, next] or, exhausted, pop it and jump
op('UNPACK_EX', Op.UNPACK_EX, ArgKind.Count, (a) => (a & 0xff) + (a >> 8));  // low byte: before star, high: after
op('STORE_ATTR', Op.STORE_ATTR, ArgKind.Name, -2);             // [v, o] -> []; o.name = v
op('DELETE_ATTR', Op.DELETE_ATTR, ArgKind.Name, -1);
op('STORE_GLOBAL', Op.STORE_GLOBAL, ArgKind.Name, -1);
op('DELETE_GLOBAL', Op.DELETE_GLOBAL, ArgKind.Name, 0);
op('SWAP', Op.SWAP, ArgKind.Count, 0);                         // swap TOS with the i-th item (1 = TOS)
op('LOAD_CONST', Op.LOAD_CONST, ArgKind.Const, 1);
op('LOAD_NAME', Op.LOAD_NAME, ArgKind.Name, 1);
op('BUILD_TUPLE', Op.BUILD_TUPLE, ArgKind.Count, (n) => 1 - n);
op('BUILD_LIST', Op.BUILD_LIST, ArgKind.Count, (n) => 1 - n);
op('BUILD_SET', Op.BUILD_SET, ArgKind.Count, (n) => 1 - n);
op('BUILD_MAP', Op.BUILD_MAP, ArgKind.Count, (n) => 1 - 2 * n);  // [k0, v0, ..., kn, vn] -> [dict]
op('LOAD_ATTR', Op.LOAD_ATTR, ArgKind.Name, 0);
op('COMPARE_OP', Op.COMPARE_OP, ArgKind.Cmp, -1);
op('IMPORT_NAME', Op.IMPORT_NAME, ArgKind.Name, -1);          // [level, fromlist] -> [module]
op('IMPORT_FROM', Op.IMPORT_FROM, ArgKind.Name, 1);           // [m] -> [m, m.name]
op('JUMP_FORWARD', Op.JUMP_FORWARD, ArgKind.JumpFwd, 0);
op('JUMP_IF_FALSE_OR_POP', Op.JUMP_IF_FALSE_OR_POP, ArgKind.JumpFwd, -1, 0);
op('JUMP_IF_TRUE_OR_POP', Op.JUMP_IF_TRUE_OR_POP, ArgKind.JumpFwd, -1, 0);
op('POP_JUMP_IF_FALSE', Op.POP_JUMP_IF_FALSE, ArgKind.JumpFwd, -1, -1);
op('POP_JUMP_IF_TRUE', Op.POP_JUMP_IF_TRUE, ArgKind.JumpFwd, -1, -1);
op('LOAD_GLOBAL', Op.LOAD_GLOBAL, ArgKind.Global, (a) => 1 + (a & 1));
op('IS_OP', Op.IS_OP, ArgKind.Count, -1);                     // arg 1: `is not`
op('CONTAINS_OP', Op.CONTAINS_OP, ArgKind.Count, -1);         // [x, c] -> [x in c]; arg 1: `not in`
op('RERAISE', Op.RERAISE, ArgKind.Count, -1);                 // [exc] -> raise exc again, keeping its traceback
op('COPY', Op.COPY, ArgKind.Count, 1);                        // push the i-th item (1 = TOS)
op('BINARY_OP', Op.BINARY_OP, ArgKind.BinOp, -1);             // [a, b] -> [a op b]
op('SEND', Op.SEND, ArgKind.JumpFwd, 0, -1);
op('LOAD_FAST', Op.LOAD_FAST, ArgKind.Local, 1);
op('STORE_FAST', Op.STORE_FAST, ArgKind.Local, -1);
op('DELETE_FAST', Op.DELETE_FAST, ArgKind.Local, 0);
op('POP_JUMP_IF_NOT_NONE', Op.POP_JUMP_IF_NOT_NONE, ArgKind.JumpFwd, -1, -1);
op('POP_JUMP_IF_NONE', Op.POP_JUMP_IF_NONE, ArgKind.JumpFwd, -1, -1);
op('RAISE_VARARGS', Op.RAISE_VARARGS, ArgKind.Count, (n) => -n);  // 0: re-raise; 1: [exc]; 2: [exc, cause]
op('GET_AWAITABLE', Op.GET_AWAITABLE, ArgKind.Count, 0);
op('MAKE_FUNCTION', Op.MAKE_FUNCTION, ArgKind.Count,           // [defaults?, kwdefaults?, annotations?, closure?, code] -> [fn]
  (f) => -((f & 1 ? 1 : 0) + (f & 2 ? 1 : 0) + (f & 4 ? 1 : 0) + (f & 8 ? 1 : 0)));
op('BUILD_SLICE', Op.BUILD_SLICE, ArgKind.Count, (n) => 1 - n);
op('JUMP_BACKWARD_NO_INTERRUPT', Op.JUMP_BACKWARD_NO_INTERRUPT, ArgKind.JumpBack, 0);
op('MAKE_CELL', Op.MAKE_CELL, ArgKind.Deref, 0);              // localsplus[i] = cell(localsplus[i])
op('LOAD_CLOSURE', Op.LOAD_CLOSURE, ArgKind.Deref, 1);        // push the cell itself
op('LOAD_DEREF', Op.LOAD_DEREF, ArgKind.Deref, 1);
op('STORE_DEREF', Op.STORE_DEREF, ArgKind.Deref, -1);
op('DELETE_DEREF', Op.DELETE_DEREF, ArgKind.Deref, 0);
op('JUMP_BACKWARD', Op.JUMP_BACKWARD, ArgKind.JumpBack, 0);   // the loop edge: where the eval breaker is polled
op('CALL_FUNCTION_EX', Op.CALL_FUNCTION_EX, ArgKind.Count, (f) => -2 - (f & 1));  // [NULL, fn, args, kwargs?] -> [result]
op('EXTENDED_ARG', Op.EXTENDED_ARG, ArgKind.Count, 0);
op('LIST_APPEND', Op.LIST_APPEND, ArgKind.Count, -1);         // [..., list (i-th); ..., v] -> list.append(v)
op('SET_ADD', Op.SET_ADD, ArgKind.Count, -1);
op('MAP_ADD', Op.MAP_ADD, ArgKind.Count, -2);                 // [..., map (i-th below k,v); ..., k, v]
op('LOAD_CLASSDEREF', Op.LOAD_CLASSDEREF, ArgKind.Deref, 1);
op('COPY_FREE_VARS', Op.COPY_FREE_VARS, ArgKind.Count, 0);
op('RESUME', Op.RESUME, ArgKind.Count, 0);
op('FORMAT_VALUE', Op.FORMAT_VALUE, ArgKind.Count, (f) => ((f & 4) === 4 ? -1 : 0));
op('BUILD_CONST_KEY_MAP', Op.BUILD_CONST_KEY_MAP, ArgKind.Count, (n) => -n);  // [v0..vn-1, keys-tuple] -> [dict]
op('BUILD_STRING', Op.BUILD_STRING, ArgKind.Count, (n) => 1 - n);
op('LOAD_METHOD', Op.LOAD_METHOD, ArgKind.Name, 1);           // [o] -> [meth, o] or [NULL, o.name]
op('LIST_EXTEND', Op.LIST_EXTEND, ArgKind.Count, -1);
op('SET_UPDATE', Op.SET_UPDATE, ArgKind.Count, -1);
op('DICT_MERGE', Op.DICT_MERGE, ArgKind.Count, -1);
op('DICT_UPDATE', Op.DICT_UPDATE, ArgKind.Count, -1);
op('CALL', Op.CALL, ArgKind.Count, (n) => -1 - n);            // [NULL|meth, fn|self, args...] -> [result]
op('KW_NAMES', Op.KW_NAMES, ArgKind.Const, 0);                // the next CALL's last len(consts[i]) args are keywords


export type OpName = string;

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
