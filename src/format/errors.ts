// errors.ts - the one error type every src/format function throws.
// Owns: FormatError, carrying the Python exception class name and CPython's exact message.
// Must never: touch the VM heap or build Python exception objects; the VM catches
// FormatError and raises `type(message)` itself.

export type FormatErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'ZeroDivisionError' | 'IndexError';

export class FormatError extends Error {
  constructor(
    /** The Python exception class the VM must raise. */
    readonly type: FormatErrorType,
    /** str(exception) exactly as CPython 3.11 prints it. */
    message: string,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}

/** Shorthands used across src/format (kept tiny so throw sites read like CPython's). */
export function valueError(msg: string): FormatError {
  return new FormatError('ValueError', msg);
}
export function typeError(msg: string): FormatError {
  return new FormatError('TypeError', msg);
}
export function overflowError(msg: string): FormatError {
  return new FormatError('OverflowError', msg);
}
export function zeroDivisionError(msg: string): FormatError {
  return new FormatError('ZeroDivisionError', msg);
}
