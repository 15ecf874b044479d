// tokens.ts - the token vocabulary shared by the tokenizer (grammar/lexer.ts) and the grammar (grammar/parser.ts).
// Owns: one chevrotain TokenType per Python token, the categories the grammar matches on, and the one
// place chevrotain is loaded from. Must never: scan text (lexer.ts does) or know grammar rules.
// The patterns below document each token (and would let a chevrotain Lexer be built from them); the
// real tokenizer is hand-written because Python's indentation, numbers and strings need CPython's messages.

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import Module from 'module';
import type * as ChevrotainApi from 'chevrotain';

/**
 * The package entry point (lib/src/api.js) requires a couple of hundred small lodash modules, which
 * costs ~80 ms of start-up; the bundled build of the same release (lib/chevrotain.min.js) loads in a
 * fraction of that. Everything in pygil must use this instance: token types and parsers from two
 * copies of chevrotain would not recognise each other.
 *
 * Compiling the bundle is most of what remains, so compiled builds (dist/) keep V8's code cache for
 * it in node_modules/.cache/pygil, written once after the first successful parse (so that it holds
 * the parser's code paths too) and keyed by the bundle's size and date and the node version; V8
 * itself rejects a cache from another V8. Any problem falls back to a plain require.
 */
function loadChevrotain(): { api: typeof ChevrotainApi; saveCodeCache: () => void } {
  const noop = (): void => undefined;
  const bundle = (module.paths ?? []).map((dir) => path.join(dir, 'chevrotain', 'lib', 'chevrotain.min.js')).find((p) => fs.existsSync(p));
  if (bundle === undefined) return { api: require('chevrotain') as typeof ChevrotainApi, saveCodeCache: noop };
  const compiled = __filename.endsWith('.js'); // ts-jest runs the .ts sources in its own module sandbox
  if (!compiled || process.env.PYGIL_NO_CODE_CACHE) return { api: require(bundle) as typeof ChevrotainApi, saveCodeCache: noop };
  try {
    const stat = fs.statSync(bundle);
    const cacheDir = path.join(path.dirname(bundle), '..', '..', '.cache', 'pygil');
    const cacheFile = path.join(cacheDir, `chevrotain-${stat.size}-${Math.floor(stat.mtimeMs)}-${process.version}-${process.arch}.v8cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
    const mod = new Module(bundle, module);
    mod.filename = bundle;
    (script.runInThisContext() as (...args: unknown[]) => void)(mod.exports, require, mod, bundle, path.dirname(bundle));
    mod.loaded = true;
    require.cache[bundle] = mod;
    if (cachedData !== undefined && !script.cachedDataRejected) return { api: mod.exports as typeof ChevrotainApi, saveCodeCache: noop };
    let saved = false;
    const saveCodeCache = (): void => {
      if (saved) return;
      saved = true;
      try {
        fs.mkdirSync(cacheDir, { recursive: true });
        const tmp = `${cacheFile}.${process.pid}`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile); // atomic: concurrent runs never read a half-written cache
      } catch {
        // read-only install or the like: run without a cache
      }
    };
    return { api: mod.exports as typeof ChevrotainApi, saveCodeCache };
  } catch {
    return { api: require(bundle) as typeof ChevrotainApi, saveCodeCache: noop };
  }
}

const loaded = loadChevrotain();
export const chevrotain: typeof ChevrotainApi = loaded.api;
/** Called by the parser after its first successful parse; a no-op when the cache is fresh. */
export const saveChevrotainCodeCache: () => void = loaded.saveCodeCache;

export type TokenType = ChevrotainApi.TokenType;

const { createToken, Lexer } = chevrotain;

function token(name: string, pattern: RegExp | string | typeof Lexer.NA, extra: Partial<ChevrotainApi.ITokenConfig> = {}): TokenType {
  return createToken({ name, pattern, ...extra });
}

// ---------------------------------------------------------------- categories (never produced directly)

export const AugAssign = token('AugAssign', Lexer.NA, { label: 'augmented assignment' });
export const CmpOp = token('CmpOp', Lexer.NA, { label: 'comparison operator' });
/** `and` and `or`, which the grammar reads as one flat list; the AST builder groups them. */
export const BoolOperator = token('BoolOperator', Lexer.NA, { label: "'and' or 'or'" });
/** Binary operators binding tighter than comparisons; the AST builder applies their precedence. */
export const BinOp = token('BinOp', Lexer.NA, { label: 'binary operator' });
export const UnaryOp = token('UnaryOp', Lexer.NA, { label: "'+', '-' or '~'" });

// ---------------------------------------------------------------- layout, produced by the tokenizer alone

/** End of a logical line; zero width, placed where the line's '\n' is (as CPython's NEWLINE). */
export const Newline = token('Newline', Lexer.NA, { label: 'NEWLINE' });
/** Zero width, at the first character of the more indented line. */
export const Indent = token('Indent', Lexer.NA, { label: 'INDENT' });
/** Zero width, at the first character of the less indented line (or at end of input). */
export const Dedent = token('Dedent', Lexer.NA, { label: 'DEDENT' });
/** Always the last token; zero width, where CPython reports errors found at end of input. */
export const Endmarker = token('Endmarker', Lexer.NA, { label: 'ENDMARKER' });
/** A character no token starts with ($, ?, !, `): the grammar never accepts it, so it is "invalid syntax". */
export const ErrorToken = token('ErrorToken', /[$?!`]/, { label: 'invalid character' });

// ---------------------------------------------------------------- names and literals

export const Name = token('Name', /[_\p{ID_Start}][\p{ID_Continue}]*/u, { label: 'NAME' });
/** payload: the ConstantValue (int, float or complex). */
export const NumberLit = token('Number', /(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?|0[xXoObB][\da-fA-F_]+/, { label: 'NUMBER' });
/** payload: a StringPayload (grammar/lexer.ts). One token per literal; adjacent ones are joined by the parser. */
export const StringLit = token('String', /[rRbBuUfF]{0,2}(?:'''|"""|'|")/, { label: 'STRING' });

// ---------------------------------------------------------------- keywords

/** Keyword text -> token type, for the tokenizer. */
export const keywords = new Map<string, TokenType>();

function keyword(word: string, categories?: TokenType[]): TokenType {
  const name = 'Kw' + word[0].toUpperCase() + word.slice(1);
  const t = token(name, new RegExp(word), categories ? { longer_alt: Name, label: `'${word}'`, categories } : { longer_alt: Name, label: `'${word}'` });
  keywords.set(word, t);
  return t;
}

export const KwFalse = keyword('False');
export const KwNone = keyword('None');
export const KwTrue = keyword('True');
export const KwAnd = keyword('and', [BoolOperator]);
export const KwAs = keyword('as');
export const KwAssert = keyword('assert');
/** async/await are tokens so that the parser can name them when refusing them. */
export const KwAsync = keyword('async');
export const KwAwait = keyword('await');
export const KwBreak = keyword('break');
export const KwClass = keyword('class');
export const KwContinue = keyword('continue');
export const KwDef = keyword('def');
export const KwDel = keyword('del');
export const KwElif = keyword('elif');
export const KwElse = keyword('else');
export const KwExcept = keyword('except');
export const KwFinally = keyword('finally');
export const KwFor = keyword('for');
export const KwFrom = keyword('from');
export const KwGlobal = keyword('global');
export const KwIf = keyword('if');
export const KwImport = keyword('import');
export const KwIn = keyword('in');
export const KwIs = keyword('is');
export const KwLambda = keyword('lambda');
export const KwNonlocal = keyword('nonlocal');
export const KwNot = keyword('not');
export const KwOr = keyword('or', [BoolOperator]);
export const KwPass = keyword('pass');
export const KwRaise = keyword('raise');
export const KwReturn = keyword('return');
export const KwTry = keyword('try');
export const KwWhile = keyword('while');
export const KwWith = keyword('with');
export const KwYield = keyword('yield');

// ---------------------------------------------------------------- operators and delimiters

/** Operator text -> token type, for the tokenizer's longest-match scan. */
export const operators = new Map<string, TokenType>();

function op(name: string, text: string, categories?: TokenType[]): TokenType {
  const escaped = text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  // (passing no categories at all, rather than [], spares chevrotain's category bookkeeping)
  const t = token(name, new RegExp(escaped), categories ? { label: `'${text}'`, categories } : { label: `'${text}'` });
  operators.set(text, t);
  return t;
}

// Longer operators first so the documented patterns would also work for a chevrotain Lexer.
export const Ellipsis = op('Ellipsis', '...');
export const DoubleStarEq = op('DoubleStarEq', '**=', [AugAssign]);
export const DoubleSlashEq = op('DoubleSlashEq', '//=', [AugAssign]);
export const LShiftEq = op('LShiftEq', '<<=', [AugAssign]);
export const RShiftEq = op('RShiftEq', '>>=', [AugAssign]);
export const PlusEq = op('PlusEq', '+=', [AugAssign]);
export const MinusEq = op('MinusEq', '-=', [AugAssign]);
export const StarEq = op('StarEq', '*=', [AugAssign]);
export const SlashEq = op('SlashEq', '/=', [AugAssign]);
export const PercentEq = op('PercentEq', '%=', [AugAssign]);
export const AmpEq = op('AmpEq', '&=', [AugAssign]);
export const PipeEq = op('PipeEq', '|=', [AugAssign]);
export const CaretEq = op('CaretEq', '^=', [AugAssign]);
export const AtEq = op('AtEq', '@=', [AugAssign]);
export const Arrow = op('Arrow', '->');
export const Walrus = op('Walrus', ':=');
export const EqEq = op('EqEq', '==', [CmpOp]);
export const NotEq = op('NotEq', '!=', [CmpOp]);
export const LtE = op('LtE', '<=', [CmpOp]);
export const GtE = op('GtE', '>=', [CmpOp]);
export const DoubleStar = op('DoubleStar', '**');
export const DoubleSlash = op('DoubleSlash', '//', [BinOp]);
export const LShift = op('LShift', '<<', [BinOp]);
export const RShift = op('RShift', '>>', [BinOp]);
export const Lt = op('Lt', '<', [CmpOp]);
export const Gt = op('Gt', '>', [CmpOp]);
export const Plus = op('Plus', '+', [BinOp, UnaryOp]);
export const Minus = op('Minus', '-', [BinOp, UnaryOp]);
export const Tilde = op('Tilde', '~', [UnaryOp]);
export const Star = op('Star', '*', [BinOp]);
export const Slash = op('Slash', '/', [BinOp]);
export const Percent = op('Percent', '%', [BinOp]);
export const At = op('At', '@', [BinOp]);
export const Amp = op('Amp', '&', [BinOp]);
export const Pipe = op('Pipe', '|', [BinOp]);
export const Caret = op('Caret', '^', [BinOp]);
export const Assign = op('Assign', '=');
export const LParen = op('LParen', '(');
export const RParen = op('RParen', ')');
export const LBrack = op('LBrack', '[');
export const RBrack = op('RBrack', ']');
export const LBrace = op('LBrace', '{');
export const RBrace = op('RBrace', '}');
export const Comma = op('Comma', ',');
export const Colon = op('Colon', ':');
export const Semi = op('Semi', ';');
export const Dot = op('Dot', '.');

/** Every token type, in the order a chevrotain Lexer would have to try them (strings before names, keywords before Name). */
export const allTokens: TokenType[] = [
  AugAssign, CmpOp, BoolOperator, BinOp, UnaryOp,
  Newline, Indent, Dedent, Endmarker,
  StringLit, NumberLit, ...keywords.values(), Name, ...operators.values(), ErrorToken,
];
