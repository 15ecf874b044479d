// index.ts - the public face of src/format: CPython-exact text and number semantics over JS
// values (number | bigint for int, number for float, string for str).
// Owns: nothing but re-exports; see each module's header for what it owns.
// Must never: grow logic of its own or touch the VM heap.

export { FormatError } from './errors';
export type { FormatErrorType } from './errors';
export type { PyInt, Digits } from './float';
export {
  dtoa,
  doubleToString,
  DTSF_SIGN,
  DTSF_ADD_DOT_0,
  DTSF_ALT,
  DTSF_NO_NEG_0,
  floatRepr,
  floatToString,
  formatFloatFixed,
  formatFloatExp,
  formatFloatGeneral,
  floatToInt,
  roundFloat,
  floatTrueDiv,
  floatFloorDiv,
  floatMod,
  floatDivmod,
  floatPow,
  floatHash,
  intHash,
  ratioToDouble,
} from './float';
export {
  normalize,
  isZero,
  isNegative,
  bitLength,
  add,
  sub,
  mul,
  neg,
  abs,
  floordiv,
  mod,
  divmod,
  truediv,
  pow,
  powReturnsFloat,
  lshift,
  rshift,
  and,
  or,
  xor,
  invert,
  compare,
  intRound,
  intToFloat,
  intToStr,
  intBin,
  intOct,
  intHex,
  intFromString,
  floatFromString,
  getIntMaxStrDigits,
  setIntMaxStrDigits,
} from './intops';
export type { FormatSpec } from './spec';
export { parseFormatSpec, formatInt, formatFloat, formatStr } from './spec';
export type { PercentArg, PercentMapping } from './percent';
export { percentFormat, pInt, pBool, pFloat, pStr, pObject } from './percent';
export * from './strmethods';
export { cpLength, hasSurrogates, isSpaceCp, decimalValue } from './unicode';
