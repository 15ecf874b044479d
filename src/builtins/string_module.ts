// string_module.ts - the built-in `string` module: its character-class constants and capwords().
// Owns: the constant strings exactly as Lib/string.py spells them (their order matters: programs
// index and print them).
// Must never: grow Template or Formatter here; they are classes, and belong to Python source.

import { decref } from '../heap/refcount';
import { mem } from '../heap/memory';
import { Tid, TID_MASK } from '../heap/layout';
import { defineBuiltinModule } from '../vm/modules';
import { defNative, nativeObject, bindArgs, ArgSpec } from '../runtime/natives';
import { dictSet } from '../objects/dict';
import { intern, newStr, strValue } from '../objects/str';
import { NONE } from '../objects/singletons';
import { raise, typeError } from '../runtime/errors';
import { exc } from '../objects/exception';
import { typeNameOf } from '../runtime/repr';
import { isTruthy } from '../runtime/truth';
import { strSplit, strJoin, strCapitalize } from '../format/strmethods';

const whitespace = ' \t\n\r\x0b\x0c';
const asciiLowercase = 'abcdefghijklmnopqrstuvwxyz';
const asciiUppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const asciiLetters = asciiLowercase + asciiUppercase;
const digits = '0123456789';
const hexdigits = digits + 'abcdef' + 'ABCDEF';
const octdigits = '01234567';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const printable = digits + asciiLetters + punctuation + whitespace;

const CONSTANTS: [string, string][] = [
  ['whitespace', whitespace], ['ascii_lowercase', asciiLowercase], ['ascii_uppercase', asciiUppercase],
  ['ascii_letters', asciiLetters], ['digits', digits], ['hexdigits', hexdigits], ['octdigits', octdigits],
  ['punctuation', punctuation], ['printable', printable],
];

function isStr(v: number): boolean { return (v & 1) === 0 && (mem.i32[(v >> 2) + 1] & TID_MASK) === Tid.STR; }

const CAPWORDS: ArgSpec = { name: 'capwords', params: ['s', 'sep'], required: 1, style: 'def' };
/** capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep))) */
const capwords = defNative('string.capwords', (base, n, kw) => {
  const [s, sepv] = bindArgs(CAPWORDS, base, n, kw);
  const given = sepv !== 0 && sepv !== NONE;
  // Python looks up `(sep or ' ').join`, then `s.split`, then calls split(sep)
  if (given && !isStr(sepv) && isTruthy(sepv)) raise(exc.AttributeError, `'${typeNameOf(sepv)}' object has no attribute 'join'`);
  if (!isStr(s)) raise(exc.AttributeError, `'${typeNameOf(s)}' object has no attribute 'split'`);
  if (given && !isStr(sepv)) typeError(`must be str or None, not ${typeNameOf(sepv)}`);
  const sep = given ? strValue(sepv) : null;
  const words = strSplit(strValue(s), sep).map(strCapitalize);
  return newStr(strJoin(sep === null || sep === '' ? ' ' : sep, words));
});

defineBuiltinModule('string', (d) => {
  for (const [name, text] of CONSTANTS) {
    const v = newStr(text);
    dictSet(d, intern(name), v);
    decref(v);
  }
  dictSet(d, intern('capwords'), nativeObject(capwords));
});
