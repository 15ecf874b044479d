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
